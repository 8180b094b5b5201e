// Categories and series with how many posts use them, for the dashboard's management page.
import "server-only";
import { asc, count, eq } from "drizzle-orm";
import { getDb } from "../connection";
import { categories, postCategories, posts, series } from "../schema";

export type TaxonomyRow = { id: number; name: string; slug: string; description: string; posts: number };

export async function listCategoriesWithUsage(): Promise<TaxonomyRow[]> {
  const db = await getDb();
  return db
    .select({ id: categories.id, name: categories.name, slug: categories.slug, description: categories.description, posts: count(postCategories.postId) })
    .from(categories)
    .leftJoin(postCategories, eq(postCategories.categoryId, categories.id))
    .groupBy(categories.id)
    .orderBy(asc(categories.sortOrder), asc(categories.name));
}

export async function listSeriesWithUsage(): Promise<TaxonomyRow[]> {
  const db = await getDb();
  return db
    .select({ id: series.id, name: series.title, slug: series.slug, description: series.description, posts: count(posts.id) })
    .from(series)
    .leftJoin(posts, eq(posts.seriesId, series.id))
    .groupBy(series.id)
    .orderBy(asc(series.title));
}
