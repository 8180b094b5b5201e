// Reads of comments: what readers see under an article (approved only, cached per post) and the moderation queue,
// which only editors and, for their own posts, authors may read.
import "server-only";
import { and, asc, count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { cacheTag } from "next/cache";
import { COMMENT_SETTINGS_TAG, tagFor } from "@/lib/cache-tags";
import { closedByAge } from "@/lib/comments";
import { COMMENT_SETTINGS_KEY, toCommentSettings, type CommentSettings } from "@/lib/comment-settings";
import { tEditorial } from "@/lib/i18n";
import { can, type Actor } from "@/lib/permissions";
import type { Database } from "../client";
import { getDb } from "../connection";
import { loadActor, refuse, type Result, type SessionRef } from "../mutations/actor";
import { comments, posts, siteSettings, type CommentStatus } from "../schema";
import { readerCache } from "./reader-cache";
import { readerVisibleAndDue } from "./visibility";

/** The most comments an article shows; a thread that grows past it shows the oldest (docs/comments.md). */
export const MAX_SHOWN_COMMENTS = 500;

export async function readCommentSettings(db: Database): Promise<CommentSettings> {
  const [row] = await db.select({ value: siteSettings.value }).from(siteSettings).where(eq(siteSettings.key, COMMENT_SETTINGS_KEY));
  return toCommentSettings(row?.value);
}

/** Approved comments per post, for teasers; posts without any are missing from the map. */
export async function approvedCommentCounts(db: Database, postIds: number[]): Promise<Map<number, number>> {
  if (postIds.length === 0) return new Map();
  const rows = await db
    .select({ postId: comments.postId, n: count() })
    .from(comments)
    .where(and(inArray(comments.postId, postIds), eq(comments.status, "approved")))
    .groupBy(comments.postId);
  return new Map(rows.map((row) => [row.postId, row.n]));
}

export type CommentView = {
  id: number;
  authorName: string;
  /** Written from the dashboard by the editorial team or the post's author. */
  editorial: boolean;
  body: string;
  createdAt: Date;
  edited: boolean;
};
export type CommentThread = CommentView & { replies: CommentView[] };

export type ArticleComments = {
  postId: number;
  open: boolean;
  count: number;
  threads: CommentThread[];
};

/** Whether a post takes comments now: its own choice, else the site's default, and not past the closing age. */
export function commentsOpenFor(post: { commentsOpen: boolean | null; publishedAt: Date | null }, settings: CommentSettings, now = new Date()): boolean {
  const open = post.commentsOpen ?? settings.defaultOpen;
  return open && !(post.publishedAt && closedByAge(post.publishedAt, settings.closeAfterDays, now));
}

/** Threads one level deep, oldest first; a reply whose thread start is not visible stands as its own thread. */
export function toThreads(rows: (CommentView & { parentId: number | null })[]): CommentThread[] {
  const roots = new Map<number, CommentThread>();
  const threads: CommentThread[] = [];
  for (const { parentId, ...view } of rows) {
    const root = parentId === null ? undefined : roots.get(parentId);
    if (root) {
      root.replies.push(view);
    } else {
      const thread = { ...view, replies: [] };
      roots.set(view.id, thread);
      threads.push(thread);
    }
  }
  return threads;
}

async function loadArticleComments(db: Database, postId: number): Promise<ArticleComments | null> {
  const [post] = await db
    .select({ id: posts.id, commentsOpen: posts.commentsOpen, publishedAt: posts.publishedAt })
    .from(posts)
    .where(and(eq(posts.id, postId), readerVisibleAndDue));
  if (!post) return null;
  const [settings, rows, [total]] = await Promise.all([
    readCommentSettings(db),
    db
      .select({
        id: comments.id,
        parentId: comments.parentId,
        authorName: comments.authorName,
        editorial: sql<boolean>`${comments.userId} is not null`,
        body: comments.body,
        createdAt: comments.createdAt,
        edited: sql<boolean>`${comments.editedAt} is not null`,
      })
      .from(comments)
      .where(and(eq(comments.postId, postId), eq(comments.status, "approved")))
      .orderBy(asc(comments.createdAt), asc(comments.id))
      .limit(MAX_SHOWN_COMMENTS),
    db.select({ n: count() }).from(comments).where(and(eq(comments.postId, postId), eq(comments.status, "approved"))),
  ]);
  return { postId, open: commentsOpenFor(post, settings), count: total?.n ?? 0, threads: toThreads(rows) };
}

/** The comment section of a published article, cached until a comment of this post or the settings change. */
export async function getArticleComments({ postId }: { postId: number }): Promise<ArticleComments | null> {
  "use cache";
  await readerCache(tagFor.comments(postId), tagFor.post(postId), COMMENT_SETTINGS_TAG);
  return loadArticleComments(await getDb(), postId);
}

/** The same, uncached: for the form's own page and for data tests. */
export async function readArticleComments(db: Database, postId: number): Promise<ArticleComments | null> {
  return loadArticleComments(db, postId);
}

/** Marks cached teasers with their posts' comment tags, so a count change refreshes exactly the lists showing it. */
export function tagTheCountedPosts(postIds: number[]): void {
  if (postIds.length > 0) cacheTag(...postIds.map(tagFor.comments));
}

// ---- Moderation ----

export const MODERATION_PAGE_SIZE = 20;

export type ModerationItem = {
  id: number;
  postId: number;
  postTitle: string;
  postSlug: string;
  parentId: number | null;
  parentName: string | null;
  authorName: string;
  authorEmail: string;
  editorial: boolean;
  body: string;
  status: CommentStatus;
  spamReason: string | null;
  createdAt: Date;
  edited: boolean;
};

export type ModerationPage = {
  items: ModerationItem[];
  total: number;
  page: number;
  pageCount: number;
  /** Posts to filter by: those with comments the user may moderate, most recently commented first. */
  posts: { id: number; title: string }[];
};

/** Authors see the comments under their own posts; editors and admins see all. */
function scopeOf(actor: Actor): SQL | undefined {
  return can.seeAllComments(actor) ? undefined : eq(posts.authorId, actor.id);
}

export async function listCommentsForModeration(
  db: Database,
  session: SessionRef,
  filter: { status?: CommentStatus; postId?: number; page?: number } = {},
): Promise<Result<ModerationPage>> {
  const actor = await loadActor(db, session);
  if (!actor) return refuse(401, tEditorial.errors.signedOut);
  if (!can.seeAllComments(actor) && actor.role !== "author") return refuse(403, tEditorial.errors.forbidden);
  const scope = scopeOf(actor);
  const where = and(
    eq(comments.status, filter.status ?? "pending"),
    filter.postId === undefined ? undefined : eq(comments.postId, filter.postId),
    scope,
  );
  const [[total], postRows] = await Promise.all([
    db.select({ n: count() }).from(comments).innerJoin(posts, eq(posts.id, comments.postId)).where(where),
    db
      .select({ id: posts.id, title: posts.title })
      .from(comments)
      .innerJoin(posts, eq(posts.id, comments.postId))
      .where(scope)
      .groupBy(posts.id, posts.title)
      .orderBy(desc(sql`max(${comments.createdAt})`))
      .limit(100),
  ]);
  const pageCount = Math.max(1, Math.ceil((total?.n ?? 0) / MODERATION_PAGE_SIZE));
  const page = Math.min(Math.max(1, filter.page ?? 1), pageCount);
  const parent = sql`(select p.author_name from ${comments} p where p.id = ${comments.parentId})`;
  const rows = await db
    .select({
      id: comments.id,
      postId: comments.postId,
      postTitle: posts.title,
      postSlug: posts.slug,
      parentId: comments.parentId,
      parentName: sql<string | null>`${parent}`,
      authorName: comments.authorName,
      authorEmail: comments.authorEmail,
      editorial: sql<boolean>`${comments.userId} is not null`,
      body: comments.body,
      status: comments.status,
      spamReason: comments.spamReason,
      createdAt: comments.createdAt,
      edited: sql<boolean>`${comments.editedAt} is not null`,
    })
    .from(comments)
    .innerJoin(posts, eq(posts.id, comments.postId))
    .where(where)
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(MODERATION_PAGE_SIZE)
    .offset((page - 1) * MODERATION_PAGE_SIZE);
  return { ok: true, value: { items: rows, total: total?.n ?? 0, page, pageCount, posts: postRows } };
}

/** Pending comments the user may moderate, for the dashboard navigation; 0 for those who moderate none. */
export async function countPendingComments(db: Database, session: SessionRef): Promise<number> {
  const actor = await loadActor(db, session);
  if (!actor || (!can.seeAllComments(actor) && actor.role !== "author")) return 0;
  const [row] = await db
    .select({ n: count() })
    .from(comments)
    .innerJoin(posts, eq(posts.id, comments.postId))
    .where(and(eq(comments.status, "pending"), scopeOf(actor)));
  return row?.n ?? 0;
}

/** The comment settings for the settings form: editors and admins. */
export async function getCommentSettingsForEditing(db: Database, session: SessionRef): Promise<Result<CommentSettings>> {
  const actor = await loadActor(db, session);
  if (!actor) return refuse(401, tEditorial.errors.signedOut);
  if (!can.manageCommentSettings(actor)) return refuse(403, tEditorial.errors.forbidden);
  return { ok: true, value: await readCommentSettings(db) };
}

/** A post's own comment choice and the site's default, for the post editor; null when the user may not change it. */
export async function getPostCommentSetting(
  db: Database,
  session: SessionRef,
  postId: number,
): Promise<{ commentsOpen: boolean | null; siteDefault: boolean; pending: number; total: number } | null> {
  const actor = await loadActor(db, session);
  if (!actor) return null;
  const [post] = await db.select({ authorId: posts.authorId, commentsOpen: posts.commentsOpen }).from(posts).where(eq(posts.id, postId));
  if (!post || !can.moderateComments(actor, post)) return null;
  const [settings, counts] = await Promise.all([
    readCommentSettings(db),
    db
      .select({ pending: sql<number>`count(*) filter (where ${comments.status} = 'pending')::int`, total: count() })
      .from(comments)
      .where(eq(comments.postId, postId)),
  ]);
  return { commentsOpen: post.commentsOpen, siteDefault: settings.defaultOpen, pending: counts[0]?.pending ?? 0, total: counts[0]?.total ?? 0 };
}

/** The id of the published post a comment form posts to, or null. */
export async function findCommentablePostId(db: Database, slug: string): Promise<number | null> {
  const [row] = await db.select({ id: posts.id }).from(posts).where(and(eq(posts.slug, slug), readerVisibleAndDue));
  return row?.id ?? null;
}
