// Categories and series: created, renamed, reordered and deleted by editors and admins only.
import { and, asc, count, eq, gt, lt, desc, sql } from "drizzle-orm";
import { withoutNul } from "@/lib/input-text";
import { z } from "zod";
import { can } from "@/lib/permissions";
import { deEditorial } from "@/lib/i18n/de";
import { isValidSlug, RESERVED_SLUGS, slugFromTitle } from "@/lib/slug";
import type { Database } from "../client";
import { categories, postCategories, posts, series } from "../schema";
import { loadActor, refuse, withSlugClashRefused, type Result, type SessionRef } from "./actor";

const m = deEditorial.errors;
const tx = deEditorial.taxonomy;

const taxonomyInputSchema = z.object({
  name: z.string().trim().min(1, tx.nameRequired).max(120, tx.nameRequired),
  slug: z
    .string()
    .trim()
    .refine((slug) => slug === "" || isValidSlug(slug), m.slugInvalid)
    .refine((slug) => !RESERVED_SLUGS.has(slug), m.slugReserved),
  description: z.string().trim().max(600, tx.descriptionTooLong),
});

type TaxonomyInput = z.infer<typeof taxonomyInputSchema>;

async function authorise(db: Database, session: SessionRef): Promise<Result<null>> {
  const actor = await loadActor(db, session);
  if (!actor) return refuse(401, m.signedOut);
  if (!can.manageTaxonomy(actor)) return refuse(403, m.forbidden);
  return { ok: true, value: null };
}

function parse(raw: unknown): Result<TaxonomyInput & { slug: string }> {
  const parsed = taxonomyInputSchema.safeParse(withoutNul(raw));
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return refuse(422, m.invalid, fieldErrors);
  }
  const slug = parsed.data.slug || slugFromTitle(parsed.data.name);
  if (!slug) return refuse(422, m.invalid, { slug: m.slugInvalid });
  if (RESERVED_SLUGS.has(slug)) return refuse(422, m.invalid, { slug: m.slugReserved });
  return { ok: true, value: { ...parsed.data, slug } };
}


export async function createCategory(db: Database, session: SessionRef, raw: unknown): Promise<Result<{ id: number }>> {
  const allowed = await authorise(db, session);
  if (!allowed.ok) return allowed;
  const input = parse(raw);
  if (!input.ok) return input;
  const [last] = await db.select({ sortOrder: categories.sortOrder }).from(categories).orderBy(desc(categories.sortOrder)).limit(1);
  return withSlugClashRefused(async () => {
    const [row] = await db
      .insert(categories)
      .values({ ...input.value, sortOrder: (last?.sortOrder ?? -1) + 1 })
      .returning({ id: categories.id });
    return { ok: true, value: row! };
  });
}

export async function updateCategory(db: Database, session: SessionRef, id: number, raw: unknown): Promise<Result<{ id: number }>> {
  const allowed = await authorise(db, session);
  if (!allowed.ok) return allowed;
  const input = parse(raw);
  if (!input.ok) return input;
  return withSlugClashRefused(async () => {
    const [row] = await db
      .update(categories)
      .set({ ...input.value, updatedAt: new Date() })
      .where(eq(categories.id, id))
      .returning({ id: categories.id });
    return row ? { ok: true, value: row } : refuse(404, tx.notFound);
  });
}

/** Swaps a category with its neighbour in the navigation order. */
export async function moveCategory(db: Database, session: SessionRef, id: number, direction: "up" | "down"): Promise<Result<{ id: number }>> {
  const allowed = await authorise(db, session);
  if (!allowed.ok) return allowed;
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(categories).where(eq(categories.id, id));
    if (!current) return refuse(404, deEditorial.taxonomy.notFound);
    const [neighbour] = await tx
      .select()
      .from(categories)
      .where(direction === "up" ? lt(categories.sortOrder, current.sortOrder) : gt(categories.sortOrder, current.sortOrder))
      .orderBy(direction === "up" ? desc(categories.sortOrder) : asc(categories.sortOrder))
      .limit(1);
    if (!neighbour) return { ok: true as const, value: { id } };
    await tx.update(categories).set({ sortOrder: neighbour.sortOrder }).where(eq(categories.id, current.id));
    await tx.update(categories).set({ sortOrder: current.sortOrder }).where(eq(categories.id, neighbour.id));
    return { ok: true as const, value: { id } };
  });
}

