// Pages beside posts (Datenschutz, Leichte Sprache, …): created and edited by editors and admins only.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { deEditorial } from "@/lib/i18n/de";
import { isAllowedPageSlug } from "@/lib/pages";
import { can } from "@/lib/permissions";
import { slugFromTitle } from "@/lib/slug";
import type { Database } from "../client";
import { pages, pageStatus } from "../schema";
import { loadActor, refuse, withSlugClashRefused, type Result, type SessionRef } from "./actor";

const m = deEditorial.errors;
const p = deEditorial.pages;

export const pageInputSchema = z.object({
  title: z.string().trim().min(1, m.titleRequired).max(200, m.titleTooLong),
  slug: z.string().trim(),
  body: z.string().max(200_000, p.bodyTooLong),
  status: z.enum(pageStatus.enumValues),
});

export type PageInput = z.infer<typeof pageInputSchema>;

async function authorise(db: Database, session: SessionRef): Promise<Result<null>> {
  const actor = await loadActor(db, session);
  if (!actor) return refuse(401, m.signedOut);
  if (!can.managePages(actor)) return refuse(403, m.forbidden);
  return { ok: true, value: null };
}

function parse(raw: unknown): Result<PageInput> {
  const parsed = pageInputSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return refuse(422, m.invalid, fieldErrors);
  }
  const slug = parsed.data.slug || slugFromTitle(parsed.data.title);
  if (!isAllowedPageSlug(slug)) return refuse(422, m.invalid, { slug: slug ? m.slugReserved : m.slugInvalid });
  return { ok: true, value: { ...parsed.data, slug } };
}


export async function createPage(db: Database, session: SessionRef, raw: unknown): Promise<Result<{ id: number; slug: string }>> {
  const allowed = await authorise(db, session);
  if (!allowed.ok) return allowed;
  const input = parse(raw);
  if (!input.ok) return input;
  return withSlugClashRefused(async () => {
    const [row] = await db.insert(pages).values(input.value).returning({ id: pages.id, slug: pages.slug });
    return { ok: true, value: row! };
  });
}

export async function updatePage(
  db: Database,
  session: SessionRef,
  id: number,
  raw: unknown,
): Promise<Result<{ id: number; slug: string }>> {
  const allowed = await authorise(db, session);
  if (!allowed.ok) return allowed;
  const input = parse(raw);
  if (!input.ok) return input;
  return withSlugClashRefused(async () => {
    const [row] = await db
      .update(pages)
      .set({ ...input.value, updatedAt: new Date() })
      .where(eq(pages.id, id))
      .returning({ id: pages.id, slug: pages.slug });
    return row ? { ok: true, value: row } : refuse(404, p.notFound);
  });
}
