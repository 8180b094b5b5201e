// Reader-facing reads of categories: the navigation in the site header.
import "server-only";
import { asc } from "drizzle-orm";
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
    .orderBy(asc(categories.sortOrder), asc(categories.name));
}
