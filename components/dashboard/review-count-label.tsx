// The dashboard navigation's link label for the review queue, with the number of posts waiting for an editor.
import { countPostsInReview } from "@/db/queries/dashboard-posts";
import type { CurrentUser } from "@/db/queries/users";
import { tEditorial } from "@/lib/i18n";

const p = tEditorial.postTools;

export async function ReviewCountLabel({ user }: { user: CurrentUser }) {
  const waiting = await countPostsInReview(user);
  return (
    <>
      {p.nav.review}
      {waiting > 0 && (
        <>
          {" "}
          <span className="rounded-full bg-brand px-2 py-0.5 text-xs text-white" data-testid="wartende-beitraege">
            <span aria-hidden="true">{waiting}</span>
            <span className="sr-only">({p.list.awaitingReviewCount(waiting)})</span>
          </span>
        </>
      )}
    </>
  );
}
