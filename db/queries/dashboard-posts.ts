// The dashboard's reads of posts: every status, but only what the signed-in user may see.
import "server-only";
import { and, asc, desc, eq, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { can } from "@/lib/permissions";
import { getDb } from "../connection";
import { categories, postAttachments, postCategories, posts, series, users } from "../schema";
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

export type DashboardFilters = { status?: StatusFilter; categoryId?: number; authorId?: number; q?: string; page: number };

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
    .orderBy(...(search ? [desc(search.rank)] : []), desc(posts.updatedAt), desc(posts.id))
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

export type EditablePost = {
  id: number;
  version: number;
  authorId: number;
  authorName: string;
  status: DashboardStatus;
  rawStatus: "draft" | "review" | "published";
  publishedAt: Date | null;
  updatedAt: Date;
  input: {
    title: string;
    slug: string;
    excerpt: string;
    body: string;
    categoryIds: number[];
    seriesId: number | null;
    seriesPosition: number | null;
    coverMediaId: number | null;
    attachmentIds: number[];
  };
};

export async function getEditablePost(actor: CurrentUser, id: number): Promise<EditablePost | null> {
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) return null;
  const db = await getDb();
  const [row] = await db
    .select({ post: posts, authorName: users.displayName })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .where(eq(posts.id, id));
  if (!row || !can.viewPost(actor, row.post)) return null;
  const { post } = row;
  const cats = await db
    .select({ id: postCategories.categoryId })
    .from(postCategories)
    .where(eq(postCategories.postId, id))
    .orderBy(asc(postCategories.position));
  const attachments = await db
    .select({ id: postAttachments.mediaId })
    .from(postAttachments)
    .where(eq(postAttachments.postId, id))
    .orderBy(asc(postAttachments.position));
  return {
    id: post.id,
    version: post.version,
    authorId: post.authorId,
    authorName: row.authorName,
    status: dashboardStatusOf(post),
    rawStatus: post.status,
    publishedAt: post.publishedAt,
    updatedAt: post.updatedAt,
    input: {
      title: post.title,
      slug: post.slug,
      excerpt: post.excerpt,
      body: post.body,
      categoryIds: cats.map((cat) => cat.id),
      seriesId: post.seriesId,
      seriesPosition: post.seriesPosition,
      coverMediaId: post.coverMediaId,
      attachmentIds: attachments.map((row) => row.id),
    },
  };
}

export type EditorChoices = {
  categories: { id: number; name: string }[];
  series: { id: number; title: string }[];
  authors: { id: number; displayName: string }[];
  media: MediaChoices;
};

export async function getEditorChoices(): Promise<EditorChoices> {
  const db = await getDb();
  const [cats, allSeries, authors, mediaChoices] = await Promise.all([
    db.select({ id: categories.id, name: categories.name }).from(categories).orderBy(asc(categories.sortOrder), asc(categories.name)),
    db.select({ id: series.id, title: series.title }).from(series).orderBy(asc(series.title)),
    db.select({ id: users.id, displayName: users.displayName }).from(users).orderBy(asc(users.displayName)),
    listMediaChoices(),
  ]);
  return { categories: cats, series: allSeries, authors, media: mediaChoices };
}

export async function listRevisions(actor: CurrentUser, postId: number): Promise<RevisionFull<"post">[] | null> {
  const post = await getEditablePost(actor, postId);
  if (!post) return null;
  return listRevisionsOf("post", postId);
}
