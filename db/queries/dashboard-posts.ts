// The dashboard's reads of posts: every status, but only what the signed-in user may see.
import "server-only";
import { and, asc, desc, eq, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { can } from "@/lib/permissions";
import { isPlaceholderSlug } from "@/lib/slug";
import { siteConfig } from "@/lib/site-config";
import { siteUrl } from "@/lib/site-url";
import { getDb } from "../connection";
import { categories, postAttachments, postCategories, posts, postScheduledChanges, postTags, series, tags, users } from "../schema";
import { listMediaChoices, type MediaChoices } from "./media";
import { fullTextMatch } from "./search";
import { listRevisionsOf, type RevisionFull } from "./revisions";
import type { CurrentUser } from "./users";

export const statusFilters = ["entwurf", "pruefung", "geplant", "veroeffentlicht", "papierkorb"] as const;
export type StatusFilter = (typeof statusFilters)[number];
export type DashboardStatus = StatusFilter;

export function dashboardStatusOf(post: { status: string; publishedAt: Date | null; deletedAt: Date | null }, now = new Date()): DashboardStatus {
  if (post.deletedAt) return "papierkorb";
  if (post.status === "review") return "pruefung";
  if (post.status === "published") return post.publishedAt && post.publishedAt > now ? "geplant" : "veroeffentlicht";
  return "entwurf";
}

function statusCondition(filter: StatusFilter | undefined): SQL | undefined {
  switch (filter) {
    case "entwurf":
      return and(eq(posts.status, "draft"), isNull(posts.deletedAt));
    case "pruefung":
      return and(eq(posts.status, "review"), isNull(posts.deletedAt));
    case "geplant":
      return and(eq(posts.status, "published"), isNull(posts.deletedAt), sql`${posts.publishedAt} > now()`);
    case "veroeffentlicht":
      return and(eq(posts.status, "published"), isNull(posts.deletedAt), sql`${posts.publishedAt} <= now()`);
    case "papierkorb":
      return isNotNull(posts.deletedAt);
    default:
      return isNull(posts.deletedAt);
  }
}

export type DashboardPostRow = {
  id: number;
  title: string;
  slug: string;
  status: DashboardStatus;
  authorName: string;
  categories: string[];
  updatedAt: Date;
  publishedAt: Date | null;
};

/** Sortable columns of the post list (URL values) and their directions; each has an index (migration 0014). */
export const postSorts = ["titel", "status", "datum", "geaendert"] as const;
export type PostSort = (typeof postSorts)[number];
export const sortDirections = ["auf", "ab"] as const;
export type SortDirection = (typeof sortDirections)[number];
/** The direction a column starts in when first chosen: titles A–Z, dates newest first. */
export const defaultDirection: Record<PostSort, SortDirection> = { titel: "auf", status: "auf", datum: "ab", geaendert: "ab" };

/**
 * The order for a column: every one ends in id so pages never overlap, and each descending order is the exact
 * reverse of its ascending one, so one index serves both (a backward scan).
 */
function orderFor(sort: PostSort, direction: SortDirection): SQL[] {
  const up = direction === "auf";
  switch (sort) {
    case "titel":
      return up ? [asc(posts.title), asc(posts.id)] : [desc(posts.title), desc(posts.id)];
    case "status":
      return up
        ? [asc(posts.status), desc(posts.updatedAt), desc(posts.id)]
        : [desc(posts.status), asc(posts.updatedAt), asc(posts.id)];
    case "datum":
      // Drafts have no date: last when newest first, first when oldest first (the index's order reversed).
      return up
        ? [sql`${posts.publishedAt} asc nulls first`, asc(posts.id)]
        : [sql`${posts.publishedAt} desc nulls last`, desc(posts.id)];
    case "geaendert":
      return up ? [asc(posts.updatedAt), asc(posts.id)] : [desc(posts.updatedAt), desc(posts.id)];
  }
}

export type DashboardFilters = {
  status?: StatusFilter;
  categoryId?: number;
  authorId?: number;
  q?: string;
  page: number;
  /** Without a column: by relevance when searching, else by last change. */
  sort?: PostSort;
  direction?: SortDirection;
};

const PER_PAGE = 20;

export async function listDashboardPosts(
  actor: CurrentUser,
  filters: DashboardFilters,
): Promise<{ items: DashboardPostRow[]; page: number; pageCount: number; total: number }> {
  const db = await getDb();
  const conditions: (SQL | undefined)[] = [statusCondition(filters.status)];
  if (!can.seeAllPosts(actor)) conditions.push(eq(posts.authorId, actor.id));
  else if (filters.authorId) conditions.push(eq(posts.authorId, filters.authorId));
  if (filters.categoryId) {
    conditions.push(
      sql`exists (select 1 from ${postCategories} where ${postCategories.postId} = ${posts.id} and ${postCategories.categoryId} = ${filters.categoryId})`,
    );
  }
  const q = filters.q?.trim().slice(0, 200);
  // The reader search's full text (any word form, body and categories too) or a piece of the title, as typed.
  const search = q ? fullTextMatch(q) : undefined;
  if (q && search) conditions.push(or(search.matches, ilike(posts.title, `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)));
  const where = and(...conditions);
  const [countRow] = await db.select({ n: sql<number>`count(*)::int` }).from(posts).where(where);
  const total = countRow?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / PER_PAGE));
  const page = Math.min(Math.max(1, filters.page), pageCount);
  const rows = await db
    .select({
      id: posts.id,
      title: posts.title,
      slug: posts.slug,
      status: posts.status,
      publishedAt: posts.publishedAt,
      deletedAt: posts.deletedAt,
      updatedAt: posts.updatedAt,
      authorName: users.displayName,
    })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .where(where)
    .orderBy(
      ...(filters.sort
        ? orderFor(filters.sort, filters.direction ?? defaultDirection[filters.sort])
        : [...(search ? [desc(search.rank)] : []), desc(posts.updatedAt), desc(posts.id)]),
    )
    .limit(PER_PAGE)
    .offset((page - 1) * PER_PAGE);
  const cats =
    rows.length === 0
      ? []
      : await db
          .select({ postId: postCategories.postId, name: categories.name })
          .from(postCategories)
          .innerJoin(categories, eq(categories.id, postCategories.categoryId))
          .where(inArray(postCategories.postId, rows.map((row) => row.id)))
          .orderBy(asc(postCategories.position));
  const now = new Date();
  return {
    items: rows.map((row) => ({
      id: row.id,
      title: row.title,
      slug: row.slug,
      status: dashboardStatusOf(row, now),
      authorName: row.authorName,
      categories: cats.filter((cat) => cat.postId === row.id).map((cat) => cat.name),
      updatedAt: row.updatedAt,
      publishedAt: row.publishedAt,
    })),
    page,
    pageCount,
    total,
  };
}

/**
 * Posts waiting for an editor's decision, for the count in the dashboard navigation: 0 for anyone who cannot
 * publish (authors see only their own posts, and the queue is not theirs to work through).
 */
export async function countPostsInReview(actor: CurrentUser): Promise<number> {
  if (!can.publish(actor)) return 0;
  const db = await getDb();
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(posts)
    .where(and(eq(posts.status, "review"), isNull(posts.deletedAt)));
  return row?.n ?? 0;
}

export type EditablePost = {
  id: number;
  version: number;
  authorId: number;
  authorName: string;
  status: DashboardStatus;
  rawStatus: "draft" | "review" | "published";
  publishedAt: Date | null;
  updatedAt: Date;
  /** „Änderung planen“: when a changed version takes over from the live one. */
  scheduledChangeAt: Date | null;
  input: {
    title: string;
    slug: string;
    excerpt: string;
    body: string;
    categoryIds: number[];
    tags: string[];
    seriesId: number | null;
    seriesPosition: number | null;
    coverMediaId: number | null;
    attachmentIds: number[];
    seoTitle: string;
    seoDescription: string;
    socialMediaId: number | null;
    noindex: boolean;
  };
  /** „Angeheftet“ on the front page since then; null when not pinned. */
  pinnedAt: Date | null;
};

export async function getEditablePost(actor: CurrentUser, id: number): Promise<EditablePost | null> {
  return readPost(id, (post) => can.viewPost(actor, post));
}

/**
 * A post as it is now, for a shareable preview link: the caller has checked the link (db/queries/share-links.ts),
 * which is the only permission such a visitor has. Trashed posts are not shown.
 */
export async function getPostBehindShareLink(id: number): Promise<EditablePost | null> {
  return readPost(id, (post) => post.deletedAt === null);
}

async function readPost(id: number, allowed: (post: typeof posts.$inferSelect) => boolean): Promise<EditablePost | null> {
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) return null;
  const db = await getDb();
  const [row] = await db
    .select({ post: posts, authorName: users.displayName })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .where(eq(posts.id, id));
  if (!row || !allowed(row.post)) return null;
  const { post } = row;
  const cats = await db
    .select({ id: postCategories.categoryId })
    .from(postCategories)
    .where(eq(postCategories.postId, id))
    .orderBy(asc(postCategories.position));
  const [planned] = await db
    .select({ dueAt: postScheduledChanges.dueAt })
    .from(postScheduledChanges)
    .where(eq(postScheduledChanges.postId, id));
  const attachments = await db
    .select({ id: postAttachments.mediaId })
    .from(postAttachments)
    .where(eq(postAttachments.postId, id))
    .orderBy(asc(postAttachments.position));
  const tagRows = await db
    .select({ name: tags.name })
    .from(postTags)
    .innerJoin(tags, eq(tags.id, postTags.tagId))
    .where(eq(postTags.postId, id))
    .orderBy(asc(postTags.position), asc(tags.name));
  return {
    id: post.id,
    version: post.version,
    authorId: post.authorId,
    authorName: row.authorName,
    status: dashboardStatusOf(post),
    rawStatus: post.status,
    publishedAt: post.publishedAt,
    updatedAt: post.updatedAt,
    scheduledChangeAt: planned?.dueAt ?? null,
    input: {
      title: post.title,
      // A stand-in address is not one anyone chose: the field stays empty and shows the title's as its placeholder.
      slug: isPlaceholderSlug(post.slug) ? "" : post.slug,
      excerpt: post.excerpt,
      body: post.body,
      categoryIds: cats.map((cat) => cat.id),
      tags: tagRows.map((row) => row.name),
      seriesId: post.seriesId,
      seriesPosition: post.seriesPosition,
      coverMediaId: post.coverMediaId,
      attachmentIds: attachments.map((row) => row.id),
      seoTitle: post.seoTitle,
      seoDescription: post.seoDescription,
      socialMediaId: post.socialMediaId,
      noindex: post.noindex,
    },
    pinnedAt: post.pinnedAt,
  };
}

export type EditorChoices = {
  categories: { id: number; name: string }[];
  /** Existing tag names for the editor's suggestions, most used first (bounded). */
  tags: string[];
  series: { id: number; title: string }[];
  authors: { id: number; displayName: string }[];
  media: MediaChoices;
  /** For the sketch of a search result. */
  site: { name: string; url: string };
};

/** Enough for any publication's working vocabulary; a datalist of more helps nobody. */
const TAG_SUGGESTIONS = 1000;

/** What the post editor and the post list offer to choose from; the list of accounts only to those who assign authors. */
export async function getEditorChoices(actor: CurrentUser): Promise<EditorChoices> {
  const db = await getDb();
  const [cats, tagNames, allSeries, authors, mediaChoices] = await Promise.all([
    db.select({ id: categories.id, name: categories.name }).from(categories).orderBy(asc(categories.sortOrder), asc(categories.name)),
    db
      .select({ name: tags.name })
      .from(tags)
      .orderBy(desc(sql`(select count(*) from ${postTags} where ${postTags.tagId} = ${tags.id})`), asc(tags.name))
      .limit(TAG_SUGGESTIONS),
    db.select({ id: series.id, title: series.title }).from(series).orderBy(asc(series.title)),
    can.assignAuthor(actor)
      ? db.select({ id: users.id, displayName: users.displayName }).from(users).orderBy(asc(users.displayName))
      : [{ id: actor.id, displayName: actor.displayName }],
    listMediaChoices(actor),
  ]);
  return {
    categories: cats,
    tags: tagNames.map((row) => row.name),
    series: allSeries,
    authors,
    media: mediaChoices,
    site: { name: siteConfig.name, url: siteUrl() },
  };
}

export async function listRevisions(actor: CurrentUser, postId: number): Promise<RevisionFull<"post">[] | null> {
  const post = await getEditablePost(actor, postId);
  if (!post) return null;
  return listRevisionsOf("post", postId);
}
