// Pages for readers (cached) and for the dashboard's list, editor and revisions.
import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { can } from "@/lib/permissions";
import { getDb } from "../connection";
import { pages, revisions, users, type PageStatus } from "../schema";
import { readerCache } from "./reader-cache";
import { listRevisionsOf, type RevisionFull } from "./revisions";
import type { CurrentUser } from "./users";

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

export type PageRow = { id: number; title: string; slug: string; status: PageStatus; version: number; updatedAt: Date };

/** Every page, drafts included, for the dashboard's list (a site has a handful): for those who manage pages. */
export async function listPagesForDashboard(actor: CurrentUser): Promise<PageRow[]> {
  if (!can.managePages(actor)) return [];
  const db = await getDb();
  return db
    .select({ id: pages.id, title: pages.title, slug: pages.slug, status: pages.status, version: pages.version, updatedAt: pages.updatedAt })
    .from(pages)
    .orderBy(asc(pages.title), asc(pages.id));
}

export type PageFields = { title: string; slug: string; body: string; status: PageStatus };

/** A page as its editor opens it: the fields, the version the next save starts from, and who saved it last. */
export type EditablePage = { id: number; version: number; updatedAt: Date; savedBy: string | null; input: PageFields };

export async function getEditablePage(actor: CurrentUser, id: number): Promise<EditablePage | null> {
  if (!can.managePages(actor) || !Number.isInteger(id) || id <= 0 || id > 2_147_483_647) return null;
  const db = await getDb();
  const [page] = await db.select().from(pages).where(eq(pages.id, id));
  if (!page) return null;
  const [last] = await db
    .select({ name: users.displayName })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.editorId))
    .where(eq(revisions.pageId, id))
    .orderBy(desc(revisions.id))
    .limit(1);
  return {
    id: page.id,
    version: page.version,
    updatedAt: page.updatedAt,
    savedBy: last?.name ?? null,
    input: { title: page.title, slug: page.slug, body: page.body, status: page.status },
  };
}

export async function listPageRevisions(actor: CurrentUser, pageId: number): Promise<RevisionFull<"page">[] | null> {
  const page = await getEditablePage(actor, pageId);
  if (!page) return null;
  return listRevisionsOf("page", pageId);
}

/** Published pages for the sitemap. */
export async function listPublishedPages(): Promise<{ slug: string; updatedAt: Date }[]> {
  "use cache";
  await readerCache();
  const db = await getDb();
  return db.select({ slug: pages.slug, updatedAt: pages.updatedAt }).from(pages).where(eq(pages.status, "published")).orderBy(asc(pages.slug));
}
