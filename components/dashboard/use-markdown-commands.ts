"use client";

// Applies the toolbar's Markdown edits to the body field as typing: through the browser's own text insertion, so the
// field's undo stack, React's change handler and with it autosave, the local copy and conflict handling all see them.
import { useCallback, useMemo } from "react";
import { tEditorial } from "@/lib/i18n";
import { applyEdit, insertBlock, insertLink, toggleInline, toggleLinePrefix, type TextEdit } from "@/lib/markdown-edit";

const t = tEditorial.writing;

export type MarkdownCommand = "bold" | "italic" | "heading" | "link" | "bullet" | "numbered" | "quote";
export type Selection = { start: number; end: number };

const edits: Record<MarkdownCommand, (text: string, start: number, end: number) => TextEdit> = {
  bold: (text, start, end) => toggleInline(text, start, end, "**"),
  italic: (text, start, end) => toggleInline(text, start, end, "*"),
  heading: (text, start, end) => toggleLinePrefix(text, start, end, "heading"),
  link: (text, start, end) => insertLink(text, start, end, t.linkText),
  bullet: (text, start, end) => toggleLinePrefix(text, start, end, "bullet"),
  numbered: (text, start, end) => toggleLinePrefix(text, start, end, "numbered"),
  quote: (text, start, end) => toggleLinePrefix(text, start, end, "quote"),
};

/** Ctrl (Cmd on a Mac) with these keys in the field. */
const shortcuts: Record<string, MarkdownCommand> = { b: "bold", i: "italic", k: "link" };

export function useMarkdownCommands({
  bodyRef,
  getText,
  setText,
}: {
  bodyRef: React.RefObject<HTMLTextAreaElement | null>;
  /** The body as last typed (the field may not be mounted). */
  getText: () => string;
  /** The fallback where the browser cannot insert text itself. */
  setText: (text: string) => void;
}) {
  /**
   * Where an insertion goes: the selection once the writer has put the cursor into the text; until then the end
   * (a field never focused has its caret at the very start, which is not where anyone meant).
   */
  const selection = useCallback((): Selection => {
    const area = bodyRef.current;
    const text = getText();
    if (!area || area.dataset.cursor !== "gesetzt") return { start: text.length, end: text.length };
    return { start: area.selectionStart, end: area.selectionEnd };
  }, [bodyRef, getText]);

  const apply = useCallback(
    (edit: TextEdit) => {
      const area = bodyRef.current;
      const expected = applyEdit(getText(), edit);
      if (!area) return setText(expected);
      area.focus();
      area.dataset.cursor = "gesetzt";
      area.setSelectionRange(edit.from, edit.to);
      let inserted = false;
      try {
        inserted = edit.insert === "" ? document.execCommand("delete") : document.execCommand("insertText", false, edit.insert);
      } catch {
        inserted = false;
      }
      if (inserted && area.value === expected) {
        area.setSelectionRange(edit.selectionStart, edit.selectionEnd);
        return;
      }
      // Without execCommand (or where it did something else) the state takes the text; the selection follows once
      // React has written it into the field.
      setText(expected);
      requestAnimationFrame(() => {
        area.focus();
        area.setSelectionRange(edit.selectionStart, edit.selectionEnd);
      });
    },
    [bodyRef, getText, setText],
  );

  const run = useCallback(
    (command: MarkdownCommand) => {
      const { start, end } = selection();
      apply(edits[command](getText(), start, end));
    },
    [apply, getText, selection],
  );

  /** Puts an image (or any block) at the given selection, or at the current one, as its own paragraph. */
  const insertImage = useCallback(
    (markdown: string, at?: Selection) => {
      const { start, end } = at ?? selection();
      apply(insertBlock(getText(), start, end, markdown));
    },
    [apply, getText, selection],
  );

  const onKeyDown = useCallback(
    (event: React.KeyboardEvent<HTMLTextAreaElement>) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const command = shortcuts[event.key.toLowerCase()];
      if (!command) return;
      event.preventDefault();
      event.currentTarget.dataset.cursor = "gesetzt";
      run(command);
    },
    [run],
  );

  return useMemo(() => ({ run, insertImage, selection, onKeyDown }), [run, insertImage, selection, onKeyDown]);
}

export type MarkdownCommands = ReturnType<typeof useMarkdownCommands>;
