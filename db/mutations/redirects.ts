// Every write to the redirect table: the manager's (editors and admins), the post-bound rows renames and deletions
// leave behind, and an import's. Chains are collapsed when written, so every lookup is one row: A→B with B→C stored
// is A→C, and adding B→C turns an existing A→B into A→C. Loops are refused; targets are local paths only.
import "server-only";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { z } from "zod";
import { tEditorial } from "@/lib/i18n";
import { withoutNul } from "@/lib/input-text";
import { can, type Actor } from "@/lib/permissions";
import { isRedirectableSource, localTarget, normaliseRedirectPath } from "@/lib/redirect-paths";
import type { Database } from "../client";
import { posts, redirects, type RedirectOrigin } from "../schema";
import { isUniqueViolation, loadActor, refuse, type Result, type SessionRef } from "./actor";
import type { Tx } from "./revisions";

const r = tEditorial.redirects;
const m = tEditorial.errors;

export const redirectInputSchema = z.object({
  source: z.string().max(2_000, r.sourceInvalid).default(""),
  status: z.enum(["301", "410"], { error: r.kindInvalid }),
  target: z.string().max(2_000, r.targetInvalid).default(""),
});

export type RedirectInput = z.input<typeof redirectInputSchema>;

type Columns = { sourcePath: string; targetPath: string; status: 301 | 410; postId: number | null };

async function authorise(db: Database, session: SessionRef): Promise<Result<Actor>> {
  const actor = await loadActor(db, session);
  if (!actor) return refuse(401, m.signedOut);
  if (!can.manageRedirects(actor)) return refuse(403, m.forbidden);
  return { ok: true, value: actor };
}

const ARTICLE_PATH = /^\/artikel\/([^/?]+)$/;

/** Where a target really ends: a post's address is bound to the post, a redirected address to its redirect's end. */
async function resolveTarget(db: Database | Tx, source: string, target: string): Promise<Result<{ targetPath: string; postId: number | null }>> {
  const [next] = await db
    .select({ status: redirects.status, targetPath: redirects.targetPath, postId: redirects.postId, current: posts.slug })
    .from(redirects)
    .leftJoin(posts, eq(posts.id, redirects.postId))
    .where(eq(redirects.sourcePath, target));
  let end = { targetPath: target, postId: null as number | null };
  if (next && next.status === 301) end = next.postId !== null ? { targetPath: `/artikel/${next.current}`, postId: next.postId } : { targetPath: next.targetPath, postId: null };
  if (end.targetPath === source) return refuse(422, m.invalid, { target: r.loop });
  if (end.postId === null) {
    const article = ARTICLE_PATH.exec(end.targetPath);
    if (article) {
      const [post] = await db.select({ id: posts.id }).from(posts).where(eq(posts.slug, article[1]!));
      if (post) end = { targetPath: end.targetPath, postId: post.id };
    }
  }
  return { ok: true, value: end };
}

async function parse(db: Database | Tx, raw: unknown): Promise<Result<Columns>> {
  const parsed = redirectInputSchema.safeParse(withoutNul(raw));
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path[0] === "status" ? "status" : String(issue.path[0] ?? "source")] ??= issue.message;
    return refuse(422, m.invalid, fieldErrors);
  }
  const input = parsed.data;
  const sourcePath = normaliseRedirectPath(input.source);
  if (sourcePath === null || sourcePath === "/") return refuse(422, m.invalid, { source: r.sourceInvalid });
  if (!isRedirectableSource(sourcePath)) return refuse(422, m.invalid, { source: r.sourceOwn });
  if (input.status === "410") return { ok: true, value: { sourcePath, targetPath: "", status: 410, postId: null } };
  const target = localTarget(input.target);
  if (target === null) return refuse(422, m.invalid, { target: r.targetInvalid });
  if (target === sourcePath) return refuse(422, m.invalid, { target: r.targetSame });
  const end = await resolveTarget(db, sourcePath, target);
  if (!end.ok) return end;
  return { ok: true, value: { sourcePath, status: 301, ...end.value } };
}

/** Rows that led to `source` now lead where it leads: the chain is one step again. */
async function collapseOnto(tx: Tx, id: number, columns: Columns): Promise<void> {
  if (columns.status !== 301) return;
  await tx
    .update(redirects)
    .set({ targetPath: columns.targetPath, postId: columns.postId, updatedAt: new Date() })
    .where(and(eq(redirects.targetPath, columns.sourcePath), isNull(redirects.postId), ne(redirects.id, id), ne(redirects.sourcePath, columns.targetPath)));
}

export type SavedRedirect = { id: number; targetPath: string; collapsed: boolean };

export async function createRedirect(db: Database, session: SessionRef, raw: unknown): Promise<Result<SavedRedirect>> {
  const allowed = await authorise(db, session);
  if (!allowed.ok) return allowed;
  const input = await parse(db, raw);
  if (!input.ok) return input;
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx.insert(redirects).values({ ...input.value, origin: "hand" }).returning({ id: redirects.id });
      await collapseOnto(tx, row!.id, input.value);
      return { ok: true as const, value: { id: row!.id, targetPath: input.value.targetPath, collapsed: collapsedFrom(raw, input.value) } };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return refuse(409, m.invalid, { source: r.sourceTaken });
    throw error;
  }
}

