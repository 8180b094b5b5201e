// Bulk changes from the post list: each selected post is checked and written on its own, and the answer says which
// were changed and which were refused, and why. A post the user may not see is named by its number only.
import "server-only";
import { and, eq, max } from "drizzle-orm";
import { can } from "@/lib/permissions";
import type { Database } from "../client";
import { categories, postCategories, posts } from "../schema";
import { loadActor, refuse, type Refusal, type Result, type SessionRef } from "./actor";
import { changePostStatus, recordRevision } from "./posts";
import { writeVersioned } from "./revisions";
import { tEditorial } from "@/lib/i18n";

const b = tEditorial.postTools.bulk;

export const bulkActions = ["publish", "trash", "addCategory", "removeCategory", "restore"] as const;
export type BulkAction = (typeof bulkActions)[number];
/** What the list's select offers; „restore“ is reached through „Rückgängig“ after a bulk trash. */
export type ChosenBulkAction = Exclude<BulkAction, "restore">;

/** At most one list page's worth and then some: the selection comes from one page of the list. */
export const MAX_BULK = 100;

export type BulkItem = { id: number; title: string };
export type BulkOutcome = {
  done: (BulkItem & { /** Was or now is published: reader pages must be refreshed. */ readers: boolean })[];
  refused: (BulkItem & { reason: string })[];
};

function reasonOf(refusal: Refusal): string {
  if (refusal.reason === "forbidden") return b.reasons.forbidden;
  if (refusal.reason === "not_found") return b.reasons.notFound;
  if (refusal.reason === "conflict") return b.reasons.stale;
  if (refusal.fieldErrors) return b.reasons.incomplete;
  return refusal.message;
}

export async function bulkChangePosts(
  db: Database,
  session: SessionRef,
  request: { action: unknown; ids: unknown; categoryId?: unknown },
): Promise<Result<BulkOutcome>> {
  const actor = await loadActor(db, session);
  if (!actor) return refuse(401, tEditorial.errors.signedOut);
  const action = bulkActions.find((name) => name === request.action);
  if (!action) return refuse(400, b.noAction);
  const ids = Array.isArray(request.ids)
    ? [...new Set(request.ids.map(Number).filter((id) => Number.isInteger(id) && id > 0 && id <= 2_147_483_647))]
    : [];
  if (ids.length === 0) return refuse(422, b.noSelection);
  if (ids.length > MAX_BULK) return refuse(413, b.tooMany(MAX_BULK));
  let categoryId: number | null = null;
  if (action === "addCategory" || action === "removeCategory") {
    const wanted = Number(request.categoryId);
    const [category] =
      Number.isInteger(wanted) && wanted > 0 && wanted <= 2_147_483_647
        ? await db.select({ id: categories.id }).from(categories).where(eq(categories.id, wanted))
        : [];
    if (!category) return refuse(422, b.noCategory, { categoryId: b.noCategory });
    categoryId = category.id;
  }

  const outcome: BulkOutcome = { done: [], refused: [] };
  for (const id of ids) {
    const [post] = await db.select().from(posts).where(eq(posts.id, id));
    // Someone else's post stays unnamed for an author: its title is not theirs to learn.
    if (!post || !can.viewPost(actor, post)) {
      outcome.refused.push({ id, title: b.numbered(id), reason: b.reasons.notFound });
      continue;
    }
    const item = { id, title: post.title || b.untitled(id) };
    const refuseItem = (reason: string) => outcome.refused.push({ ...item, reason });
    const wasPublic = post.status === "published";
    if (action === "restore") {
      if (!post.deletedAt) {
        refuseItem(b.reasons.notInTrash);
        continue;
      }
      const result = await changePostStatus(db, session, id, post.version, { kind: "restore" });
      if (result.ok) outcome.done.push({ ...item, readers: post.status === "published" });
      else refuseItem(reasonOf(result));
      continue;
    }
    if (action === "publish" || action === "trash") {
      if (action === "publish" && wasPublic && post.publishedAt && post.publishedAt <= new Date() && !post.deletedAt) {
        refuseItem(b.reasons.alreadyPublished);
        continue;
      }
      if (action === "trash" && post.deletedAt) {
        refuseItem(b.reasons.alreadyTrashed);
        continue;
      }
      const result = await changePostStatus(db, session, id, post.version, { kind: action });
      if (result.ok) outcome.done.push({ ...item, readers: wasPublic || action === "publish" });
      else refuseItem(reasonOf(result));
      continue;
    }
    if (!can.editPost(actor, post)) {
      refuseItem(b.reasons.forbidden);
      continue;
    }
    if (post.deletedAt) {
      refuseItem(b.reasons.inTrash);
      continue;
    }
    const current = await db
      .select({ id: postCategories.categoryId })
      .from(postCategories)
      .where(eq(postCategories.postId, id));
    const has = current.some((row) => row.id === categoryId);
    if (action === "addCategory" && has) {
      refuseItem(b.reasons.hasCategory);
      continue;
    }
    if (action === "addCategory" && current.length >= 3) {
      refuseItem(b.reasons.threeCategories);
      continue;
    }
    if (action === "removeCategory" && !has) {
      refuseItem(b.reasons.lacksCategory);
      continue;
    }
    // Only a draft may be without a category (as in the editor).
    if (action === "removeCategory" && current.length === 1 && post.status !== "draft") {
      refuseItem(b.reasons.lastCategory);
      continue;
    }
    const written = await db.transaction(async (tx) => {
      const updated = await writeVersioned(tx, "post", id, post.version, {});
      if (!updated) return false;
      if (action === "addCategory") {
        const [last] = await tx
          .select({ position: max(postCategories.position) })
          .from(postCategories)
          .where(eq(postCategories.postId, id));
        await tx.insert(postCategories).values({ postId: id, categoryId: categoryId!, position: (last?.position ?? -1) + 1 });
      } else {
        await tx.delete(postCategories).where(and(eq(postCategories.postId, id), eq(postCategories.categoryId, categoryId!)));
      }
      if (updated.status === "published") await recordRevision(tx, updated, actor.id);
      return true;
    });
    if (written) outcome.done.push({ ...item, readers: wasPublic });
    else refuseItem(b.reasons.stale);
  }
  return { ok: true, value: outcome };
}
