// Reader-facing lists of posts: the front page, categories, tags and authors, and the teasers they show. Only
// published, due posts. The article itself, its series and neighbours are read in ./articles.
import "server-only";
import { and, asc, desc, eq, inArray, isNotNull, notInArray, sql, type SQL } from "drizzle-orm";
import type { ResponsiveImage } from "@/lib/media/view";
import { siteConfig } from "@/lib/site-config";
import { getDb } from "../connection";
import type { Database } from "../client";
import { categories, postCategories, posts, postTags, tags, users } from "../schema";
import { cacheTag } from "next/cache";
import { NAVIGATION_TAG, POST_LISTS_TAG, tagFor } from "@/lib/cache-tags";
import { approvedCommentCounts, tagTheCountedPosts } from "./comments";
import { imagesByIds, tagTheShownMedia } from "./media";
import { readerCache, readerCacheRefreshedWithin } from "./reader-cache";
import { readerVisibleAndDue } from "./visibility";

export type CategoryRef = { name: string; slug: string };
export type TagRef = { name: string; slug: string };
/** Where an article or category sits: its category and, for a subcategory, the parent above it. */
export type CategoryTrail = { parent: CategoryRef | null; category: CategoryRef };
export type AuthorRef = { displayName: string; slug: string };
/** A cover is a library image with its responsive variants, alt text, credit and focal point. */
export type CoverImage = ResponsiveImage;

export type PostTeaser = {
  id: number;
  slug: string;
  title: string;
  excerpt: string;
  publishedAt: Date;
  author: AuthorRef;
  categories: CategoryRef[];
  cover: CoverImage | null;
  /** Approved comments only. */
  commentCount: number;
  /** On the front page's first page: pinned by the editors („Angeheftet“). */
  pinned?: boolean;
};

export type PageOf<T> = { items: T[]; page: number; pageCount: number; total: number };

/** The columns every teaser is made of (./articles builds its teasers from them too). */
export const teaserColumns = {
  id: posts.id,
  slug: posts.slug,
  title: posts.title,
  excerpt: posts.excerpt,
  publishedAt: posts.publishedAt,
  coverMediaId: posts.coverMediaId,
  authorName: users.displayName,
  authorSlug: users.slug,
};

type TeaserRow = {
  id: number;
  slug: string;
  title: string;
  excerpt: string;
  publishedAt: Date | null;
  coverMediaId: number | null;
  authorName: string;
  authorSlug: string;
};

/** Loads the categories of many posts in one query, in each post's chosen order. */
export async function categoriesByPost(db: Database, postIds: number[]): Promise<Map<number, CategoryRef[]>> {
  const byPost = new Map<number, CategoryRef[]>();
  if (postIds.length === 0) return byPost;
  const rows = await db
    .select({ postId: postCategories.postId, name: categories.name, slug: categories.slug })
    .from(postCategories)
    .innerJoin(categories, eq(categories.id, postCategories.categoryId))
    .where(inArray(postCategories.postId, postIds))
    .orderBy(asc(postCategories.postId), asc(postCategories.position), asc(categories.sortOrder));
  for (const row of rows) {
    const list = byPost.get(row.postId) ?? [];
    list.push({ name: row.name, slug: row.slug });
    byPost.set(row.postId, list);
  }
  return byPost;
}

function coverOf(row: TeaserRow, pictures: Map<number, ResponsiveImage>): CoverImage | null {
  return (row.coverMediaId === null ? undefined : pictures.get(row.coverMediaId)) ?? null;
}

function toTeaser(
  row: TeaserRow,
  cats: Map<number, CategoryRef[]>,
  pictures: Map<number, ResponsiveImage>,
  commentCounts: Map<number, number>,
): PostTeaser {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    excerpt: row.excerpt,
    // Reader queries only return due posts, so publishedAt is always set here.
    publishedAt: row.publishedAt ?? new Date(0),
    author: { displayName: row.authorName, slug: row.authorSlug },
    categories: cats.get(row.id) ?? [],
    cover: coverOf(row, pictures),
    commentCount: commentCounts.get(row.id) ?? 0,
  };
}

/** Teasers from rows: categories, covers and comment counts in one query each, tagged for the cache. */
export async function withCategories(db: Database, rows: TeaserRow[]): Promise<PostTeaser[]> {
  const ids = rows.map((row) => row.id);
  const [cats, pictures, commentCounts] = await Promise.all([
    categoriesByPost(db, ids),
    imagesByIds(db, [...new Set(rows.flatMap((row) => (row.coverMediaId === null ? [] : [row.coverMediaId])))]),
    approvedCommentCounts(db, ids),
  ]);
  // Only ever called inside cached reader queries: lists, series, related posts and the article show these covers
  // and comment counts.
  tagTheShownMedia([...pictures.values()].map((picture) => picture.mediaId));
  tagTheCountedPosts(ids);
  return rows.map((row) => toTeaser(row, cats, pictures, commentCounts));
}

