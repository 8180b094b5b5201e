"use client";

// The post's search and social settings: its own title and description for search results (with the length a result
// shows), an image for shared links, and „nicht indexieren“ — with a sketch of the search result they make.
import { Field, inputClass } from "@/components/ui/field";
import type { EditorChoices } from "@/db/queries/dashboard-posts";
import { tEditorial } from "@/lib/i18n";
import { SEO_SHOWN_LENGTH } from "@/lib/seo/shown-length";
import type { PostEditorState } from "./post-fields";
import { LibraryImageSelect } from "./post-media";

const t = tEditorial.seo;
const seoFields = ["seoTitle", "seoDescription", "socialMediaId"] as const;

/** Characters past the shown length, cut as a search result cuts them. */
function shown(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()} …` : text;
}

export function PostSeoFields({ editor, choices }: { editor: PostEditorState; choices: EditorChoices }) {
  const { input, change, fieldErrors } = editor;
  const changed = input.seoTitle !== "" || input.seoDescription !== "" || input.socialMediaId !== null || input.noindex;
  const invalid = seoFields.some((field) => fieldErrors[field]);
  const title = input.seoTitle || (input.title ? `${input.title} – ${choices.site.name}` : choices.site.name);
  const description = input.seoDescription || input.excerpt;
  const address = `${choices.site.url.replace(/^https?:\/\//, "")} › artikel › ${input.slug || "…"}`;
  return (
    // Open when something is set or wrong here, so neither hides in a closed box.
    <details className="rounded border border-slate-300 p-3" open={changed || invalid || undefined} data-testid="seo-felder">
      <summary className="cursor-pointer text-sm font-semibold">{t.legend}</summary>
      <div className="mt-3 flex flex-col gap-4">
        <p className="text-xs text-muted">{t.intro}</p>
        <Field id="seo-titel" label={t.title} hint={`${t.titleHint} ${t.count(input.seoTitle.length, SEO_SHOWN_LENGTH.title)}`}
          error={fieldErrors.seoTitle}>
          {(describedBy, fieldInvalid) => (
            <input id="seo-titel" className={inputClass} value={input.seoTitle} placeholder={title} aria-invalid={fieldInvalid}
              aria-describedby={describedBy} onChange={(event) => change("seoTitle", event.target.value)} />
          )}
        </Field>
        <Field id="seo-beschreibung" label={t.description}
          hint={`${t.descriptionHint} ${t.count(input.seoDescription.length, SEO_SHOWN_LENGTH.description)}`} error={fieldErrors.seoDescription}>
          {(describedBy, fieldInvalid) => (
            <textarea id="seo-beschreibung" rows={3} className={inputClass} value={input.seoDescription} placeholder={input.excerpt}
              aria-invalid={fieldInvalid} aria-describedby={describedBy} onChange={(event) => change("seoDescription", event.target.value)} />
          )}
        </Field>
        <LibraryImageSelect editor={editor} choices={choices} field="socialMediaId" id="social-bild" label={t.socialImage}
          hint={t.socialImageHint} none={t.socialImageNone} />
        <div className="flex items-start gap-2">
          <input id="noindex" type="checkbox" className="mt-1 h-4 w-4" checked={input.noindex} aria-describedby="noindex-hinweis"
            onChange={(event) => change("noindex", event.target.checked)} />
          <div>
            <label htmlFor="noindex" className="text-sm font-semibold">{t.noindex}</label>
            <p id="noindex-hinweis" className="text-xs text-muted">{t.noindexHint}</p>
          </div>
        </div>
        <section aria-labelledby="suchergebnis-titel" className="rounded bg-white p-3 text-sm" data-testid="suchergebnis">
          <h3 id="suchergebnis-titel" className="mb-2 text-xs font-semibold text-muted">{t.snippet}</h3>
          {input.noindex ? (
            <p>{t.snippetNoindex}</p>
          ) : (
            <>
              <p className="text-xs text-muted">{address}</p>
              <p className="text-lg text-brand">{shown(title, SEO_SHOWN_LENGTH.title)}</p>
              <p>{shown(description, SEO_SHOWN_LENGTH.description)}</p>
            </>
          )}
        </section>
      </div>
    </details>
  );
}
