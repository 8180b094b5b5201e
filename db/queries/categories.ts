// Reader-facing reads of categories: the navigation in the site header (top-level categories only), and names by id.
import "server-only";
import { asc, inArray, isNull } from "drizzle-orm";
import { getDb } from "../connection";
import { categories } from "../schema";
import type { CategoryRef } from "./posts";
import { NAVIGATION_TAG } from "@/lib/cache-tags";
import { readerCache } from "./reader-cache";

export async function listNavCategories(): Promise<CategoryRef[]> {
  "use cache";
  await readerCache(NAVIGATION_TAG);
  const db = await getDb();
  return db
    .select({ name: categories.name, slug: categories.slug })
    .from(categories)
    // Subcategories are reached from their parent's page; the header stays one row of top-level categories.
    .where(isNull(categories.parentId))
    .orderBy(asc(categories.sortOrder), asc(categories.name));
}

/** Category names are public: a draft's preview names its categories without reading anything editors may not share. */
export async function categoryNamesOf(ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const db = await getDb();
  const rows = await db.select({ id: categories.id, name: categories.name }).from(categories).where(inArray(categories.id, [...ids]));
  return new Map(rows.map((row) => [row.id, row.name]));
}
