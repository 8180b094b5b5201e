// The editor's tools beside the content, under the editor: author (editors), publication date of a live post
// (editors), and a copy as a new draft. Each is its own small form; the editor above picks up the new version.
import type { EditablePost } from "@/db/queries/dashboard-posts";
import { inputClass } from "@/components/ui/field";
import { zonedParts } from "@/lib/format";
import { ActionForm, FieldError, type FormState } from "./action-form";
import { tEditorial } from "@/lib/i18n";

const p = tEditorial.postTools.tools;
const buttonClass = "rounded border border-brand/40 bg-white px-4 py-2 text-sm font-semibold text-brand hover:bg-brand/5";

type FormAction = (form: FormData) => Promise<FormState>;

/** Server actions, passed down from the route so that components never import from app/. */
export type PostToolsActions = { changeAuthor: FormAction; setPublicationDate: FormAction; duplicate: FormAction };

/** The datetime-local field's value: the instant as the site's wall clock shows it (parseLocalDateTime reads it back). */
function localValue(date: Date, timeZone: string): string {
  const d = zonedParts(date, timeZone);
  return `${d.year}-${d.month}-${d.day}T${d.hour}:${d.minute}`;
}

export function PostTools({
  post,
  authors,
  canAssignAuthor,
  canPublish,
  timeZone,
  actions,
  children,
}: {
  post: EditablePost;
  authors: { id: number; displayName: string }[];
  canAssignAuthor: boolean;
  canPublish: boolean;
  /** The site's time zone (SITE_TIME_ZONE), in which the publication date is shown and read. */
  timeZone: string;
  actions: PostToolsActions;
  /** Further tools rendered by the page (the share link). */
  children?: React.ReactNode;
}) {
  const trashed = post.status === "papierkorb";
  return (
    <section aria-labelledby="werkzeuge-titel" className="mt-8 flex flex-col gap-4 border-t border-slate-300 pt-4" data-testid="werkzeuge">
      <h2 id="werkzeuge-titel" className="text-lg font-semibold">{p.heading}</h2>
      <div className="grid gap-4 md:grid-cols-2">
        {canAssignAuthor && !trashed && (
          <ActionForm action={actions.changeAuthor} label={p.changeAuthor} className="flex flex-wrap items-end gap-2">
            <input type="hidden" name="id" value={post.id} />
            <div className="flex flex-col gap-1">
              <label htmlFor="werkzeug-autor" className="text-sm font-semibold">{p.author}</label>
              <select id="werkzeug-autor" name="authorId" defaultValue={post.authorId} className={inputClass}>
                {authors.map((author) => (
                  <option key={author.id} value={author.id}>{author.displayName}</option>
                ))}
              </select>
              <FieldError name="authorId" id="werkzeug-autor-fehler" />
            </div>
            <button type="submit" className={buttonClass}>{p.changeAuthor}</button>
          </ActionForm>
        )}
        {canPublish && post.status === "veroeffentlicht" && post.publishedAt && (
          <ActionForm action={actions.setPublicationDate} label={p.changeDate} className="flex flex-wrap items-end gap-2">
            <input type="hidden" name="id" value={post.id} />
            <div className="flex flex-col gap-1">
              <label htmlFor="werkzeug-datum" className="text-sm font-semibold">{p.publishedAt}</label>
              <input id="werkzeug-datum" name="publishedAt" type="datetime-local" step={60} defaultValue={localValue(post.publishedAt, timeZone)}
                aria-describedby="werkzeug-datum-hinweis" className={inputClass} />
              <p id="werkzeug-datum-hinweis" className="text-xs text-muted">{p.publishedAtHint(timeZone)}</p>
              <FieldError name="publishedAt" id="werkzeug-datum-fehler" />
            </div>
            <button type="submit" className={buttonClass}>{p.changeDate}</button>
          </ActionForm>
        )}
        <ActionForm action={actions.duplicate} label={p.duplicate} className="flex flex-col items-start gap-1">
          <input type="hidden" name="id" value={post.id} />
          <button type="submit" className={buttonClass} aria-describedby="werkzeug-kopie-hinweis">{p.duplicate}</button>
          <p id="werkzeug-kopie-hinweis" className="text-xs text-muted">{p.duplicateHint}</p>
        </ActionForm>
        {children}
      </div>
    </section>
  );
}
