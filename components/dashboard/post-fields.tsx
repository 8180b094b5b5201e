"use client";

// The post's text fields: title, address, excerpt, categories, tags and series (the body: markdown-body-field.tsx).
import slugify from "@sindresorhus/slugify";
import { Field, inputClass } from "@/components/ui/field";
import type { EditablePost, EditorChoices } from "@/db/queries/dashboard-posts";
import { tEditorial } from "@/lib/i18n";
import { PostTagsField } from "./post-tags-field";
import type { VersionedEditor } from "./use-versioned-editor";

const t = tEditorial.editor;

export type PostInputFields = EditablePost["input"];
export type PostEditorState = VersionedEditor<PostInputFields, EditablePost>;

const categorySlots = [0, 1, 2];

export function PostTitleFields({ editor }: { editor: PostEditorState }) {
  const { input, change, fieldErrors } = editor;
  return (
    <>
      <Field id="titel" label={t.title} error={fieldErrors.title}>
        {(describedBy, invalid) => (
          <input id="titel" className={inputClass} value={input.title} aria-invalid={invalid} aria-describedby={describedBy}
            onChange={(event) => change("title", event.target.value)} />
        )}
      </Field>
      <Field id="slug" label={t.slug} hint={t.slugHint} error={fieldErrors.slug}>
        {(describedBy, invalid) => (
          <input id="slug" className={inputClass} value={input.slug} placeholder={slugify(input.title).slice(0, 80)}
            aria-invalid={invalid} aria-describedby={describedBy} onChange={(event) => change("slug", event.target.value)} />
        )}
      </Field>
      <Field id="kurzfassung" label={t.excerpt} error={fieldErrors.excerpt}>
        {(describedBy, invalid) => (
          <textarea id="kurzfassung" rows={3} className={inputClass} value={input.excerpt} aria-invalid={invalid}
            aria-describedby={describedBy} onChange={(event) => change("excerpt", event.target.value)} />
        )}
      </Field>
    </>
  );
}

export function PostTaxonomyFields({ editor, choices }: { editor: PostEditorState; choices: EditorChoices }) {
  const { input, change, fieldErrors } = editor;
  return (
    <>
      <fieldset className="flex flex-col gap-2" aria-describedby={fieldErrors.categoryIds ? "kategorien-fehler" : undefined}>
        <legend className="text-sm font-semibold">{t.categories}</legend>
        {categorySlots.map((slot) => (
          <div key={slot} className="flex items-center gap-2">
            <label htmlFor={`kategorie-${slot + 1}`} className="w-56 text-sm">{t.categoryN(slot + 1)}</label>
            <select
              id={`kategorie-${slot + 1}`}
              className="flex-1 rounded border border-slate-400 bg-white px-2 py-1.5"
              value={input.categoryIds[slot] ?? ""}
              aria-invalid={Boolean(fieldErrors.categoryIds)}
              onChange={(event) => {
                const ids = [...input.categoryIds];
                if (event.target.value) ids[slot] = Number(event.target.value);
                else ids.splice(slot, 1);
                change("categoryIds", ids.filter((id, index) => id && ids.indexOf(id) === index));
              }}
            >
              <option value="">{t.none}</option>
              {choices.categories.map((category) => (
                <option key={category.id} value={category.id}>{category.name}</option>
              ))}
            </select>
          </div>
        ))}
        {fieldErrors.categoryIds && <p id="kategorien-fehler" className="text-sm font-semibold text-red-800">{fieldErrors.categoryIds}</p>}
      </fieldset>
      <PostTagsField editor={editor} suggestions={choices.tags} />
      <div className="grid grid-cols-[1fr_8rem] gap-3">
        <Field id="serie" label={t.series} error={fieldErrors.seriesId}>
          {(describedBy, invalid) => (
            <select id="serie" className={inputClass} value={input.seriesId ?? ""} aria-invalid={invalid} aria-describedby={describedBy}
              onChange={(event) => change("seriesId", event.target.value ? Number(event.target.value) : null)}>
              <option value="">{t.none}</option>
              {choices.series.map((item) => (
                <option key={item.id} value={item.id}>{item.title}</option>
              ))}
            </select>
          )}
        </Field>
        <Field id="teil" label={t.seriesPosition} error={fieldErrors.seriesPosition}>
          {(describedBy, invalid) => (
            <input id="teil" type="number" min={1} max={999} className={inputClass} value={input.seriesPosition ?? ""}
              aria-invalid={invalid} aria-describedby={describedBy}
              onChange={(event) => change("seriesPosition", event.target.value ? Number(event.target.value) : null)} />
          )}
        </Field>
      </div>
    </>
  );
}