/** Deletes a category that holds no posts, or first moves its posts to another category. */
export async function deleteCategory(
  db: Database,
  session: SessionRef,
  id: number,
  reassignTo: number | null,
): Promise<Result<{ moved: number }>> {
  const allowed = await authorise(db, session);
  if (!allowed.ok) return allowed;
  const [found] = await db.select({ id: categories.id }).from(categories).where(eq(categories.id, id));
  if (!found) return refuse(404, tx.notFound);
  const [usage] = await db.select({ n: count() }).from(postCategories).where(eq(postCategories.categoryId, id));
  const inUse = usage?.n ?? 0;
  if (inUse > 0 && reassignTo === null) return refuse(409, tx.stillInUse(inUse), { reassignTo: tx.chooseTarget });
  if (reassignTo !== null) {
    if (reassignTo === id) return refuse(422, m.invalid, { reassignTo: tx.chooseTarget });
    const [target] = await db.select({ id: categories.id }).from(categories).where(eq(categories.id, reassignTo));
    if (!target) return refuse(422, m.invalid, { reassignTo: tx.chooseTarget });
  }
  await db.transaction(async (t) => {
    if (reassignTo !== null) {
      // Posts that already have the target category keep their one link; the others get it at the old position.
      await t.execute(sql`
        insert into ${postCategories} (post_id, category_id, position)
        select post_id, ${reassignTo}, position from ${postCategories} where category_id = ${id}
        on conflict do nothing`);
    }
    await t.delete(categories).where(eq(categories.id, id));
  });
  return { ok: true, value: { moved: inUse } };
}

export async function createSeries(db: Database, session: SessionRef, raw: unknown): Promise<Result<{ id: number }>> {
  const allowed = await authorise(db, session);
  if (!allowed.ok) return allowed;
  const input = parse(raw);
  if (!input.ok) return input;
  return withSlugClashRefused(async () => {
    const [row] = await db
      .insert(series)
      .values({ title: input.value.name, slug: input.value.slug, description: input.value.description })
      .returning({ id: series.id });
    return { ok: true, value: row! };
  });
}

export async function updateSeries(db: Database, session: SessionRef, id: number, raw: unknown): Promise<Result<{ id: number }>> {
  const allowed = await authorise(db, session);
  if (!allowed.ok) return allowed;
  const input = parse(raw);
  if (!input.ok) return input;
  return withSlugClashRefused(async () => {
    const [row] = await db
      .update(series)
      .set({ title: input.value.name, slug: input.value.slug, description: input.value.description, updatedAt: new Date() })
      .where(eq(series.id, id))
      .returning({ id: series.id });
    return row ? { ok: true, value: row } : refuse(404, tx.notFound);
  });
}

/** Deletes an empty series, or first moves its parts into another series (keeping their part numbers). */
export async function deleteSeries(
  db: Database,
  session: SessionRef,
  id: number,
  reassignTo: number | null,
): Promise<Result<{ moved: number }>> {
  const allowed = await authorise(db, session);
  if (!allowed.ok) return allowed;
  const [found] = await db.select({ id: series.id }).from(series).where(eq(series.id, id));
  if (!found) return refuse(404, tx.notFound);
  const [usage] = await db.select({ n: count() }).from(posts).where(eq(posts.seriesId, id));
  const inUse = usage?.n ?? 0;
  if (inUse > 0 && reassignTo === null) return refuse(409, tx.stillInUse(inUse), { reassignTo: tx.chooseTarget });
  if (reassignTo !== null) {
    const [target] = await db.select({ id: series.id }).from(series).where(and(eq(series.id, reassignTo)));
    if (!target || reassignTo === id) return refuse(422, m.invalid, { reassignTo: tx.chooseTarget });
  }
  await db.transaction(async (t) => {
    if (reassignTo !== null) await t.update(posts).set({ seriesId: reassignTo }).where(eq(posts.seriesId, id));
    await t.delete(series).where(eq(series.id, id));
  });
  return { ok: true, value: { moved: inUse } };
}
