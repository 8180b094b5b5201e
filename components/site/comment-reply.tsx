// „Antworten“ without JavaScript is a link that opens the article with the form set for that thread. Reader pages
// load no framework (lib/http/reader-html.ts), so setting the form in place (no page load, focus into the text
// field) is a few lines of plain script in public/skripte/kommentar-antwort.js, driven by the data attributes here.
import { t } from "@/lib/i18n";

const c = t.comments;
type ReplyDetail = { id: number; name: string } | null;

export function ReplyLink({ href, commentId, name }: { href: string; commentId: number; name: string }) {
  return (
    <p className="mt-2">
      <a
        href={href}
        rel="nofollow"
        className="text-sm font-semibold text-brand underline"
        aria-label={c.replyTo(name)}
        data-antwort-id={commentId}
        data-antwort-name={name}
      >
        {c.reply}
      </a>
    </p>
  );
}

/** Inside the form: the thread it answers (hidden field) and the note saying so, which the script switches in place. */
export function ReplyTarget({ initial, cancelHref }: { initial: ReplyDetail; cancelHref: string }) {
  return (
    <>
      {/* React hoists an async script into the head, once per page. */}
      <script src="/skripte/kommentar-antwort.js" async />
      <input type="hidden" name="parentId" value={initial ? String(initial.id) : ""} />
      <p id="kommentar-antwort-auf" className="rounded bg-sand/60 p-3" data-testid="kommentar-antwort-auf" hidden={!initial}>
        {c.replyingTo} <bdi className="font-semibold">{initial?.name ?? ""}</bdi>.{" "}
        <a href={cancelHref} className="font-semibold text-brand underline" data-antwort-abbrechen="">
          {c.cancelReply}
        </a>
      </p>
    </>
  );
}