export const newestFirst = [desc(posts.publishedAt), desc(posts.id)];

/**
 * One page of a filtered list. Returns null for a page past the last one (page 1 always exists, even when empty),
 * so routes can answer 404.
 */
async function pageOfPosts(
  db: Database,
  filter: { authorId?: number; categoryIds?: number[]; tagId?: number },
  page: number,
): Promise<PageOf<PostTeaser> | null> {
  const perPage = siteConfig.postsPerPage;
  const conditions = [readerVisibleAndDue];
  if (filter.authorId !== undefined) conditions.push(eq(posts.authorId, filter.authorId));
  if (filter.categoryIds !== undefined) conditions.push(inCategories(filter.categoryIds));
  if (filter.tagId !== undefined) {
    conditions.push(sql`exists (select 1 from ${postTags} where ${postTags.postId} = ${posts.id} and ${postTags.tagId} = ${filter.tagId})`);
  }
  const where = and(...conditions);
  const [countRow] = await db.select({ total: sql<number>`count(*)::int` }).from(posts).where(where);
  const total = countRow?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  if (page > pageCount) return null;
  const rows = await db
    .select(teaserColumns)
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .where(where)
    .orderBy(...newestFirst)
    .limit(perPage)
    .offset((page - 1) * perPage);
  return { items: await withCategories(db, rows), page, pageCount, total };
}

/** Posts filed under any of these categories (a parent and its children): one semi-join on post_categories. */
export function inCategories(categoryIds: number[]): SQL {
  return sql`exists (select 1 from ${postCategories} where ${postCategories.postId} = ${posts.id} and ${postCategories.categoryId} in (${sql.join(
    categoryIds.map((id) => sql`${id}`),
    sql`, `,
  )}))`;
}

/**
 * The front page: pinned posts head the first page (newest pin first), then every other post newest first. Pages
 * keep their size, so a pinned post is listed once, at the top, and later pages continue after the pins.
 */
async function frontPage(db: Database, page: number, total: number): Promise<PageOf<PostTeaser> | null> {
  const perPage = siteConfig.postsPerPage;
  // At most a page of pins counts; the partial index posts_reader_pinned_idx holds only pinned visible posts.
  const pinned = await db
    .select(teaserColumns)
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .where(and(readerVisibleAndDue, isNotNull(posts.pinnedAt)))
    .orderBy(desc(posts.pinnedAt), desc(posts.id))
    .limit(perPage);
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  if (page > pageCount) return null;
  const others = pinned.length > 0 ? and(readerVisibleAndDue, notInArray(posts.id, pinned.map((row) => row.id))) : readerVisibleAndDue;
  const start = (page - 1) * perPage - (page === 1 ? 0 : pinned.length);
  const rows = await db
    .select(teaserColumns)
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .where(others)
    .orderBy(...newestFirst)
    .limit(page === 1 ? perPage - pinned.length : perPage)
    .offset(Math.max(0, start));
  const shown = page === 1 ? [...pinned, ...rows] : rows;
  const pinnedIds = new Set(page === 1 ? pinned.map((row) => row.id) : []);
  const items = (await withCategories(db, shown)).map((teaser) => (pinnedIds.has(teaser.id) ? { ...teaser, pinned: true } : teaser));
  return { items, page, pageCount, total };
}

/**
 * How soon the archive's later pages (/seite/2 and on) show a newly published post. A new post moves each of them by
 * one teaser, which a reader paging back barely notices; rendered again with every publish they were most of what a
 * publish cost (19 of ~25 renders per publish in the load run, docs/load-and-faults.md). A change to a post a page
 * shows (an edit, a withdrawal, its comment count) still ends that page at once, by the post's own tags.
 */
export const LATER_PAGES_FOLLOW_WITHIN_SECONDS = 60;

export async function listPublishedPosts({ page }: { page: number }): Promise<PageOf<PostTeaser> | null> {
  "use cache";
  if (page === 1) {
    await readerCache(POST_LISTS_TAG);
    return frontPage(await getDb(), page, await countReaderPosts());
  }
  await readerCacheRefreshedWithin(LATER_PAGES_FOLLOW_WITHIN_SECONDS);
  const list = await frontPage(await getDb(), page, await countReaderPostsForLaterPages());
  if (list && list.items.length > 0) cacheTag(...list.items.map((item) => tagFor.post(item.id)));
  return list;
}

