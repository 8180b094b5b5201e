// The approved comments under an article: threads one level deep, each comment with its permalink anchor.
import { commentAnchor } from "@/lib/comments";
import { formatDateAndTime } from "@/lib/format";
import { t } from "@/lib/i18n";
import type { CommentThread, CommentView } from "@/db/queries/comments";
import { CommentText } from "./comment-text";
import { ReplyLink } from "./comment-reply";

const c = t.comments;

function SingleComment({ comment, replyHref }: { comment: CommentView; replyHref: string | null }) {
  const anchor = commentAnchor(comment.id);
  return (
    <article id={anchor} aria-labelledby={`${anchor}-von`} className="scroll-mt-6">
      <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h3 id={`${anchor}-von`} className="font-semibold">
          <bdi>{comment.authorName}</bdi>
        </h3>
        {comment.editorial && <span className="rounded bg-brand px-2 py-0.5 text-xs font-semibold text-white">{c.editorial}</span>}
        <a href={`#${anchor}`} className="text-sm text-muted underline" aria-label={`${formatDateAndTime(comment.createdAt)}, ${c.permalink(comment.authorName)}`}>
          <time dateTime={comment.createdAt.toISOString()}>{formatDateAndTime(comment.createdAt)}</time>
        </a>
        {comment.edited && <span className="text-sm text-muted">({c.edited})</span>}
      </header>
      <CommentText body={comment.body} />
      {replyHref && <ReplyLink href={replyHref} commentId={comment.id} name={comment.authorName} />}
    </article>
  );
}

export function CommentList({ threads, replyBase }: { threads: CommentThread[]; replyBase: string | null }) {
  if (threads.length === 0) return <p className="mt-4 text-muted">{c.none}</p>;
  const replyHref = (id: number) => (replyBase ? `${replyBase}?antwort=${id}#kommentar-formular` : null);
  return (
    <ol className="mt-6 flex flex-col gap-8">
      {threads.map((thread) => (
        <li key={thread.id} className="border-l-4 border-brand/20 pl-4">
          <SingleComment comment={thread} replyHref={replyHref(thread.id)} />
          {thread.replies.length > 0 && (
            <ol aria-label={c.repliesTo(thread.authorName)} className="mt-5 ml-4 flex flex-col gap-6 border-l-2 border-brand/10 pl-4 sm:ml-8">
              {thread.replies.map((reply) => (
                <li key={reply.id}>
                  <SingleComment comment={reply} replyHref={replyHref(reply.id)} />
                </li>
              ))}
            </ol>
          )}
        </li>
      ))}
    </ol>
  );
}
