// The sitemap index and its children, rendered once per content change from the sitemap queries.
import "server-only";
import { listSitemapChunks, listSitemapPages, listSitemapPosts } from "@/db/queries/sitemap";
import { POST_LISTS_TAG, tagFor } from "@/lib/cache-tags";
import { listPublishedPages } from "@/db/queries/pages";
import { readerCache } from "@/db/queries/reader-cache";
import { pagePath, STRUCTURED_PAGE_SLUGS } from "@/lib/pages";
import { cachedDocument, type CachedDocument } from "@/lib/http/document";
import { sitemapIndexXml, urlSetXml, type SitemapUrl } from "@/lib/seo/sitemap-xml";

export const PAGES_SITEMAP = "seiten.xml";
export const postsSitemapName = (page: number) => `beitraege-${page}.xml`;

/** "beitraege-2.xml" → 2; anything else → null. */
export function parsePostsSitemapName(file: string): number | null {
  const match = /^beitraege-([1-9]\d{0,5})\.xml$/.exec(file);
  return match ? Number(match[1]) : null;
}

function newest(dates: (Date | null)[]): Date | null {
  return dates.reduce<Date | null>((max, date) => (date && (!max || date > max) ? date : max), null);
}

export async function sitemapIndex(origin: string): Promise<CachedDocument> {
  "use cache";
  await readerCache(POST_LISTS_TAG);
  const [pages, chunks] = await Promise.all([listSitemapPages(), listSitemapChunks()]);
  const pagesChanged = newest([pages.home, ...pages.categories.map((c) => c.lastModified)]);
  const entries: SitemapUrl[] = [
    { loc: `${origin}/sitemaps/${PAGES_SITEMAP}`, lastModified: pagesChanged },
    ...chunks.map((chunk) => ({ loc: `${origin}/sitemaps/${postsSitemapName(chunk.page)}`, lastModified: chunk.lastModified })),
  ];
  return cachedDocument(sitemapIndexXml(entries), newest(entries.map((entry) => entry.lastModified)));
}

export async function pagesSitemap(origin: string): Promise<CachedDocument> {
  "use cache";
  await readerCache(POST_LISTS_TAG);
  const [pages, infoPages] = await Promise.all([listSitemapPages(), listPublishedPages()]);
  const urls: SitemapUrl[] = [
    { loc: `${origin}/`, lastModified: pages.home },
    ...pages.categories.map((c) => ({ loc: `${origin}/kategorie/${c.slug}`, lastModified: c.lastModified })),
    ...pages.authors.map((a) => ({ loc: `${origin}/autor/${a.slug}`, lastModified: a.lastModified })),
    ...pages.series.map((s) => ({ loc: `${origin}/serie/${s.slug}`, lastModified: s.lastModified })),
    ...pages.tags.map((tag) => ({ loc: `${origin}/schlagwort/${tag.slug}`, lastModified: tag.lastModified })),
    ...STRUCTURED_PAGE_SLUGS.map((slug) => ({ loc: `${origin}/${slug}`, lastModified: null })),
    ...infoPages.map((p) => ({ loc: `${origin}${pagePath(p.slug)}`, lastModified: p.updatedAt })),
  ];
  return cachedDocument(urlSetXml(urls), newest(urls.map((url) => url.lastModified)));
}

/** Null past the last post sitemap (a urlset must not be empty, so with no posts there is none). */
export async function postsSitemap(origin: string, page: number): Promise<CachedDocument | null> {
  "use cache";
  // Its own file's tag, not every post list's: a publish (the newest post joins the last file) or an edit changes
  // that file and the later ones (db/queries/reader-dependents.ts), and the 2,000-URL document of every other file
  // stays built.
  await readerCache(tagFor.sitemapPosts(page));
  const entries = await listSitemapPosts({ page });
  if (!entries) return null;
  const urls = entries.map((entry) => ({ loc: `${origin}/artikel/${entry.slug}`, lastModified: entry.lastModified }));
  return cachedDocument(urlSetXml(urls), newest(urls.map((url) => url.lastModified)));
}
