// Pages beside posts (Datenschutz, Leichte Sprache, …): created and edited by editors and admins only, each save
// versioned and kept as a revision through the same code as posts (./revisions).
import "server-only";
import { eq } from "drizzle-orm";
import { withoutNul } from "@/lib/input-text";
import { z } from "zod";
import { tEditorial } from "@/lib/i18n";
import { isAllowedPageSlug } from "@/lib/pages";
import { can, type Actor } from "@/lib/permissions";
import { slugFromTitle } from "@/lib/slug";
import type { Database } from "../client";
import { pages, pageStatus, type Page } from "../schema";
import { loadActor, refuse, withSlugClashRefused, type Result, type SessionRef } from "./actor";
import { findRevision, recordRevision, writeVersioned, type Tx } from "./revisions";

const m = tEditorial.errors;
const p = tEditorial.pages;

export const MAX_PAGE_BODY_LENGTH = 200_000;

export const pageInputSchema = z.object({
  title: z.string().trim().min(1, m.titleRequired).max(200, m.titleTooLong),
  slug: z.string().trim(),
  body: z.string().max(MAX_PAGE_BODY_LENGTH, p.bodyTooLong),
  status: z.enum(pageStatus.enumValues, { error: p.statusInvalid }),
});

export type PageInput = z.infer<typeof pageInputSchema>;

export type SavedPage = { id: number; slug: string; version: number };

async function authorise(db: Database, session: SessionRef): Promise<Result<Actor>> {
  const actor = await loadActor(db, session);
  if (!actor) return refuse(401, m.signedOut);
  if (!can.managePages(actor)) return refuse(403, m.forbidden);
  return { ok: true, value: actor };
}

function parse(raw: unknown): Result<PageInput> {
  const parsed = pageInputSchema.safeParse(withoutNul(raw));
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? "title")] ??= issue.message;
    return refuse(422, m.invalid, fieldErrors);
  }
  const slug = parsed.data.slug || slugFromTitle(parsed.data.title);
  if (!isAllowedPageSlug(slug)) return refuse(422, m.invalid, { slug: slug ? m.slugReserved : m.slugInvalid });
  return { ok: true, value: { ...parsed.data, slug } };
}

function keep(tx: Tx, page: Page, editorId: number): Promise<void> {
  return recordRevision(tx, "page", page.id, editorId, {
    version: page.version,
    title: page.title,
    slug: page.slug,
    body: page.body,
    status: page.status,
    details: {},
  });
}

export async function createPage(db: Database, session: SessionRef, raw: unknown): Promise<Result<SavedPage>> {
  const allowed = await authorise(db, session);
  if (!allowed.ok) return allowed;
  const input = parse(raw);
  if (!input.ok) return input;
  return withSlugClashRefused(() =>
    db.transaction(async (tx) => {
      const [page] = await tx.insert(pages).values(input.value).returning();
      await keep(tx, page!, allowed.value.id);
      return { ok: true as const, value: { id: page!.id, slug: page!.slug, version: page!.version } };
    }),
  );
}

/** Saves over the version the editor started from; a save based on an older version is refused (409), never merged. */
export async function updatePage(
  db: Database,
  session: SessionRef,
  id: number,
  expectedVersion: number,
  raw: unknown,
): Promise<Result<SavedPage>> {
  const allowed = await authorise(db, session);
  if (!allowed.ok) return allowed;
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) return refuse(404, p.notFound);
  const [current] = await db.select({ version: pages.version }).from(pages).where(eq(pages.id, id));
  if (!current) return refuse(404, p.notFound);
  if (!Number.isInteger(expectedVersion) || current.version !== expectedVersion) return refuse(409, m.pageStale);
  const input = parse(raw);
  if (!input.ok) return input;
  return withSlugClashRefused(() =>
    db.transaction(async (tx) => {
      const updated = await writeVersioned(tx, "page", id, expectedVersion, input.value);
      if (!updated) return refuse(409, m.pageStale);
      await keep(tx, updated, allowed.value.id);
      return { ok: true as const, value: { id: updated.id, slug: updated.slug, version: updated.version } };
    }),
  );
}

/** Brings back an earlier revision's title, address and text as a new save; the page's status stays as it is. */
export async function restorePageRevision(
  db: Database,
  session: SessionRef,
  pageId: number,
  revisionId: number,
  expectedVersion: number,
): Promise<Result<SavedPage>> {
  const allowed = await authorise(db, session);
  if (!allowed.ok) return allowed;
  if (!Number.isInteger(pageId) || pageId <= 0 || pageId > 2_147_483_647) return refuse(404, p.notFound);
  const [current] = await db.select({ status: pages.status }).from(pages).where(eq(pages.id, pageId));
  if (!current) return refuse(404, p.notFound);
  const revision = await findRevision(db, "page", pageId, revisionId);
  if (!revision) return refuse(404, m.revisionUnknown);
  return updatePage(db, session, pageId, expectedVersion, {
    title: revision.title,
    slug: revision.slug,
    body: revision.body,
    status: current.status,
  });
}
