// Reader-facing reads of categories: the navigation in the site header.
import "server-only";
import { asc } from "drizzle-orm";
import { getDb } from "../connection";
import { categories } from "../schema";
import type { CategoryRef } from "./posts";
import { readerCache } from "./reader-cache";

export async function listNavCategories(): Promise<CategoryRef[]> {
  "use cache";
  await readerCache("categories");
  const db = await getDb();
  return db
    .select({ name: categories.name, slug: categories.slug })
    .from(categories)
    .orderBy(asc(categories.sortOrder), asc(categories.name));
}
