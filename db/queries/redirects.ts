// Old addresses, answered in proxy.ts before any page renders (301 or 410), and the redirect manager's lists.
import "server-only";
import { and, desc, eq, ilike, or, sql } from "drizzle-orm";
import { applySuffix, suffixRule, uploadOriginalPath } from "@/lib/redirect-paths";
import { can } from "@/lib/permissions";
import { shortLivedCache } from "@/lib/short-lived-cache";
import type { Database } from "../client";
import { loadActor, type SessionRef } from "../mutations/actor";
import { notFoundLog, posts, redirects, type RedirectOrigin } from "../schema";
import { readerVisibleAndDue } from "./visibility";

export type RedirectAnswer = { kind: "gone"; id: number } | { kind: "moved"; id: number; target: string } | null;

/** One lookup by the unique source path (plus the post a post-bound row follows). */
async function lookup(db: Database, path: string): Promise<RedirectAnswer> {
  const [row] = await db
    .select({
      id: redirects.id,
      status: redirects.status,
      target: redirects.targetPath,
      postId: redirects.postId,
      current: posts.slug,
      visible: sql<boolean>`coalesce(${readerVisibleAndDue}, false)`,
    })
    .from(redirects)
    .leftJoin(posts, eq(posts.id, redirects.postId))
    .where(eq(redirects.sourcePath, path));
  if (!row) return null;
  if (row.status === 410) return { kind: "gone", id: row.id };
  if (row.postId === null) return row.target && row.target !== path ? { kind: "moved", id: row.id, target: row.target } : null;
  // A post that is not public (unpublished, in the trash, scheduled) keeps its secret: the old address is not found.
  const target = `/artikel/${row.current}`;
  return row.visible && target !== path ? { kind: "moved", id: row.id, target } : null;
}

/**
 * Where an old address leads, `path` normalised (lib/redirect-paths.ts): its own row; else, for an upload's size
 * variant, the original's; else WordPress's `…/page/<n>` and `…/feed` shapes on top of the base's answer.
 */
export async function findRedirect(db: Database, path: string): Promise<RedirectAnswer> {
  const own = await lookup(db, path);
  if (own) return own;
  const original = uploadOriginalPath(path);
  if (original) return lookup(db, original);
  const rule = suffixRule(path);
  if (!rule) return null;
  if (rule.base === "/") return { kind: "moved", id: 0, target: applySuffix("/", rule.suffix) };
  const base = await lookup(db, rule.base);
  if (!base || base.kind === "gone") return base;
  return { kind: "moved", id: base.id, target: applySuffix(base.target, rule.suffix) };
}

// The proxy asks this before every article request and every address that is none of Blattwerk's, and nearly every
// answer repeats: it is remembered for a few seconds per process. Changes clear it in the process that made them
// (forgetRedirects); other instances see them at most that much later, and meanwhile the article page itself
// redirects a renamed post (getMovedPostSlug) and shows a deleted one as not found.
const remembered = shortLivedCache<RedirectAnswer>({ name: "redirects", ttlMs: 5_000, maxEntries: 10_000 });

export function findRedirectRemembered(db: () => Promise<Database>, path: string): Promise<RedirectAnswer> {
  return remembered.get(path, async () => findRedirect(await db(), path));
}

/** Beyond this many, the set is not kept and every article address is looked up on its own, as before. */
const MAX_REMEMBERED_ARTICLE_SOURCES = 50_000;

// Which /artikel/ addresses have a row at all. With a long tail of articles most lookups above are misses that reach
// the database (the load run: one query per article request); the set is small (renamed and deleted posts, and old
// addresses that had this shape) and answers "no row" from memory. Remembered and cleared like the answers above.
const articleSources = shortLivedCache<Set<string> | null>({ name: "redirects.articles", ttlMs: 5_000, maxEntries: 1 });

async function loadArticleSources(db: Database): Promise<Set<string> | null> {
  const rows = await db
    .select({ path: redirects.sourcePath })
    .from(redirects)
    .where(sql`${redirects.sourcePath} like '/artikel/%'`)
    .limit(MAX_REMEMBERED_ARTICLE_SOURCES + 1);
  return rows.length > MAX_REMEMBERED_ARTICLE_SOURCES ? null : new Set(rows.map((row) => row.path));
}

