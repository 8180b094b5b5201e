// Pages for readers (cached) and for the dashboard's page list.
import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "../connection";
import { pages } from "../schema";
import { readerCache } from "./reader-cache";

export type PageView = { title: string; slug: string; body: string; updatedAt: Date };

export async function getPublishedPage({ slug }: { slug: string }): Promise<PageView | null> {
  "use cache";
  await readerCache();
  const db = await getDb();
  const [row] = await db
    .select({ title: pages.title, slug: pages.slug, body: pages.body, updatedAt: pages.updatedAt })
    .from(pages)
    .where(and(eq(pages.slug, slug), eq(pages.status, "published")));
  return row ?? null;
}

export type PageRow = { id: number; title: string; slug: string; body: string; status: "draft" | "published"; updatedAt: Date };

/** Every page with its text, for the dashboard: a site has a handful of them. */
export async function listPagesForDashboard(): Promise<PageRow[]> {
  const db = await getDb();
  return db
    .select({ id: pages.id, title: pages.title, slug: pages.slug, body: pages.body, status: pages.status, updatedAt: pages.updatedAt })
    .from(pages)
    .orderBy(asc(pages.title));
}

/** Published pages for the sitemap. */
export async function listPublishedPages(): Promise<{ slug: string; updatedAt: Date }[]> {
  "use cache";
  await readerCache();
  const db = await getDb();
  return db.select({ slug: pages.slug, updatedAt: pages.updatedAt }).from(pages).where(eq(pages.status, "published")).orderBy(asc(pages.slug));
}