export async function updateRedirect(db: Database, session: SessionRef, id: number, raw: unknown): Promise<Result<SavedRedirect>> {
  const allowed = await authorise(db, session);
  if (!allowed.ok) return allowed;
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) return refuse(404, r.notFound);
  const input = await parse(db, raw);
  if (!input.ok) return input;
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .update(redirects)
        // Changed by hand: a rerun of the import leaves it as the editor set it.
        .set({ ...input.value, origin: "hand", updatedAt: new Date() })
        .where(eq(redirects.id, id))
        .returning({ id: redirects.id });
      if (!row) return refuse(404, r.notFound);
      await collapseOnto(tx, id, input.value);
      return { ok: true as const, value: { id, targetPath: input.value.targetPath, collapsed: collapsedFrom(raw, input.value) } };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return refuse(409, m.invalid, { source: r.sourceTaken });
    throw error;
  }
}

function collapsedFrom(raw: unknown, columns: Columns): boolean {
  if (columns.status !== 301) return false;
  const typed = typeof (raw as { target?: unknown })?.target === "string" ? localTarget((raw as { target: string }).target) : null;
  return typed !== null && typed !== columns.targetPath;
}

export async function deleteRedirect(db: Database, session: SessionRef, id: number): Promise<Result<{ id: number }>> {
  const allowed = await authorise(db, session);
  if (!allowed.ok) return allowed;
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) return refuse(404, r.notFound);
  const [row] = await db.delete(redirects).where(eq(redirects.id, id)).returning({ id: redirects.id });
  return row ? { ok: true, value: row } : refuse(404, r.notFound);
}

const articlePath = (slug: string) => `/artikel/${slug}`;

/** A post now answers under this slug: no redirect may take the address away from it. */
export async function freeArticleAddress(tx: Tx, slug: string): Promise<void> {
  await tx.delete(redirects).where(eq(redirects.sourcePath, articlePath(slug)));
}

/**
 * After a post changed its slug: the new address is the post's, a public post's old address leads to it (bound to
 * the post, so it follows later renames and keeps the post's secret when it goes offline), and whatever led to the
 * old address by hand leads straight to the new one.
 */
export async function keepRenamedPostAddress(tx: Tx, postId: number, oldSlug: string, newSlug: string, wasPublic: boolean): Promise<void> {
  await freeArticleAddress(tx, newSlug);
  if (oldSlug === newSlug) return;
  const now = new Date();
  if (wasPublic) {
    await tx
      .insert(redirects)
      .values({ sourcePath: articlePath(oldSlug), targetPath: articlePath(newSlug), status: 301, postId, origin: "rename" })
      .onConflictDoUpdate({ target: redirects.sourcePath, set: { targetPath: articlePath(newSlug), status: 301, postId, updatedAt: now } });
  }
  await tx.update(redirects).set({ targetPath: articlePath(newSlug), updatedAt: now }).where(and(eq(redirects.postId, postId), eq(redirects.status, 301)));
  await tx
    .update(redirects)
    .set({ targetPath: articlePath(newSlug), postId, updatedAt: now })
    .where(and(eq(redirects.targetPath, articlePath(oldSlug)), isNull(redirects.postId)));
}

/** Before a post is deleted for good: its address (when it was public) and every address leading to it are gone (410). */
export async function markPostGone(tx: Tx, postId: number, slug: string, wasPublished: boolean): Promise<void> {
  const now = new Date();
  await tx.update(redirects).set({ status: 410, targetPath: "", postId: null, updatedAt: now }).where(eq(redirects.postId, postId));
  if (wasPublished) {
    await tx
      .insert(redirects)
      .values({ sourcePath: articlePath(slug), targetPath: "", status: 410, postId: null, origin: "rename" })
      .onConflictDoUpdate({ target: redirects.sourcePath, set: { targetPath: "", status: 410, postId: null, updatedAt: now } });
  }
}

export type ImportedRedirect = { sourcePath: string; targetPath: string; postId: number | null };

/**
 * An import's old addresses, written in batches. A rerun changes nothing; a row an editor made or changed by hand
 * (origin "hand") or a renamed post's (origin "rename") is left as it is, and no address a post now answers under
 * is taken. Returns how many rows were written or changed.
 */
export async function saveImportedRedirects(db: Database | Tx, actor: Actor, rows: ImportedRedirect[], origin: RedirectOrigin = "import"): Promise<number> {
  if (actor.role !== "admin") return 0;
  let written = 0;
  for (let i = 0; i < rows.length; i += 500) {
    const batch = rows.slice(i, i + 500);
    const result = await db
      .insert(redirects)
      .values(batch.map((row) => ({ ...row, status: 301, origin })))
      .onConflictDoUpdate({
        target: redirects.sourcePath,
        set: { targetPath: sql`excluded.target_path`, postId: sql`excluded.post_id`, status: 301, updatedAt: new Date() },
        setWhere: sql`${redirects.origin} = 'import' and (${redirects.targetPath} is distinct from excluded.target_path or ${redirects.postId} is distinct from excluded.post_id or ${redirects.status} <> 301)`,
      })
      .returning({ id: redirects.id });
    written += result.length;
  }
  return written;
}
