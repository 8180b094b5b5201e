// Reader-facing reads of one article and of a series: the article with its series box, newer and older post,
// related posts, tags, breadcrumbs and downloads, and where a former slug points now. Only published, due posts.
import "server-only";
import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import { cacheTag } from "next/cache";
import type { Download, ResponsiveImage } from "@/lib/media/view";
import { NAVIGATION_TAG, tagFor } from "@/lib/cache-tags";
import { readingMinutes } from "@/lib/format";
import type { Database } from "../client";
import { getDb } from "../connection";
import { categories, postCategories, posts, postTags, redirects, series, tags, users } from "../schema";
import { downloadsOfPost, imagesByIds, renderWithLibraryImages, tagTheShownMedia } from "./media";
import { newestFirst, teaserColumns, withCategories, type CategoryTrail, type PostTeaser, type TagRef } from "./posts";
import { readerCache } from "./reader-cache";
import { readerVisibleAndDue } from "./visibility";

export type PostLink = { slug: string; title: string };

export type SeriesBox = {
  title: string;
  slug: string;
  position: number;
  parts: (PostLink & { position: number })[];
};

/** What search engines and shared links are told, each already falling back to the post's own title and excerpt. */
export type ArticleSeo = { title: string; ownTitle: boolean; description: string; noindex: boolean; socialImage: ResponsiveImage | null };

export type PostView = PostTeaser & {
  updatedAt: Date;
  seo: ArticleSeo;
  html: string;
  readingMinutes: number;
  authorBio: string;
  series: SeriesBox | null;
  tags: TagRef[];
  /** The first category and its parent, for the breadcrumbs. */
  trail: CategoryTrail | null;
  downloads: Download[];
  newer: PostLink | null;
  older: PostLink | null;
  related: PostTeaser[];
};

export type SeriesPage = {
  series: { title: string; slug: string; description: string };
  parts: (PostTeaser & { position: number })[];
};

export async function getSeriesWithParts({ slug }: { slug: string }): Promise<SeriesPage | null> {
  "use cache";
  await readerCache(NAVIGATION_TAG);
  const db = await getDb();
  const [found] = await db
    .select({ id: series.id, title: series.title, slug: series.slug, description: series.description })
    .from(series)
    .where(eq(series.slug, slug));
  if (!found) return null;
  cacheTag(tagFor.series(found.id));
  const rows = await db
    .select(teaserColumns)
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .where(and(readerVisibleAndDue, eq(posts.seriesId, found.id)))
    .orderBy(asc(posts.seriesPosition), asc(posts.publishedAt));
  if (rows.length === 0) return null;
  const teasers = await withCategories(db, rows);
  const { id: _id, ...view } = found;
  return {
    series: view,
    // Parts are numbered as readers see them, so an unpublished part leaves no gap.
    parts: teasers.map((teaser, index) => ({ ...teaser, position: index + 1 })),
  };
}

async function seriesBox(db: Database, seriesId: number, postId: number): Promise<SeriesBox | null> {
  const [found] = await db.select({ title: series.title, slug: series.slug }).from(series).where(eq(series.id, seriesId));
  if (!found) return null;
  const parts = await db
    .select({ id: posts.id, slug: posts.slug, title: posts.title, position: posts.seriesPosition })
    .from(posts)
    .where(and(readerVisibleAndDue, eq(posts.seriesId, seriesId)))
    .orderBy(asc(posts.seriesPosition), asc(posts.publishedAt));
  const numbered = parts.map((part, index) => ({ id: part.id, slug: part.slug, title: part.title, position: index + 1 }));
  const current = numbered.find((part) => part.id === postId);
  if (!current) return null;
  return {
    ...found,
    position: current.position,
    parts: numbered.map(({ slug, title, position }) => ({ slug, title, position })),
  };
}

async function neighbours(db: Database, post: { id: number; publishedAt: Date }) {
  const link = { slug: posts.slug, title: posts.title };
  // Row comparisons let PostgreSQL walk the feed index from this post in either direction.
  const position = sql`(${post.publishedAt}::timestamptz, ${post.id}::int)`;
  const [newer] = await db
    .select(link)
    .from(posts)
    .where(and(readerVisibleAndDue, sql`(${posts.publishedAt}, ${posts.id}) > ${position}`))
    .orderBy(asc(posts.publishedAt), asc(posts.id))
    .limit(1);
  const [older] = await db
    .select(link)
    .from(posts)
    .where(and(readerVisibleAndDue, sql`(${posts.publishedAt}, ${posts.id}) < ${position}`))
    .orderBy(...newestFirst)
    .limit(1);
  return { newer: newer ?? null, older: older ?? null };
}

const RELATED_LIMIT = 3;
// Related posts are chosen among the newest posts sharing a category: a bounded, index-ordered read even when a
// category holds tens of thousands of posts.
const RELATED_CANDIDATES = 30;

