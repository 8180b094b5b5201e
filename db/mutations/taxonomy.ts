// Categories and series: created, renamed, reordered and deleted by editors and admins only.
import "server-only";
import { and, asc, count, eq, gt, isNull, lt, desc, sql } from "drizzle-orm";
import { withoutNul } from "@/lib/input-text";
import { z } from "zod";
import { can } from "@/lib/permissions";
import { tEditorial, tTaxonomy } from "@/lib/i18n";
import { isValidSlug, RESERVED_SLUGS, slugFromTitle } from "@/lib/slug";
import type { Database } from "../client";
import { categories, postCategories, posts, series } from "../schema";
import { loadActor, refuse, withSlugClashRefused, type Refusal, type Result, type SessionRef } from "./actor";
import type { Tx } from "./revisions";

const m = tEditorial.errors;
const tax = tEditorial.taxonomy;

const taxonomyInputSchema = z.object({
  name: z.string().trim().min(1, tax.nameRequired).max(120, tax.nameRequired),
  slug: z
    .string()
    .trim()
    .refine((slug) => slug === "" || isValidSlug(slug), m.slugInvalid)
    .refine((slug) => !RESERVED_SLUGS.has(slug), m.slugReserved),
  description: z.string().trim().max(600, tax.descriptionTooLong),
  /** Categories only: "" or null for the top level; absent leaves an existing category's parent as it is. */
  parentId: z
    .union([z.literal(""), z.null(), z.coerce.number().int().positive().max(2_147_483_647)])
    .transform((value) => (value === "" ? null : value))
    .optional(),
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


/**
 * Subcategories have one level: the parent must be a top-level category other than the category itself, and a
 * category with children of its own stays at the top. Rows are locked first, so two saves at once cannot nest
 * two categories under each other.
 */
async function refuseBadParent(tx: Database | Tx, id: number | null, parentId: number | null): Promise<Refusal | null> {
  if (parentId === null) return null;
  const c = tTaxonomy.categories;
  if (parentId === id) return refuse(422, m.invalid, { parentId: c.parentSelf });
  await tx.execute(sql`select id from ${categories} where id in (${parentId}, ${id ?? parentId}) order by id for update`);
  const [parent] = await tx.select({ parentId: categories.parentId }).from(categories).where(eq(categories.id, parentId));
  if (!parent) return refuse(422, m.invalid, { parentId: c.parentUnknown });
  if (parent.parentId !== null) return refuse(422, m.invalid, { parentId: c.parentNotTopLevel });
  if (id !== null) {
    const [child] = await tx.select({ id: categories.id }).from(categories).where(eq(categories.parentId, id)).limit(1);
    if (child) return refuse(422, m.invalid, { parentId: c.parentHasChildren });
  }
  return null;
}

export async function createCategory(db: Database, session: SessionRef, raw: unknown): Promise<Result<{ id: number }>> {
  const allowed = await authorise(db, session);
  if (!allowed.ok) return allowed;
  const input = parse(raw);
  if (!input.ok) return input;
  const [last] = await db.select({ sortOrder: categories.sortOrder }).from(categories).orderBy(desc(categories.sortOrder)).limit(1);
  return withSlugClashRefused(() =>
    db.transaction(async (tx) => {
      const parentId = input.value.parentId ?? null;
      const bad = await refuseBadParent(tx, null, parentId);
      if (bad) return bad;
      const [row] = await tx
        .insert(categories)
        .values({ ...input.value, parentId, sortOrder: (last?.sortOrder ?? -1) + 1 })
        .returning({ id: categories.id });
      return { ok: true as const, value: row! };
    }),
  );
}

export async function updateCategory(db: Database, session: SessionRef, id: number, raw: unknown): Promise<Result<{ id: number }>> {
  const allowed = await authorise(db, session);
  if (!allowed.ok) return allowed;
  const input = parse(raw);
  if (!input.ok) return input;
  return withSlugClashRefused(() =>
    db.transaction(async (tx) => {
      const [found] = await tx.select({ id: categories.id }).from(categories).where(eq(categories.id, id));
      if (!found) return refuse(404, tax.notFound);
      const bad = input.value.parentId === undefined ? null : await refuseBadParent(tx, id, input.value.parentId);
      if (bad) return bad;
      const [row] = await tx
        .update(categories)
        .set({ ...input.value, updatedAt: new Date() })
        .where(eq(categories.id, id))
        .returning({ id: categories.id });
      return row ? { ok: true as const, value: row } : refuse(404, tax.notFound);
    }),
  );
}

/**
 * Swaps a category with its neighbour in the navigation order: among the top-level categories (the header shows only
 * those), or among the subcategories of the same parent.
 */
export async function moveCategory(db: Database, session: SessionRef, id: number, direction: "up" | "down"): Promise<Result<{ id: number }>> {
  const allowed = await authorise(db, session);
  if (!allowed.ok) return allowed;
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(categories).where(eq(categories.id, id));
    if (!current) return refuse(404, tEditorial.taxonomy.notFound);
    const [neighbour] = await tx
      .select()
      .from(categories)
      .where(
        and(
          direction === "up" ? lt(categories.sortOrder, current.sortOrder) : gt(categories.sortOrder, current.sortOrder),
          current.parentId === null ? isNull(categories.parentId) : eq(categories.parentId, current.parentId),
        ),
      )
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
  if (!found) return refuse(404, tax.notFound);
  const [usage] = await db.select({ n: count() }).from(postCategories).where(eq(postCategories.categoryId, id));
  const inUse = usage?.n ?? 0;
  if (inUse > 0 && reassignTo === null) return refuse(409, tax.stillInUse(inUse), { reassignTo: tax.chooseTarget });
  if (reassignTo !== null) {
    if (reassignTo === id) return refuse(422, m.invalid, { reassignTo: tax.chooseTarget });
    const [target] = await db.select({ id: categories.id }).from(categories).where(eq(categories.id, reassignTo));
    if (!target) return refuse(422, m.invalid, { reassignTo: tax.chooseTarget });
  }
  await db.transaction(async (tx) => {
    if (reassignTo !== null) {
      // Posts that already have the target category keep their one link; the others get it at the old position.
      await tx.execute(sql`
        insert into ${postCategories} (post_id, category_id, position)
        select post_id, ${reassignTo}, position from ${postCategories} where category_id = ${id}
        on conflict do nothing`);
    }
    await tx.delete(categories).where(eq(categories.id, id));
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
    return row ? { ok: true, value: row } : refuse(404, tax.notFound);
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
  if (!found) return refuse(404, tax.notFound);
  const [usage] = await db.select({ n: count() }).from(posts).where(eq(posts.seriesId, id));
  const inUse = usage?.n ?? 0;
  if (inUse > 0 && reassignTo === null) return refuse(409, tax.stillInUse(inUse), { reassignTo: tax.chooseTarget });
  if (reassignTo !== null) {
    const [target] = await db.select({ id: series.id }).from(series).where(and(eq(series.id, reassignTo)));
    if (!target || reassignTo === id) return refuse(422, m.invalid, { reassignTo: tax.chooseTarget });
  }
  await db.transaction(async (tx) => {
    if (reassignTo !== null) await tx.update(posts).set({ seriesId: reassignTo }).where(eq(posts.seriesId, id));
    await tx.delete(series).where(eq(series.id, id));
  });
  return { ok: true, value: { moved: inUse } };
}
