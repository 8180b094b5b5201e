"use client";

// The post's tags: a text field with suggestions from the existing tags (a native <datalist>, which browsers make
// keyboard- and screen-reader-usable), Enter or a comma adds what was typed, each tag a button to remove it.
import { useId, useRef, useState } from "react";
import { inputClass } from "@/components/ui/field";
import type { PostEditorState } from "./post-fields";
import { tTaxonomy } from "@/lib/i18n";

const t = tTaxonomy.editor;

/** The same normalisation and identity the server applies (db/mutations/tag-input.ts), for instant feedback. */
const normalise = (raw: string) => raw.replace(/[,\s]+/g, " ").trim().slice(0, 60);
const sameTag = (a: string, b: string) => a.localeCompare(b, "de", { sensitivity: "base" }) === 0;

export function PostTagsField({ editor, suggestions }: { editor: PostEditorState; suggestions: string[] }) {
  const { change, fieldErrors } = editor;
  // A copy kept in this browser before tags existed has none.
  const current = editor.input.tags ?? [];
  const [draft, setDraft] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const fieldRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const error = fieldErrors.tags;

  const add = (raw: string) => {
    const name = normalise(raw);
    setDraft("");
    if (!name) return;
    // A suggestion typed in other letter case is that tag.
    const known = suggestions.find((candidate) => sameTag(candidate, name)) ?? name;
    if (current.some((tag) => sameTag(tag, known))) {
      setAnnouncement(t.already(known));
      return;
    }
    change("tags", [...current, known]);
    setAnnouncement(t.added(known));
  };

  const remove = (index: number) => {
    const name = current[index]!;
    change("tags", current.filter((_, n) => n !== index));
    setAnnouncement(t.removed(name));
    fieldRef.current?.focus();
  };

  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={error ? "schlagwoerter-fehler" : undefined}>
      <legend className="text-sm font-semibold">{t.tags}</legend>
      {current.length === 0 ? (
        <p className="text-sm text-muted">{t.none}</p>
      ) : (
        <ul className="flex flex-wrap gap-2" aria-label={t.tags}>
          {current.map((tag, index) => (
            <li key={tag} className="flex items-center gap-1 rounded-full border border-brand/30 bg-white py-0.5 pl-3 pr-1 text-sm">
              <span>{tag}</span>
              <button
                type="button"
                className="rounded-full px-2 text-brand hover:bg-brand/10"
                aria-label={t.remove(tag)}
                onClick={() => remove(index)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap items-end gap-2">
        <label htmlFor="schlagwort-neu" className="flex flex-1 flex-col text-sm">
          {t.add}
          <input
            id="schlagwort-neu"
            ref={fieldRef}
            className={inputClass}
            list={listId}
            value={draft}
            maxLength={80}
            autoComplete="off"
            aria-describedby="schlagwort-hinweis"
            aria-invalid={Boolean(error)}
            onChange={(event) => {
              const value = event.target.value;
              // A comma ends a tag, as in most tag fields; pasting "a, b, c" adds all three.
              if (value.includes(",")) {
                const parts = value.split(",");
                for (const part of parts.slice(0, -1)) add(part);
                setDraft(parts.at(-1) ?? "");
              } else setDraft(value);
            }}
            onKeyDown={(event) => {
              // Enter adds the tag instead of saving the post.
              if (event.key === "Enter") {
                event.preventDefault();
                add(draft);
              }
            }}
          />
        </label>
        <button type="button" className="rounded border border-brand/40 px-3 py-2 text-sm font-semibold text-brand" onClick={() => add(draft)}>
          {t.addButton}
        </button>
      </div>
      <datalist id={listId}>
        {suggestions
          .filter((name) => !current.some((tag) => sameTag(tag, name)))
          .map((name) => (
            <option key={name} value={name} />
          ))}
      </datalist>
      <p id="schlagwort-hinweis" className="text-xs text-muted">{t.addHint}</p>
      {error && <p id="schlagwoerter-fehler" className="text-sm font-semibold text-red-800">{error}</p>}
      <p role="status" aria-live="polite" className="sr-only">{announcement}</p>
    </fieldset>
  );
}
