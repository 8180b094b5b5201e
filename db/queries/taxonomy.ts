// Categories and series with how many posts use them, for the dashboard's management page.
import "server-only";
import { asc, count, eq } from "drizzle-orm";
import { can } from "@/lib/permissions";
import { getDb } from "../connection";
import { categories, postCategories, posts, series } from "../schema";
import type { CurrentUser } from "./users";

export type TaxonomyRow = { id: number; name: string; slug: string; description: string; posts: number; parentId?: number | null };

export async function listCategoriesWithUsage(actor: CurrentUser): Promise<TaxonomyRow[]> {
  if (!can.manageTaxonomy(actor)) return [];
  const db = await getDb();
  return db
    .select({
      id: categories.id,
      name: categories.name,
      slug: categories.slug,
      description: categories.description,
      parentId: categories.parentId,
      posts: count(postCategories.postId),
    })
    .from(categories)
    .leftJoin(postCategories, eq(postCategories.categoryId, categories.id))
    .groupBy(categories.id)
    .orderBy(asc(categories.sortOrder), asc(categories.name));
}

export async function listSeriesWithUsage(actor: CurrentUser): Promise<TaxonomyRow[]> {
  if (!can.manageTaxonomy(actor)) return [];
  const db = await getDb();
  return db
    .select({ id: series.id, name: series.title, slug: series.slug, description: series.description, posts: count(posts.id) })
    .from(series)
    .leftJoin(posts, eq(posts.seriesId, series.id))
    .groupBy(series.id)
    .orderBy(asc(series.title));
}