/** findRedirectRemembered for an article's address (`/artikel/<slug>`), without a query when it has no row. */
export async function findArticleRedirectRemembered(db: () => Promise<Database>, path: string): Promise<RedirectAnswer> {
  const sources = await articleSources.get("all", async () => loadArticleSources(await db()));
  // Only the address's own row can answer it, unless it has a shape findRedirect also follows to another row.
  if (sources && !sources.has(path) && !uploadOriginalPath(path) && !suffixRule(path)) return null;
  return findRedirectRemembered(db, path);
}

export function forgetRedirects(): void {
  remembered.clear();
  articleSources.clear();
}

export const REDIRECTS_PER_PAGE = 50;

export type RedirectRow = {
  id: number;
  sourcePath: string;
  targetPath: string;
  status: 301 | 410;
  origin: RedirectOrigin;
  hits: number;
  lastHitAt: Date | null;
  updatedAt: Date;
};

async function mayManage(db: Database, session: SessionRef): Promise<boolean> {
  const actor = await loadActor(db, session);
  return Boolean(actor && can.manageRedirects(actor));
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

const rowColumns = {
  id: redirects.id,
  sourcePath: redirects.sourcePath,
  // A post-bound row shows where it leads now.
  targetPath: sql<string>`case when ${redirects.postId} is not null and ${redirects.status} = 301 then '/artikel/' || ${posts.slug} else ${redirects.targetPath} end`,
  status: sql<301 | 410>`${redirects.status}`,
  origin: redirects.origin,
  hits: redirects.hits,
  lastHitAt: redirects.lastHitAt,
  updatedAt: redirects.updatedAt,
};

/** Editors and admins: newest change first, filtered by a part of either path; null for anyone else. */
export async function listRedirects(
  db: Database,
  session: SessionRef,
  { filter = "", page = 1 }: { filter?: string; page?: number },
): Promise<{ rows: RedirectRow[]; total: number; pages: number } | null> {
  if (!(await mayManage(db, session))) return null;
  const needle = filter.trim().slice(0, 200);
  const where = needle ? or(ilike(redirects.sourcePath, `%${escapeLike(needle)}%`), ilike(redirects.targetPath, `%${escapeLike(needle)}%`)) : undefined;
  const [counted] = await db.select({ n: sql<number>`count(*)::int` }).from(redirects).where(where);
  const total = counted?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / REDIRECTS_PER_PAGE));
  const rows = await db
    .select(rowColumns)
    .from(redirects)
    .leftJoin(posts, eq(posts.id, redirects.postId))
    .where(where)
    .orderBy(desc(redirects.updatedAt), desc(redirects.id))
    .limit(REDIRECTS_PER_PAGE)
    .offset((Math.min(page, pages) - 1) * REDIRECTS_PER_PAGE);
  return { rows, total, pages };
}

/** One redirect for its edit form; null when it does not exist or the user may not manage redirects. */
export async function getRedirect(db: Database, session: SessionRef, id: number): Promise<RedirectRow | null> {
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) return null;
  if (!(await mayManage(db, session))) return null;
  const [row] = await db.select(rowColumns).from(redirects).leftJoin(posts, eq(posts.id, redirects.postId)).where(eq(redirects.id, id));
  return row ?? null;
}

export const NOT_FOUND_PER_PAGE = 50;

export type NotFoundRow = { id: number; path: string; hits: number; referrerHost: string; lastSeenAt: Date };

/** Missing reader addresses, most frequent first, without those a redirect now answers; editors and admins only. */
export async function listNotFound(
  db: Database,
  session: SessionRef,
  { page = 1 }: { page?: number },
): Promise<{ rows: NotFoundRow[]; total: number; pages: number } | null> {
  if (!(await mayManage(db, session))) return null;
  const unanswered = sql`not exists (select 1 from ${redirects} where ${redirects.sourcePath} = ${notFoundLog.path})`;
  const [counted] = await db.select({ n: sql<number>`count(*)::int` }).from(notFoundLog).where(unanswered);
  const total = counted?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / NOT_FOUND_PER_PAGE));
  const rows = await db
    .select({ id: notFoundLog.id, path: notFoundLog.path, hits: notFoundLog.hits, referrerHost: notFoundLog.referrerHost, lastSeenAt: notFoundLog.lastSeenAt })
    .from(notFoundLog)
    .where(and(unanswered))
    .orderBy(desc(notFoundLog.hits), desc(notFoundLog.lastSeenAt), notFoundLog.id)
    .limit(NOT_FOUND_PER_PAGE)
    .offset((Math.min(page, pages) - 1) * NOT_FOUND_PER_PAGE);
  return { rows, total, pages };
}