/** Posts sharing the most categories with this one, newest first among equals. */
async function relatedPosts(db: Database, postId: number): Promise<PostTeaser[]> {
  const own = await db
    .select({ categoryId: postCategories.categoryId })
    .from(postCategories)
    .where(eq(postCategories.postId, postId));
  const categoryIds = own.map((row) => row.categoryId);
  if (categoryIds.length === 0) return [];
  const rows = await db
    .select(teaserColumns)
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .where(
      and(
        readerVisibleAndDue,
        ne(posts.id, postId),
        sql`exists (select 1 from ${postCategories} pc where pc.post_id = ${posts.id}
                      and pc.category_id in (${sql.join(categoryIds.map((id) => sql`${id}`), sql`, `)}))`,
      ),
    )
    .orderBy(...newestFirst)
    .limit(RELATED_CANDIDATES);
  const ids = new Set(categoryIds);
  const links = await db
    .select({ postId: postCategories.postId, categoryId: postCategories.categoryId })
    .from(postCategories)
    .where(inArray(postCategories.postId, rows.length > 0 ? rows.map((row) => row.id) : [-1]));
  const shared = new Map<number, number>();
  for (const link of links) {
    if (ids.has(link.categoryId)) shared.set(link.postId, (shared.get(link.postId) ?? 0) + 1);
  }
  // Array.sort is stable, so posts with equally many shared categories stay newest first.
  const best = [...rows].sort((a, b) => (shared.get(b.id) ?? 0) - (shared.get(a.id) ?? 0)).slice(0, RELATED_LIMIT);
  return withCategories(db, best);
}

export async function getPublishedPost({ slug }: { slug: string }): Promise<PostView | null> {
  "use cache";
  await readerCache(tagFor.postSlug(slug));
  const db = await getDb();
  const [row] = await db
    .select({
      ...teaserColumns,
      body: posts.body,
      updatedAt: posts.updatedAt,
      seriesId: posts.seriesId,
      authorBio: users.bio,
      seoTitle: posts.seoTitle,
      seoDescription: posts.seoDescription,
      socialMediaId: posts.socialMediaId,
      noindex: posts.noindex,
    })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .where(and(readerVisibleAndDue, eq(posts.slug, slug)));
  if (!row) return null;
  cacheTag(tagFor.post(row.id));
  if (row.seriesId !== null) cacheTag(tagFor.series(row.seriesId));
  const [teaser] = await withCategories(db, [row]);
  if (!teaser) return null;
  const inline = new Set<number>();
  const [html, seriesInfo, around, related, downloads, postTagList, trail, socialImages] = await Promise.all([
    renderWithLibraryImages(db, row.body, { shown: inline }),
    row.seriesId === null ? Promise.resolve(null) : seriesBox(db, row.seriesId, row.id),
    neighbours(db, teaser),
    relatedPosts(db, row.id),
    downloadsOfPost(db, row.id),
    tagsOfPost(db, row.id),
    trailOfPost(db, row.id),
    row.socialMediaId === null ? Promise.resolve(null) : imagesByIds(db, [row.socialMediaId]),
  ]);
  tagTheShownMedia([...inline, ...downloads.map((download) => download.mediaId), row.socialMediaId]);
  return {
    ...teaser,
    updatedAt: row.updatedAt,
    seo: {
      title: row.seoTitle || row.title,
      ownTitle: row.seoTitle !== "",
      description: row.seoDescription || row.excerpt,
      noindex: row.noindex,
      socialImage: (row.socialMediaId === null ? undefined : socialImages?.get(row.socialMediaId)) ?? null,
    },
    html,
    readingMinutes: readingMinutes(row.body),
    authorBio: row.authorBio,
    series: seriesInfo,
    tags: postTagList,
    trail,
    downloads,
    ...around,
    related,
  };
}

/** A post's tags in the editor's order. */
export async function tagsOfPost(db: Database, postId: number): Promise<TagRef[]> {
  return db
    .select({ name: tags.name, slug: tags.slug })
    .from(postTags)
    .innerJoin(tags, eq(tags.id, postTags.tagId))
    .where(eq(postTags.postId, postId))
    .orderBy(asc(postTags.position), asc(tags.name));
}

/** The post's first category and, for a subcategory, its parent. */
async function trailOfPost(db: Database, postId: number): Promise<CategoryTrail | null> {
  const [first] = await db
    .select({ name: categories.name, slug: categories.slug, parentId: categories.parentId })
    .from(postCategories)
    .innerJoin(categories, eq(categories.id, postCategories.categoryId))
    .where(eq(postCategories.postId, postId))
    .orderBy(asc(postCategories.position), asc(categories.sortOrder))
    .limit(1);
  if (!first) return null;
  const [parent] =
    first.parentId === null
      ? []
      : await db.select({ name: categories.name, slug: categories.slug }).from(categories).where(eq(categories.id, first.parentId));
  return { parent: parent ?? null, category: { name: first.name, slug: first.slug } };
}

/** Where a former slug points now: the current slug of a visible post, or null (unknown, deleted or not public). */
export async function getMovedPostSlug({ slug }: { slug: string }): Promise<string | null> {
  "use cache";
  await readerCache(tagFor.postSlug(slug));
  const db = await getDb();
  const [row] = await db
    .select({ slug: posts.slug })
    .from(redirects)
    .innerJoin(posts, eq(posts.id, redirects.postId))
    .where(and(eq(redirects.sourcePath, `/artikel/${slug}`), eq(redirects.status, 301), readerVisibleAndDue));
  return row && row.slug !== slug ? row.slug : null;
}
