// „Angeheftet“ for one published post, beside the editor: saved on its own, so it never collides with the text's versions.
import type { EditablePost } from "@/db/queries/dashboard-posts";
import type { CurrentUser } from "@/db/queries/users";
import { formatDateTime } from "@/lib/format";
import { can } from "@/lib/permissions";
import { ActionForm, type FormState } from "./action-form";
import { tTaxonomy } from "@/lib/i18n";

const p = tTaxonomy.pins;

export function PostPinSetting({ user, post, action }: { user: CurrentUser; post: EditablePost; action: (form: FormData) => Promise<FormState> }) {
  // Editors and admins pin; only a post readers can see heads the front page.
  if (!can.publish(user) || post.rawStatus !== "published" || post.status === "papierkorb") return null;
  const pinned = post.pinnedAt !== null;
  return (
    <section aria-labelledby="beitrag-angeheftet" className="mt-8 rounded border border-slate-300 bg-white p-4">
      <h2 id="beitrag-angeheftet" className="text-lg font-bold">
        {p.title}
      </h2>
      <p className="mt-1 text-sm text-muted" data-testid="anheft-status">
        {post.pinnedAt ? p.pinnedSince(formatDateTime(post.pinnedAt)) : p.notPinned}
      </p>
      <ActionForm action={action} label={p.title} className="mt-3 flex flex-col gap-2">
        <input type="hidden" name="postId" value={post.id} />
        <input type="hidden" name="pinned" value={pinned ? "nein" : "ja"} />
        <div>
          <button type="submit" className="rounded border border-brand/40 bg-white px-3 py-2 text-sm font-semibold text-brand hover:bg-brand/5">
            {pinned ? p.unpin : p.pin}
          </button>
        </div>
      </ActionForm>
    </section>
  );
}