/**
 * How many posts readers see, for the page count under every page of the archive: counted once per change and shared
 * by all of them (a publish makes every archive page render again; each counted 100,000 rows on its own).
 */
async function countReaderPosts(): Promise<number> {
  "use cache";
  await readerCache(POST_LISTS_TAG);
  return countVisiblePosts(await getDb());
}

/** The same count for the later pages, which follow a publish within LATER_PAGES_FOLLOW_WITHIN_SECONDS (its tag would end them at once). */
async function countReaderPostsForLaterPages(): Promise<number> {
  "use cache";
  await readerCacheRefreshedWithin(LATER_PAGES_FOLLOW_WITHIN_SECONDS);
  return countVisiblePosts(await getDb());
}

async function countVisiblePosts(db: Database): Promise<number> {
  const [row] = await db.select({ total: sql<number>`count(*)::int` }).from(posts).where(readerVisibleAndDue);
  return row?.total ?? 0;
}

export type CategoryPage = {
  category: { name: string; slug: string; description: string };
  /** The parent of a subcategory, for the breadcrumbs. */
  parent: CategoryRef | null;
  /** A parent's subcategories, whose posts its page lists too. */
  children: CategoryRef[];
  posts: PageOf<PostTeaser>;
};

export async function listCategoryPosts({ slug, page }: { slug: string; page: number }): Promise<CategoryPage | null> {
  "use cache";
  // An unknown slug may become a category later; only a rename or a new category can do that.
  await readerCache(NAVIGATION_TAG);
  const db = await getDb();
  const [category] = await db
    .select({ id: categories.id, name: categories.name, slug: categories.slug, description: categories.description, parentId: categories.parentId })
    .from(categories)
    .where(eq(categories.slug, slug));
  if (!category) return null;
  const [parent, children] = await Promise.all([
    category.parentId === null
      ? Promise.resolve(undefined)
      : db.select({ name: categories.name, slug: categories.slug }).from(categories).where(eq(categories.id, category.parentId)).then((rows) => rows[0]),
    db
      .select({ id: categories.id, name: categories.name, slug: categories.slug })
      .from(categories)
      .where(eq(categories.parentId, category.id))
      .orderBy(asc(categories.sortOrder), asc(categories.name)),
  ]);
  // A post filed only under a subcategory changes its parent's page too.
  cacheTag(tagFor.category(category.id), ...children.map((child) => tagFor.category(child.id)));
  const list = await pageOfPosts(db, { categoryIds: [category.id, ...children.map((child) => child.id)] }, page);
  if (!list) return null;
  const { id: _id, parentId: _parentId, ...view } = category;
  return { category: view, parent: parent ?? null, children: children.map(({ name, slug }) => ({ name, slug })), posts: list };
}

export type TagPage = {
  tag: { name: string; slug: string; description: string };
  posts: PageOf<PostTeaser>;
};

/** A tag's page; null for an unknown tag and for one without a published post (its name alone tells readers nothing). */
export async function listTagPosts({ slug, page }: { slug: string; page: number }): Promise<TagPage | null> {
  "use cache";
  // An unknown slug becomes a tag when a post is saved with it, which drops this tag.
  await readerCache(tagFor.tagSlug(slug));
  const db = await getDb();
  const [tag] = await db
    .select({ id: tags.id, name: tags.name, slug: tags.slug, description: tags.description })
    .from(tags)
    .where(eq(tags.slug, slug));
  if (!tag) return null;
  cacheTag(tagFor.tag(tag.id));
  const list = await pageOfPosts(db, { tagId: tag.id }, page);
  if (!list || list.total === 0) return null;
  const { id: _id, ...view } = tag;
  return { tag: view, posts: list };
}

export type AuthorPage = {
  author: { displayName: string; slug: string; bio: string };
  posts: PageOf<PostTeaser>;
};

export async function listAuthorPosts({ slug, page }: { slug: string; page: number }): Promise<AuthorPage | null> {
  "use cache";
  await readerCache(POST_LISTS_TAG);
  const db = await getDb();
  const [author] = await db
    .select({ id: users.id, displayName: users.displayName, slug: users.slug, bio: users.bio })
    .from(users)
    .where(eq(users.slug, slug));
  if (!author) return null;
  cacheTag(tagFor.author(author.id));
  const list = await pageOfPosts(db, { authorId: author.id }, page);
  // An author without published posts has no public page: it would only reveal who has an account.
  if (!list || list.total === 0) return null;
  const { id: _id, ...view } = author;
  return { author: view, posts: list };
}
