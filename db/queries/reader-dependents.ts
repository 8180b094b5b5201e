// Which cached reader pages show a post: after a change, exactly these are invalidated, and nothing else.
import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { POST_LISTS_TAG, SCHEDULE_TAG, tagFor } from "@/lib/cache-tags";
import type { Database } from "../client";
import { SITEMAP_URL_LIMIT } from "./sitemap";
import { postCategories, postScheduledChanges, postTags, posts, redirects, tags as tagsTable } from "../schema";
import { readerIndexable, readerVisible, readerVisibleAndDue } from "./visibility";

/**
 * The cache tags of everything that shows this post as it is now: the lists (front page, feeds, sitemaps; a search
 * that shows it, by post:<id>), its article under every slug it ever had, its author, categories, tags and series,
 * and the articles beside it whose „Vorheriger/Nächster Beitrag“ links name it. Call before and after a change and
 * invalidate the union.
 */
export async function readerTagsOfPost(db: Database, postId: number, { sitemaps = true } = {}): Promise<string[]> {
  if (!validPostId(postId)) return [];
  const [post] = await db
    .select({ id: posts.id, slug: posts.slug, authorId: posts.authorId, seriesId: posts.seriesId, publishedAt: posts.publishedAt })
    .from(posts)
    .where(eq(posts.id, postId));
  if (!post) return [];
  const [categories, postTagRows, formerSlugs, visible, scheduled, planned] = await Promise.all([
    db.select({ id: postCategories.categoryId }).from(postCategories).where(eq(postCategories.postId, postId)),
    db.select({ id: tagsTable.id, slug: tagsTable.slug }).from(postTags).innerJoin(tagsTable, eq(tagsTable.id, postTags.tagId)).where(eq(postTags.postId, postId)),
    db.select({ path: redirects.sourcePath }).from(redirects).where(eq(redirects.postId, postId)),
    db.select({ id: posts.id }).from(posts).where(and(eq(posts.id, postId), readerVisibleAndDue)),
    db.select({ id: posts.id }).from(posts).where(and(eq(posts.id, postId), readerVisible, sql`${posts.publishedAt} > now()`)),
    db.select({ id: postScheduledChanges.postId }).from(postScheduledChanges).where(eq(postScheduledChanges.postId, postId)),
  ]);
  const tags = [
    POST_LISTS_TAG,
    // The next due time bounds the lifetime of every cached reader page, so its tag reaches all of them: only a post
    // that is (or was, in the call before the change) scheduled, or has a planned change, can move that time.
    ...(scheduled.length > 0 || planned.length > 0 ? [SCHEDULE_TAG] : []),
    tagFor.post(post.id),
    tagFor.postSlug(post.slug),
    tagFor.author(post.authorId),
    // The article page of an old address redirects to the post (getMovedPostSlug): only /artikel/ ones are pages.
    ...formerSlugs.flatMap((row) => (row.path.startsWith("/artikel/") ? [tagFor.postSlug(row.path.slice("/artikel/".length))] : [])),
    ...categories.map((row) => tagFor.category(row.id)),
    ...postTagRows.flatMap((row) => [tagFor.tag(row.id), tagFor.tagSlug(row.slug)]),
  ];
  if (post.seriesId !== null) tags.push(tagFor.series(post.seriesId));
  if (sitemaps) tags.push(...(await sitemapFilesOf(db, [post.id])));
  if (visible.length > 0 && post.publishedAt) {
    const position = sql`(${post.publishedAt}::timestamptz, ${post.id}::int)`;
    const [newer] = await db
      .select({ id: posts.id })
      .from(posts)
      .where(and(readerVisibleAndDue, sql`(${posts.publishedAt}, ${posts.id}) > ${position}`))
      .orderBy(asc(posts.publishedAt), asc(posts.id))
      .limit(1);
    const [older] = await db
      .select({ id: posts.id })
      .from(posts)
      .where(and(readerVisibleAndDue, sql`(${posts.publishedAt}, ${posts.id}) < ${position}`))
      .orderBy(desc(posts.publishedAt), desc(posts.id))
      .limit(1);
    for (const neighbour of [newer, older]) if (neighbour) tags.push(tagFor.post(neighbour.id));
  }
  return tags;
}

/**
 * The post sitemaps a change of these posts touches: the file of the oldest one listed and every later one (posts are
 * numbered oldest first, so a post joining or leaving shifts every later file by one). None while none is listed.
 * Counting passes over every listed post, so an action over many posts asks once for all of them.
 */
export async function sitemapFilesOf(db: Database, postIds: readonly number[], limit = SITEMAP_URL_LIMIT): Promise<string[]> {
  const ids = [...new Set(postIds)].filter(validPostId);
  if (ids.length === 0) return [];
  const [oldest] = await db
    .select({ id: posts.id, publishedAt: posts.publishedAt })
    .from(posts)
    .where(and(readerIndexable, inArray(posts.id, ids)))
    .orderBy(asc(posts.publishedAt), asc(posts.id))
    .limit(1);
  if (!oldest?.publishedAt) return [];
  const position = sql`(${oldest.publishedAt}::timestamptz, ${oldest.id}::int)`;
  const [counts] = await db
    .select({
      older: sql<number>`count(*) filter (where (${posts.publishedAt}, ${posts.id}) < ${position})`.mapWith(Number),
      total: sql<number>`count(*)`.mapWith(Number),
    })
    .from(posts)
    .where(readerIndexable);
  if (!counts) return [];
  const first = Math.floor(counts.older / limit) + 1;
  const last = Math.floor((counts.total - 1) / limit) + 1;
  return Array.from({ length: last - first + 1 }, (_, index) => tagFor.sitemapPosts(first + index));
}

/** The union of readerTagsOfPost over several posts (a bulk action, the posts showing one media file), each tag once. */
export async function readerTagsOfPosts(db: Database, postIds: readonly number[]): Promise<string[]> {
  const tags = new Set<string>();
  for (const id of new Set(postIds)) for (const tag of await readerTagsOfPost(db, id, { sitemaps: false })) tags.add(tag);
  for (const tag of await sitemapFilesOf(db, postIds)) tags.add(tag);
  return [...tags];
}

function validPostId(id: number): boolean {
  return Number.isInteger(id) && id > 0 && id <= 2_147_483_647;
}
