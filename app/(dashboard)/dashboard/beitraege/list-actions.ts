"use server";

// The post list's bulk action; the data layer decides about each post.
import type { FormState } from "@/components/dashboard/action-form";
import { bulkChangePosts, MAX_BULK } from "@/db/mutations/posts-bulk";
import { readerTagsOfPost, sitemapFilesOf } from "@/db/queries/reader-dependents";
import { tEditorial } from "@/lib/i18n";
import { formAction } from "@/lib/server-action";

const b = tEditorial.postTools.bulk;

export async function bulkPostsAction(form: FormData): Promise<FormState> {
  // The list's own select is in the same form, so „Rückgängig“ sends its action under a name of its own.
  const action = String(form.get("undoAction") ?? form.get("bulkAction") ?? "");
  // „Rückgängig“ names the posts it brings back itself: the list no longer shows them, so no box is ticked.
  const ids = form.getAll(action === "restore" ? "undoIds" : "ids").slice(0, MAX_BULK + 1).map(String);
  return formAction(
    async ({ db, user }) => {
      // The reader pages that show the selected posts now; only those whose change readers see are dropped. The
      // sitemap files are counted once for all of them (each count passes over every listed post).
      const selected = ids.slice(0, MAX_BULK).map(Number);
      const before = new Map<number, string[]>();
      for (const postId of selected) before.set(postId, await readerTagsOfPost(db, postId, { sitemaps: false }));
      const sitemapsBefore = await sitemapFilesOf(db, selected);
      const result = await bulkChangePosts(db, user, { action, ids, categoryId: form.get("categoryId") });
      if (!result.ok) return result;
      const seen = result.value.done.filter((item) => item.readers).map((item) => item.id);
      if (seen.length === 0) return { ok: true, value: { ...result.value, tags: [] } };
      const tags = new Set([...sitemapsBefore, ...(await sitemapFilesOf(db, seen))]);
      for (const postId of seen) {
        for (const tag of [...(before.get(postId) ?? []), ...(await readerTagsOfPost(db, postId, { sitemaps: false }))]) tags.add(tag);
      }
      return { ok: true, value: { ...result.value, tags: [...tags] } };
    },
    {
      invalidate: ({ tags }) => ({ tags, redirects: tags.length > 0 ? "of-posts" : undefined, refresh: true }),
      answer: ({ done, refused }) => {
        const message = [
          done.length > 0 ? b.done(action as Parameters<typeof b.done>[0], done.map((item) => item.title)) : b.noneDone,
          refused.length > 0 ? b.refused(refused) : "",
        ].filter(Boolean).join(" ");
        const undo: FormState["undo"] =
          action === "trash" && done.length > 0
            ? { label: b.undo, name: "undoAction", value: "restore", fields: done.map((item) => ({ name: "undoIds", value: String(item.id) })) }
            : undefined;
        return { ok: refused.length === 0, message, undo };
      },
    },
  );
}
