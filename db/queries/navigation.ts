// The footer's own links: resolved for readers (cached with the navigation), and as stored for the dashboard.
import "server-only";
import { asc, eq } from "drizzle-orm";
import { NAVIGATION_TAG } from "@/lib/cache-tags";
import type { FooterLinkView } from "@/lib/footer";
import { FIXED_PAGE_SLUGS, pagePath } from "@/lib/pages";
import { can } from "@/lib/permissions";
import { getDb } from "../connection";
import { categories, footerLinks, pages, type FooterLinkKind, type PageStatus } from "../schema";
import { readerCache } from "./reader-cache";
import type { CurrentUser } from "./users";

async function listStored() {
  const db = await getDb();
  return db
    .select({
      id: footerLinks.id,
      label: footerLinks.label,
      kind: footerLinks.kind,
      target: footerLinks.target,
      pageId: footerLinks.pageId,
      categoryId: footerLinks.categoryId,
      pageSlug: pages.slug,
      pageStatus: pages.status,
      categorySlug: categories.slug,
    })
    .from(footerLinks)
    .leftJoin(pages, eq(pages.id, footerLinks.pageId))
    .leftJoin(categories, eq(categories.id, footerLinks.categoryId))
    .orderBy(asc(footerLinks.position), asc(footerLinks.id));
}

type Stored = Awaited<ReturnType<typeof listStored>>[number];

/** Where a stored link leads, or null while it leads nowhere a reader may go (a page still in draft). */
function hrefOf(link: Stored): string | null {
  switch (link.kind) {
    case "path":
    case "url":
      return link.target;
    case "page":
      return link.pageSlug && link.pageStatus === "published" ? pagePath(link.pageSlug) : null;
    case "category":
      return link.categorySlug ? `/kategorie/${link.categorySlug}` : null;
  }
}

/** The links readers see between the start page and the fixed legal links. */
export async function listFooterLinks(): Promise<FooterLinkView[]> {
  "use cache";
  // Pages and categories change under CONTENT_TAG, which this carries too; footer edits drop NAVIGATION_TAG.
  await readerCache(NAVIGATION_TAG);
  const links: FooterLinkView[] = [];
  for (const link of await listStored()) {
    const href = hrefOf(link);
    if (href) links.push({ label: link.label, href, external: link.kind === "url" });
  }
  return links;
}

export type FooterLinkRow = {
  id: number;
  label: string;
  kind: FooterLinkKind;
  path: string;
  url: string;
  pageId: number | null;
  categoryId: number | null;
  /** Where it leads now; null while its page is a draft. */
  href: string | null;
};

export type FooterChoices = {
  pages: { id: number; title: string; status: PageStatus }[];
  categories: { id: number; name: string }[];
};

/** The footer's links with the pages (drafts included) and categories they may point to: for those who manage it. */
export async function listFooterLinksForDashboard(actor: CurrentUser): Promise<{ links: FooterLinkRow[]; choices: FooterChoices }> {
  if (!can.manageNavigation(actor)) return { links: [], choices: { pages: [], categories: [] } };
  const db = await getDb();
  const [stored, pageChoices, categoryChoices] = await Promise.all([
    listStored(),
    db.select({ id: pages.id, title: pages.title, slug: pages.slug, status: pages.status }).from(pages).orderBy(asc(pages.title)),
    db.select({ id: categories.id, name: categories.name }).from(categories).orderBy(asc(categories.sortOrder), asc(categories.name)),
  ]);
  return {
    links: stored.map((link) => ({
      id: link.id,
      label: link.label,
      kind: link.kind,
      path: link.kind === "path" ? link.target : "",
      url: link.kind === "url" ? link.target : "",
      pageId: link.pageId,
      categoryId: link.categoryId,
      href: hrefOf(link),
    })),
    choices: {
      // Datenschutz and Leichte Sprache are fixed entries already.
      pages: pageChoices
        .filter((page) => !(FIXED_PAGE_SLUGS as readonly string[]).includes(page.slug))
        .map(({ id, title, status }) => ({ id, title, status })),
      categories: categoryChoices,
    },
  };
}
