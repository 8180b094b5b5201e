"use client";

// The post's library files: its cover, its downloads, and images placed into the text.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { EditorChoices } from "@/db/queries/dashboard-posts";
import { tEditorial } from "@/lib/i18n";
import type { PostEditorState } from "./post-fields";
import type { MarkdownCommands } from "./use-markdown-commands";

const t = tEditorial.editor;

export function PostCoverAndDownloads({ editor, choices }: { editor: PostEditorState; choices: EditorChoices }) {
  const { input, change, fieldErrors } = editor;
  return (
    <>
      <fieldset className="flex flex-col gap-3 rounded border border-slate-300 p-3">
        <legend className="px-1 text-sm font-semibold">{t.cover}</legend>
        <LibraryImageSelect editor={editor} choices={choices} field="coverMediaId" id="titelbild-mediathek"
          label={t.coverFromLibrary} hint={t.coverFromLibraryHint} none={t.noMedia} />
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

/** A choice of one library image for the post (its cover, its image for shared links); images without alt text say so. */
export function LibraryImageSelect({ editor, choices, field, id, label, hint, none }: {
  editor: PostEditorState;
  choices: EditorChoices;
  field: "coverMediaId" | "socialMediaId";
  id: string;
  label: string;
  hint: string;
  none: string;
}) {
  const { input, change, fieldErrors } = editor;
  return (
    <Field id={id} label={label} hint={hint} error={fieldErrors[field]}>
      {(describedBy, invalid) => (
        <select id={id} className={inputClass} value={input[field] ?? ""} aria-invalid={invalid} aria-describedby={describedBy}
          onChange={(event) => change(field, event.target.value ? Number(event.target.value) : null)}>
          <option value="">{none}</option>
          {choices.media.images.map((image) => (
            <option key={image.id} value={image.id}>
              {image.hasAlt ? image.label : `${image.label} (${tEditorial.media.missingAlt})`}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A library image placed into the text at the caret (or over the selection), as its own paragraph. */
export function InsertImage({ choices, commands }: { choices: EditorChoices; commands: MarkdownCommands }) {
  const [choice, setChoice] = useState("");
  if (choices.media.images.length === 0) return null;
  function insert() {
    const image = choices.media.images.find((item) => String(item.id) === choice);
    if (!image) return;
    commands.insertImage(image.markdown);
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
