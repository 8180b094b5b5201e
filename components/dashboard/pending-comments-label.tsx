// The dashboard navigation's label for comments, with the number waiting for this user's decision.
import { database } from "@/lib/database";
import { countPendingComments } from "@/db/queries/comments";
import type { CurrentUser } from "@/db/queries/users";
import { tComments } from "@/lib/i18n";

const d = tComments.dashboard;

export async function PendingCommentsLabel({ user }: { user: CurrentUser }) {
  const pending = await countPendingComments(await database(), user);
  return (
    <>
      {d.nav}
      {pending > 0 && (
        <>
          {" "}
          <span className="rounded-full bg-brand px-2 py-0.5 text-xs text-white" data-testid="ausstehende-kommentare">
            <span aria-hidden="true">{pending}</span>
            <span className="sr-only">({d.pendingBadge(pending)})</span>
          </span>
        </>
      )}
    </>
  );
}
