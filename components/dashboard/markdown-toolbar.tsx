"use client";

// The formatting toolbar over the Markdown field: one tab stop, arrow keys between its buttons (roving tabindex).
import { useRef, useState } from "react";
import { tEditorial } from "@/lib/i18n";
import type { MarkdownCommand, MarkdownCommands } from "./use-markdown-commands";

const t = tEditorial.writing;

type Tool = { name: MarkdownCommand | "image"; label: string; glyph: string; glyphClass?: string; keys?: string; hint?: string };

const tools: Tool[] = [
  { name: "bold", label: t.bold, glyph: "F", glyphClass: "font-bold", keys: "Control+B Meta+B" },
  { name: "italic", label: t.italic, glyph: "K", glyphClass: "italic font-serif", keys: "Control+I Meta+I" },
  { name: "heading", label: t.heading, glyph: "H2" },
  { name: "link", label: t.link, glyph: "🔗", keys: "Control+K Meta+K" },
  { name: "bullet", label: t.bulletList, glyph: "•—" },
  { name: "numbered", label: t.numberedList, glyph: "1." },
  { name: "quote", label: t.quote, glyph: "„“" },
  { name: "image", label: t.image, glyph: "▣", hint: t.imageHint },
];

const shortcutText = (keys: string) => `Strg+${keys.split(" ")[0]!.split("+")[1]}`;

export function MarkdownToolbar({ commands, controls, onImage }: { commands: MarkdownCommands; controls: string; onImage: () => void }) {
  const [active, setActive] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  function move(to: number) {
    const index = (to + tools.length) % tools.length;
    setActive(index);
    buttons.current[index]?.focus();
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLDivElement>) {
    const keys: Record<string, () => void> = {
      ArrowRight: () => move(active + 1),
      ArrowLeft: () => move(active - 1),
      Home: () => move(0),
      End: () => move(tools.length - 1),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  return (
    <div role="toolbar" aria-label={t.toolbar} aria-controls={controls} onKeyDown={onKeyDown}
      className="flex flex-wrap gap-1 rounded-t border border-b-0 border-slate-400 bg-sand/60 p-1">
      {tools.map((tool, index) => (
        <button
          key={tool.name}
          ref={(element) => {
            buttons.current[index] = element;
          }}
          type="button"
          tabIndex={index === active ? 0 : -1}
          aria-keyshortcuts={tool.keys}
          title={tool.keys ? `${tool.label} (${shortcutText(tool.keys)})` : (tool.hint ?? tool.label)}
          className="min-w-9 rounded px-2 py-1 text-sm text-ink hover:bg-white focus-visible:bg-white focus-visible:outline-2 focus-visible:outline-brand"
          // The field keeps its selection and focus on a click; keyboard users come back to it after the edit.
          onMouseDown={(event) => event.preventDefault()}
          onFocus={() => setActive(index)}
          onClick={() => (tool.name === "image" ? onImage() : commands.run(tool.name))}
        >
          <span aria-hidden="true" className={tool.glyphClass}>{tool.glyph}</span>
          <span className="sr-only">{tool.label}</span>
        </button>
      ))}
    </div>
  );
}
