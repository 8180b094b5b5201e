// Every write to the footer's own links: editors and admins only; the fixed legal links are no rows and stay.
import "server-only";
import { asc, count, desc, eq, gt, lt, max } from "drizzle-orm";
import { withoutNul } from "@/lib/input-text";
import { z } from "zod";
import { checkExternalUrl, checkInternalPath, MAX_FOOTER_LABEL_LENGTH, MAX_FOOTER_LINKS, type TargetCheck } from "@/lib/footer";
import { tEditorial } from "@/lib/i18n";
import { FIXED_PAGE_SLUGS } from "@/lib/pages";
import { can, type Actor } from "@/lib/permissions";
import type { Database } from "../client";
import { categories, footerLinkKind, footerLinks, pages } from "../schema";
import { loadActor, refuse, type Result, type SessionRef } from "./actor";

const n = tEditorial.footer;
const m = tEditorial.errors;

const optionalId = z.preprocess(
  (value) => (value === "" || value === null || value === undefined ? null : Number(value)),
  z.number().int().positive().max(2_147_483_647).nullable(),
);

export const footerLinkInputSchema = z.object({
  label: z.string(n.labelRequired).trim().min(1, n.labelRequired).max(MAX_FOOTER_LABEL_LENGTH, n.labelTooLong),
  kind: z.enum(footerLinkKind.enumValues, { error: n.kindInvalid }),
  path: z.string().max(5_000, n.tooLong).default(""),
  url: z.string().max(5_000, n.tooLong).default(""),
  pageId: optionalId.catch(-1),
  categoryId: optionalId.catch(-1),
});

export type FooterLinkInput = z.input<typeof footerLinkInputSchema>;

type Columns = Pick<typeof footerLinks.$inferInsert, "label" | "kind" | "target" | "pageId" | "categoryId">;

async function authorise(db: Database, session: SessionRef): Promise<Result<Actor>> {
  const actor = await loadActor(db, session);
  if (!actor) return refuse(401, m.signedOut);
  if (!can.manageNavigation(actor)) return refuse(403, m.forbidden);
  return { ok: true, value: actor };
}

function targetProblem(check: Extract<TargetCheck, { ok: false }>, kind: "path" | "url"): string {
  if (check.problem === "tooLong") return n.tooLong;
  if (check.problem === "fixed") return n.fixed;
  return kind === "path" ? (check.problem === "empty" ? n.pathEmpty : n.pathFormat) : n.urlFormat;
}

/** Parses the form and checks that the chosen target exists: only the field of the chosen kind counts. */
async function parse(db: Database, raw: unknown): Promise<Result<Columns>> {
  const parsed = footerLinkInputSchema.safeParse(withoutNul(raw));
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? "label")] ??= issue.message;
    return refuse(422, m.invalid, fieldErrors);
  }
  const input = parsed.data;
  const base = { label: input.label, kind: input.kind, target: "", pageId: null, categoryId: null };
  switch (input.kind) {
    case "path": {
      const checked = checkInternalPath(input.path);
      return checked.ok ? { ok: true, value: { ...base, target: checked.value } } : refuse(422, m.invalid, { path: targetProblem(checked, "path") });
    }
    case "url": {
      const checked = checkExternalUrl(input.url);
      return checked.ok ? { ok: true, value: { ...base, target: checked.value } } : refuse(422, m.invalid, { url: targetProblem(checked, "url") });
    }
    case "page": {
      const [page] = input.pageId ? await db.select({ id: pages.id, slug: pages.slug }).from(pages).where(eq(pages.id, input.pageId)) : [];
      if (!page) return refuse(422, m.invalid, { pageId: n.pageUnknown });
      if ((FIXED_PAGE_SLUGS as readonly string[]).includes(page.slug)) return refuse(422, m.invalid, { pageId: n.pageFixed });
      return { ok: true, value: { ...base, pageId: page.id } };
    }
    case "category": {
      const [category] = input.categoryId
        ? await db.select({ id: categories.id }).from(categories).where(eq(categories.id, input.categoryId))
        : [];
      if (!category) return refuse(422, m.invalid, { categoryId: n.categoryUnknown });
      return { ok: true, value: { ...base, categoryId: category.id } };
    }
  }
}

function validId(id: number): boolean {
  return Number.isInteger(id) && id > 0 && id <= 2_147_483_647;
}

export async function createFooterLink(db: Database, session: SessionRef, raw: unknown): Promise<Result<{ id: number }>> {
  const allowed = await authorise(db, session);
  if (!allowed.ok) return allowed;
  const input = await parse(db, raw);
  if (!input.ok) return input;
  return db.transaction(async (tx) => {
    const [stats] = await tx.select({ links: count(), last: max(footerLinks.position) }).from(footerLinks);
    if ((stats?.links ?? 0) >= MAX_FOOTER_LINKS) return refuse(422, n.tooMany);
    const [row] = await tx
      .insert(footerLinks)
      .values({ ...input.value, position: (stats?.last ?? -1) + 1 })
      .returning({ id: footerLinks.id });
    return { ok: true as const, value: row! };
  });
}

export async function updateFooterLink(db: Database, session: SessionRef, id: number, raw: unknown): Promise<Result<{ id: number }>> {
  const allowed = await authorise(db, session);
  if (!allowed.ok) return allowed;
  if (!validId(id)) return refuse(404, n.notFound);
  const input = await parse(db, raw);
  if (!input.ok) return input;
  const [row] = await db
    .update(footerLinks)
    .set({ ...input.value, updatedAt: new Date() })
    .where(eq(footerLinks.id, id))
    .returning({ id: footerLinks.id });
  return row ? { ok: true, value: row } : refuse(404, n.notFound);
}

/** Swaps the link with its neighbour; at either end it stays where it is. */
export async function moveFooterLink(
  db: Database,
  session: SessionRef,
  id: number,
  direction: unknown,
): Promise<Result<{ id: number }>> {
  const allowed = await authorise(db, session);
  if (!allowed.ok) return allowed;
  if (direction !== "up" && direction !== "down") return refuse(400, n.directionInvalid);
  if (!validId(id)) return refuse(404, n.notFound);
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(footerLinks).where(eq(footerLinks.id, id));
    if (!current) return refuse(404, n.notFound);
    const [neighbour] = await tx
      .select()
      .from(footerLinks)
      .where(direction === "up" ? lt(footerLinks.position, current.position) : gt(footerLinks.position, current.position))
      .orderBy(direction === "up" ? desc(footerLinks.position) : asc(footerLinks.position))
      .limit(1);
    if (neighbour) {
      await tx.update(footerLinks).set({ position: neighbour.position }).where(eq(footerLinks.id, current.id));
      await tx.update(footerLinks).set({ position: current.position }).where(eq(footerLinks.id, neighbour.id));
    }
    return { ok: true as const, value: { id } };
  });
}

export async function deleteFooterLink(db: Database, session: SessionRef, id: number): Promise<Result<{ id: number }>> {
  const allowed = await authorise(db, session);
  if (!allowed.ok) return allowed;
  if (!validId(id)) return refuse(404, n.notFound);
  const [row] = await db.delete(footerLinks).where(eq(footerLinks.id, id)).returning({ id: footerLinks.id });
  return row ? { ok: true, value: row } : refuse(404, n.notFound);
}
