// What the sitemaps list: every published, due post in stable chunks, and the list pages with their last change.
import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { getDb } from "../connection";
import { categories, postCategories, posts, postTags, series, tags, users } from "../schema";
import { tagFor } from "@/lib/cache-tags";
import { readerCache, readerCacheRefreshedWithin } from "./reader-cache";
import { readerIndexable, readerVisibleAndDue } from "./visibility";

/**
 * URLs per post sitemap, as WordPress has it (sitemaps.org allows 50,000). A publish rebuilds the last file and an
 * edit its own file and the later ones: at 50,000 URLs that was a 5.7 MB document and a few hundred MB of transient
 * heap per instance on every publish, which the soak showed as resident memory that did not come back.
 */
export const SITEMAP_URL_LIMIT = 2_000;

export type SitemapEntry = { slug: string; lastModified: Date };

export type SitemapChunk = { page: number; urls: number; lastModified: Date };

/**
 * How long the sitemap index and the list pages' sitemap may lag behind a change. Their aggregates read every post (a
 * second or more at 100,000 posts), and dropping them on every publish made a busy dashboard cost the database more
 * than all readers together; a crawler reads them every few hours. The post sitemaps themselves follow each change.
 */
export const SITEMAP_SUMMARY_REFRESH_SECONDS = 300;

// A scheduled post is first shown at its publication time, which may be later than its last edit.
const indexable = readerIndexable;

const lastChange = sql<Date>`greatest(${posts.updatedAt}, ${posts.publishedAt})`.mapWith(posts.updatedAt);

/**
 * The post sitemaps and their last change. Posts are numbered oldest first, so chunk 1 keeps its URLs when new
 * posts appear and only the last chunk grows; one pass over the feed index, not one query per chunk.
 */
export async function listSitemapChunks(limit = SITEMAP_URL_LIMIT): Promise<SitemapChunk[]> {
  "use cache";
  await readerCacheRefreshedWithin(SITEMAP_SUMMARY_REFRESH_SECONDS);
  const db = await getDb();
  const numbered = db
    .select({
      chunk: sql<number>`(row_number() over (order by ${posts.publishedAt}, ${posts.id}) - 1) / ${limit}`.as("chunk"),
      changed: sql<Date>`${lastChange}`.as("changed"),
    })
    .from(posts)
    .where(indexable)
    .as("numbered");
  const rows = await db
    .select({
      chunk: sql<number>`${numbered.chunk}::int`,
      urls: sql<number>`count(*)::int`,
      lastModified: sql<Date>`max(${numbered.changed})`.mapWith(posts.updatedAt),
    })
    .from(numbered)
    .groupBy(numbered.chunk)
    .orderBy(numbered.chunk);
  return rows.map((row) => ({ page: row.chunk + 1, urls: row.urls, lastModified: row.lastModified }));
}

/**
 * One post sitemap: slug and last change of up to `limit` posts, oldest first, in one query that walks the feed
 * index backwards. Null for a page past the last, and for page 1 while nothing is published.
 */
export async function listSitemapPosts({ page }: { page: number }, limit = SITEMAP_URL_LIMIT): Promise<SitemapEntry[] | null> {
  "use cache";
  await readerCache(tagFor.sitemapPosts(page));
  const db = await getDb();
  const rows = await db
    .select({ slug: posts.slug, lastModified: lastChange })
    .from(posts)
    .where(indexable)
    .orderBy(asc(posts.publishedAt), asc(posts.id))
    .limit(limit)
    .offset((page - 1) * limit);
  return rows.length === 0 ? null : rows;
}

export type SitemapPages = {
  /** Newest change of any post: the front page's lastmod. Null while nothing is published. */
  home: Date | null;
  categories: (SitemapEntry & { lastModified: Date | null })[];
  authors: SitemapEntry[];
  series: SitemapEntry[];
  /** Tags with a published post, like their pages. */
  tags: SitemapEntry[];
};

/** The list pages worth crawling; authors, series and tags only while they have a published post, like their pages. */
export async function listSitemapPages(): Promise<SitemapPages> {
  "use cache";
  await readerCacheRefreshedWithin(SITEMAP_SUMMARY_REFRESH_SECONDS);
  const db = await getDb();
  const newest = sql<Date | null>`max(${lastChange})`.mapWith(posts.updatedAt);
  const [home, categoryRows, authorRows, seriesRows, tagRows] = await Promise.all([
    db.select({ lastModified: newest }).from(posts).where(readerVisibleAndDue),
    db
      .select({ slug: categories.slug, lastModified: newest })
      .from(categories)
      .leftJoin(postCategories, eq(postCategories.categoryId, categories.id))
      .leftJoin(posts, and(eq(posts.id, postCategories.postId), readerVisibleAndDue))
      .groupBy(categories.id)
      .orderBy(asc(categories.sortOrder), asc(categories.name)),
    db
      .select({ slug: users.slug, lastModified: newest })
      .from(users)
      .innerJoin(posts, and(eq(posts.authorId, users.id), readerVisibleAndDue))
      .groupBy(users.id)
      .orderBy(asc(users.slug)),
    db
      .select({ slug: series.slug, lastModified: newest })
      .from(series)
      .innerJoin(posts, and(eq(posts.seriesId, series.id), readerVisibleAndDue))
      .groupBy(series.id)
      .orderBy(asc(series.slug)),
    db
      .select({ slug: tags.slug, lastModified: newest })
      .from(tags)
      .innerJoin(postTags, eq(postTags.tagId, tags.id))
      .innerJoin(posts, and(eq(posts.id, postTags.postId), readerVisibleAndDue))
      .groupBy(tags.id)
      .orderBy(asc(tags.slug)),
  ]);
  return {
    home: home[0]?.lastModified ?? null,
    categories: categoryRows,
    authors: authorRows.map((row) => ({ slug: row.slug, lastModified: row.lastModified as Date })),
    series: seriesRows.map((row) => ({ slug: row.slug, lastModified: row.lastModified as Date })),
    tags: tagRows.map((row) => ({ slug: row.slug, lastModified: row.lastModified as Date })),
  };
}
