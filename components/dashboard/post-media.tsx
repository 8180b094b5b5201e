"use client";

// The post's library files: its cover, its downloads, and images placed into the text.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { EditorChoices } from "@/db/queries/dashboard-posts";
import { deEditorial } from "@/lib/i18n/de";
import type { PostEditorState } from "./post-fields";

const t = deEditorial.editor;

export function PostCoverAndDownloads({ editor, choices }: { editor: PostEditorState; choices: EditorChoices }) {
  const { input, change, fieldErrors } = editor;
  return (
    <>
      <fieldset className="flex flex-col gap-3 rounded border border-slate-300 p-3">
        <legend className="px-1 text-sm font-semibold">{t.cover}</legend>
        <Field id="titelbild-mediathek" label={t.coverFromLibrary} hint={t.coverFromLibraryHint} error={fieldErrors.coverMediaId}>
          {(describedBy, invalid) => (
            <select id="titelbild-mediathek" className={inputClass} value={input.coverMediaId ?? ""} aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(event) => change("coverMediaId", event.target.value ? Number(event.target.value) : null)}>
              <option value="">{t.noMedia}</option>
              {choices.media.images.map((image) => (
                <option key={image.id} value={image.id}>
                  {image.hasAlt ? image.label : `${image.label} (${deEditorial.media.missingAlt})`}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>
      <fieldset className="flex flex-col gap-2 rounded border border-slate-300 p-3" aria-describedby={fieldErrors.attachmentIds ? "downloads-fehler" : "downloads-hinweis"}>
        <legend className="px-1 text-sm font-semibold">{t.attachments}</legend>
        <p id="downloads-hinweis" className="text-xs text-muted">{t.attachmentsHint}</p>
        {choices.media.documents.length === 0 && <p className="text-sm text-muted">{t.noDocuments}</p>}
        {choices.media.documents.map((doc) => (
          <div key={doc.id} className="flex items-center gap-2">
            <input id={`download-${doc.id}`} type="checkbox" className="h-4 w-4" checked={input.attachmentIds.includes(doc.id)}
              onChange={(event) =>
                change("attachmentIds", event.target.checked ? [...input.attachmentIds, doc.id] : input.attachmentIds.filter((id) => id !== doc.id))
              } />
            <label htmlFor={`download-${doc.id}`} className="text-sm">{doc.label}</label>
          </div>
        ))}
        {fieldErrors.attachmentIds && <p id="downloads-fehler" className="text-sm font-semibold text-red-800">{fieldErrors.attachmentIds}</p>}
      </fieldset>
    </>
  );
}

/** Puts Markdown into the body where the cursor was (or over the selection), as its own paragraph. */
export function insertAtCursor(editor: PostEditorState, body: HTMLTextAreaElement | null, markdown: string): void {
  const text = editor.inputRef.current.body;
  // Until the writer has put the cursor into the text, „at the cursor“ means at the end.
  const placed = body?.dataset.cursor === "gesetzt";
  const start = body && placed ? body.selectionStart : text.length;
  const end = body && placed ? body.selectionEnd : text.length;
  const before = text.slice(0, start);
  const after = text.slice(end);
  const lead = before === "" || before.endsWith("\n\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n";
  const trail = after.startsWith("\n\n") ? "" : after.startsWith("\n") ? "\n" : after === "" ? "\n" : "\n\n";
  const inserted = `${lead}${markdown}${trail}`;
  editor.change("body", before + inserted + after);
  const caret = before.length + inserted.length;
  // After React has written the new value, the cursor stands behind the insertion.
  requestAnimationFrame(() => {
    if (!body) return;
    body.focus();
    body.setSelectionRange(caret, caret);
  });
}

export function InsertImage({
  editor,
  choices,
  bodyRef,
}: {
  editor: PostEditorState;
  choices: EditorChoices;
  bodyRef: React.RefObject<HTMLTextAreaElement | null>;
}) {
  const [choice, setChoice] = useState("");
  if (choices.media.images.length === 0) return null;
  function insert() {
    const image = choices.media.images.find((item) => String(item.id) === choice);
    if (!image) return;
    insertAtCursor(editor, bodyRef.current, image.markdown);
    setChoice("");
  }
  return (
    <div className="flex items-end gap-2">
      <div className="flex-1">
        <label htmlFor="bild-einfuegen" className="text-sm font-semibold">{t.insertImage}</label>
        <select id="bild-einfuegen" className={inputClass} value={choice} onChange={(event) => setChoice(event.target.value)}>
          <option value="">{t.noMedia}</option>
          {choices.media.images.map((image) => (
            <option key={image.id} value={image.id}>{image.label}</option>
          ))}
        </select>
      </div>
      <Button variant="secondary" disabled={!choice} onClick={insert}>{t.insertImageButton}</Button>
    </div>
  );
}
