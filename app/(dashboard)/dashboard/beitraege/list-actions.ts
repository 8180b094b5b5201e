"use server";

// The post list's bulk action. A public HTTP endpoint like every server action: it resolves the session and leaves
// every decision about each post to the data layer.
import { refresh, updateTag } from "next/cache";
import { auth } from "@/auth";
import type { FormState } from "@/components/dashboard/action-form";
import { getDb } from "@/db/connection";
import { bulkChangePosts, MAX_BULK } from "@/db/mutations/posts-bulk";
import { readerTagsOfPost } from "@/db/queries/reader-dependents";
import { forgetRedirects } from "@/db/queries/redirects";
import { tEditorial } from "@/lib/i18n";

const b = tEditorial.postTools.bulk;

export async function bulkPostsAction(form: FormData): Promise<FormState> {
  const id = Number((await auth())?.user?.id);
  const session = Number.isInteger(id) && id > 0 ? { id } : null;
  // No reads on behalf of a caller without a session (the data layer refuses them too).
  if (!session) return { ok: false, message: tEditorial.errors.signedOut };
  const db = await getDb();
  // The list's own select is in the same form, so „Rückgängig“ sends its action under a name of its own.
  const action = String(form.get("undoAction") ?? form.get("bulkAction") ?? "");
  // „Rückgängig“ names the posts it brings back itself: the list no longer shows them, so no box is ticked.
  const ids = form.getAll(action === "restore" ? "undoIds" : "ids").slice(0, MAX_BULK + 1).map(String);
  // The reader pages that show the selected posts now; only those whose change readers see are dropped.
  const before = new Map<number, string[]>();
  for (const raw of ids.slice(0, MAX_BULK)) {
    const postId = Number(raw);
    if (Number.isInteger(postId) && postId > 0) before.set(postId, await readerTagsOfPost(db, postId));
  }
  const result = await bulkChangePosts(db, session, { action, ids, categoryId: form.get("categoryId") });
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  const tags = new Set<string>();
  for (const item of result.value.done) {
    if (!item.readers) continue;
    for (const tag of [...(before.get(item.id) ?? []), ...(await readerTagsOfPost(db, item.id))]) tags.add(tag);
  }
  for (const tag of tags) updateTag(tag);
  if (tags.size > 0) forgetRedirects();
  refresh();
  const { done, refused } = result.value;
  const message = [
    done.length > 0 ? b.done(action as Parameters<typeof b.done>[0], done.map((item) => item.title)) : b.noneDone,
    refused.length > 0 ? b.refused(refused) : "",
  ].filter(Boolean).join(" ");
  const undo: FormState["undo"] =
    action === "trash" && done.length > 0
      ? { label: b.undo, name: "undoAction", value: "restore", fields: done.map((item) => ({ name: "undoIds", value: String(item.id) })) }
      : undefined;
  return { ok: refused.length === 0, message, undo };
}
