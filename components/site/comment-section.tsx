// The comment section under an article: the approved threads, then the form, or the note that comments are closed.
import { t } from "@/lib/i18n";
import type { ArticleComments } from "@/db/queries/comments";
import { CommentForm, type CommentFormState } from "./comment-form";
import { CommentList } from "./comment-list";

const c = t.comments;

export function CommentSection({
  slug,
  comments,
  form,
  stamp,
}: {
  slug: string;
  comments: ArticleComments;
  form: CommentFormState;
  stamp: string;
}) {
  return (
    <section id="kommentare" aria-labelledby="kommentare-titel" className="mx-auto mt-12 max-w-3xl scroll-mt-6 border-t border-brand/20 pt-8">
      <h2 id="kommentare-titel" className="font-heading text-2xl font-bold">
        {c.heading} <span className="text-lg font-normal text-muted">({comments.count.toLocaleString("de-DE")})</span>
      </h2>
      <CommentList threads={comments.threads} replyBase={comments.open ? `/artikel/${slug}` : null} />
      {comments.open ? (
        <CommentForm slug={slug} state={form} stamp={stamp} />
      ) : (
        <p className="mt-8 rounded bg-sand/60 p-4 font-semibold" data-testid="kommentare-geschlossen">
          {c.closed}
        </p>
      )}
    </section>
  );
}
