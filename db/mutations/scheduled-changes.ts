// „Änderung planen“: a live post's changed version waits here until its time, while the live one stays online; the
// first reader query after that time swaps it in (readerCache calls applyDueScheduledChanges), with no job runner.
import "server-only";
import { eq, inArray, lte, sql } from "drizzle-orm";
import { withoutNul } from "@/lib/input-text";
import { can } from "@/lib/permissions";
import type { Database } from "../client";
import { categories, media, posts, postScheduledChanges, type ScheduledPostContent } from "../schema";
import { loadActor, refuse, type Result, type SessionRef } from "./actor";
import { fieldErrorsOf, missingForPublishing, postInputSchema } from "./post-input";
import { checkReferences, recordRevision, setAttachments, setCategories } from "./posts";
import { writeVersioned } from "./revisions";
import { resolveTags, setPostTags } from "./tags";
import { tEditorial } from "@/lib/i18n";

const m = tEditorial.errors;

export type ScheduledChange = { dueAt: Date };

/** Plans the editor's version of a live post for `at`; the live version is not touched. One plan per post: a new one replaces it. */
export async function scheduleChange(
  db: Database,
  session: SessionRef,
  id: number,
  expectedVersion: number,
  raw: unknown,
  at: Date | null,
): Promise<Result<ScheduledChange>> {
  const actor = await loadActor(db, session);
  if (!actor) return refuse(401, m.signedOut);
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) return refuse(404, m.notFound);
  const [post] = await db.select().from(posts).where(eq(posts.id, id));
  if (!post || !can.viewPost(actor, post)) return refuse(404, m.notFound);
  if (!can.publish(actor) || !can.editPost(actor, post)) return refuse(403, m.forbidden);
  if (post.deletedAt) return refuse(409, m.inTrash, undefined, "invalid");
  const live = post.status === "published" && post.publishedAt !== null && post.publishedAt <= new Date();
  if (!live) return refuse(409, tEditorial.scheduleChange.notLive, undefined, "invalid");
  if (post.version !== expectedVersion) return refuse(409, m.stale);
  if (!at) return refuse(422, m.invalid, { publishAt: m.dateInvalid });
  if (at.getTime() <= Date.now()) return refuse(422, m.invalid, { publishAt: m.dateNotFuture });
  const parsed = postInputSchema.safeParse(withoutNul(raw));
  if (!parsed.success) return refuse(422, m.invalid, fieldErrorsOf(parsed.error));
  const input = parsed.data;
  const missing = missingForPublishing(input) ?? (await checkReferences(db, input));
  if (missing) return refuse(422, m.invalid, missing);
  const content: ScheduledPostContent = {
    title: input.title,
    excerpt: input.excerpt,
    body: input.body,
    categoryIds: input.categoryIds,
    seriesId: input.seriesId,
    seriesPosition: input.seriesId === null ? null : input.seriesPosition,
    coverMediaId: input.coverMediaId,
    attachmentIds: input.attachmentIds,
    tags: input.tags,
    seo: { seoTitle: input.seoTitle, seoDescription: input.seoDescription, socialMediaId: input.socialMediaId, noindex: input.noindex },
  };
  await db
    .insert(postScheduledChanges)
    .values({ postId: id, dueAt: at, content, plannedBy: actor.id })
    .onConflictDoUpdate({ target: postScheduledChanges.postId, set: { dueAt: at, content, plannedBy: actor.id, createdAt: new Date() } });
  return { ok: true, value: { dueAt: at } };
}

export async function discardScheduledChange(db: Database, session: SessionRef, id: number): Promise<Result<{ id: number }>> {
  const actor = await loadActor(db, session);
  if (!actor) return refuse(401, m.signedOut);
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) return refuse(404, m.notFound);
  const [post] = await db.select().from(posts).where(eq(posts.id, id));
  if (!post || !can.viewPost(actor, post)) return refuse(404, m.notFound);
  if (!can.publish(actor)) return refuse(403, m.forbidden);
  await db.delete(postScheduledChanges).where(eq(postScheduledChanges.postId, id));
  return { ok: true, value: { id } };
}

/**
 * Swaps in every planned change whose time has come, each as a new version with a revision in the planner's name.
 * Taken with `delete … returning` in one transaction, so two instances never apply the same change twice. A post
 * withdrawn or trashed meanwhile drops its plan; categories and library files deleted meanwhile are left out.
 * Returns the ids of the posts changed.
 */
export async function applyDueScheduledChanges(db: Database): Promise<number[]> {
  const [due] = await db
    .select({ postId: postScheduledChanges.postId })
    .from(postScheduledChanges)
    .where(lte(postScheduledChanges.dueAt, sql`now()`))
    .limit(1);
  if (!due) return [];
  return db.transaction(async (tx) => {
    const taken = await tx.delete(postScheduledChanges).where(lte(postScheduledChanges.dueAt, sql`now()`)).returning();
    const changed: number[] = [];
    for (const plan of taken) {
      const [post] = await tx.select().from(posts).where(eq(posts.id, plan.postId));
      if (!post || post.status !== "published" || post.deletedAt) continue;
      const { content } = plan;
      const knownCategories = content.categoryIds.length
        ? new Set((await tx.select({ id: categories.id }).from(categories).where(inArray(categories.id, content.categoryIds))).map((r) => r.id))
        : new Set<number>();
      const mediaIds = [content.coverMediaId ?? -1, content.seo?.socialMediaId ?? -1, ...content.attachmentIds];
      const knownMedia = new Set((await tx.select({ id: media.id }).from(media).where(inArray(media.id, mediaIds))).map((r) => r.id));
      const categoryIds = content.categoryIds.filter((id) => knownCategories.has(id));
      const updated = await writeVersioned(tx, "post", post.id, post.version, {
        title: content.title,
        excerpt: content.excerpt,
        body: content.body,
        seriesId: content.seriesId,
        seriesPosition: content.seriesPosition,
        coverMediaId: content.coverMediaId !== null && knownMedia.has(content.coverMediaId) ? content.coverMediaId : null,
        ...(content.seo && {
          ...content.seo,
          socialMediaId: content.seo.socialMediaId !== null && knownMedia.has(content.seo.socialMediaId) ? content.seo.socialMediaId : null,
        }),
      });
      if (!updated) continue;
      // A post keeps at least one category: if all planned ones are gone, it keeps its current ones.
      if (categoryIds.length > 0) await setCategories(tx, post.id, categoryIds);
      await setAttachments(tx, post.id, content.attachmentIds.filter((id) => knownMedia.has(id)));
      if (content.tags) await setPostTags(tx, post.id, await resolveTags(tx, content.tags));
      await recordRevision(tx, updated, plan.plannedBy);
      changed.push(post.id);
    }
    return changed;
  });
}
