// What the feeds carry: the newest published posts of the site, a category, a tag, an author or a series, in full.
import "server-only";
import { and, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { getDb } from "../connection";
import { categories, postCategories, posts, postTags, series, tags, users } from "../schema";
import { inCategories, type AuthorRef, type CategoryRef, type CoverImage } from "./posts";
import { POST_LISTS_TAG } from "@/lib/cache-tags";
import { imagesByIds, renderWithLibraryImages, tagTheShownMedia } from "./media";
import { readerCache } from "./reader-cache";
import { readerVisibleAndDue } from "./visibility";

/** Posts per feed: enough for a reader who looks in once a month, small enough to fetch often. */
export const FEED_SIZE = 20;

export type FeedScope =
  | { kind: "site" }
  | { kind: "category"; slug: string }
  | { kind: "tag"; slug: string }
  | { kind: "author"; slug: string }
  | { kind: "series"; slug: string };

export type FeedEntry = {
  id: number;
  slug: string;
  title: string;
  excerpt: string;
  /** Sanitised HTML with absolute links, ready for feed readers. */
  html: string;
  publishedAt: Date;
  updatedAt: Date;
  author: AuthorRef;
  categories: CategoryRef[];
  cover: CoverImage | null;
};

export type FeedContent = {
  scope: FeedScope;
  /** The scope's own name and description; null for the whole site. */
  title: string | null;
  description: string;
  entries: FeedEntry[];
};

type ScopeRow = { id: number; title: string; description: string };

async function findScope(scope: FeedScope): Promise<{ row: ScopeRow | null; filter: SQL | null } | null> {
  const db = await getDb();
  switch (scope.kind) {
    case "site":
      return { row: null, filter: null };
    case "category": {
      const [row] = await db
        .select({ id: categories.id, title: categories.name, description: categories.description })
        .from(categories)
        .where(eq(categories.slug, scope.slug));
      if (!row) return null;
      // A parent's feed carries its subcategories' posts, as its page does.
      const children = await db.select({ id: categories.id }).from(categories).where(eq(categories.parentId, row.id));
      return { row, filter: inCategories([row.id, ...children.map((child) => child.id)]) };
    }
    case "tag": {
      const [row] = await db
        .select({ id: tags.id, title: tags.name, description: tags.description })
        .from(tags)
        .where(eq(tags.slug, scope.slug));
      if (!row) return null;
      return { row, filter: sql`exists (select 1 from ${postTags} where ${postTags.postId} = ${posts.id} and ${postTags.tagId} = ${row.id})` };
    }
    case "author": {
      const [row] = await db
        .select({ id: users.id, title: users.displayName, description: users.bio })
        .from(users)
        .where(eq(users.slug, scope.slug));
      return row ? { row, filter: eq(posts.authorId, row.id) } : null;
    }
    case "series": {
      const [row] = await db
        .select({ id: series.id, title: series.title, description: series.description })
        .from(series)
        .where(eq(series.slug, scope.slug));
      return row ? { row, filter: eq(posts.seriesId, row.id) } : null;
    }
  }
}

/**
 * The newest posts of a scope, newest first, with rendered bodies. Null for an unknown category, and for an
 * author, series or tag without a published post (their pages are 404 too).
 */
export async function getFeedContent(scope: FeedScope, origin: string): Promise<FeedContent | null> {
  "use cache";
  await readerCache(POST_LISTS_TAG);
  const found = await findScope(scope);
  if (!found) return null;
  const db = await getDb();
  const rows = await db
    .select({
      id: posts.id,
      slug: posts.slug,
      title: posts.title,
      excerpt: posts.excerpt,
      body: posts.body,
      publishedAt: posts.publishedAt,
      updatedAt: posts.updatedAt,
      coverMediaId: posts.coverMediaId,
      authorName: users.displayName,
      authorSlug: users.slug,
    })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .where(found.filter ? and(readerVisibleAndDue, found.filter) : readerVisibleAndDue)
    .orderBy(desc(posts.publishedAt), desc(posts.id))
    .limit(FEED_SIZE);
  if (rows.length === 0 && (scope.kind === "author" || scope.kind === "series" || scope.kind === "tag")) return null;

  const links =
    rows.length === 0
      ? []
      : await db
          .select({ postId: postCategories.postId, name: categories.name, slug: categories.slug })
          .from(postCategories)
          .innerJoin(categories, eq(categories.id, postCategories.categoryId))
          .where(inArray(postCategories.postId, rows.map((row) => row.id)))
          .orderBy(postCategories.postId, postCategories.position, categories.sortOrder);
  const pictures = await imagesByIds(db, rows.flatMap((row) => (row.coverMediaId === null ? [] : [row.coverMediaId])));
  const shown = new Set([...pictures.values()].map((picture) => picture.mediaId));
  const entries = await Promise.all(
    rows.map(async (row) => {
      const picture = row.coverMediaId === null ? undefined : pictures.get(row.coverMediaId);
      // Reader queries only return due posts, so publishedAt is set.
      const publishedAt = row.publishedAt ?? new Date(0);
      return {
        id: row.id,
        slug: row.slug,
        title: row.title,
        excerpt: row.excerpt,
        html: await renderWithLibraryImages(db, row.body, { baseUrl: origin, pageUrl: `${origin}/artikel/${row.slug}`, shown }),
        publishedAt,
        updatedAt: row.updatedAt > publishedAt ? row.updatedAt : publishedAt,
        author: { displayName: row.authorName, slug: row.authorSlug },
        categories: links.filter((link) => link.postId === row.id).map(({ name, slug }) => ({ name, slug })),
        cover: picture ?? null,
      };
    }),
  );
  tagTheShownMedia(shown);
  return {
    scope,
    title: found.row?.title ?? null,
    description: found.row?.description ?? "",
    entries,
  };
}
