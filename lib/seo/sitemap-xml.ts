// sitemaps.org XML for an index and its children: a fixed, tiny vocabulary, written directly and escaped.
import { escapeXml } from "./escape";

export type SitemapUrl = { loc: string; lastModified: Date | null };

// W3C datetime in UTC to the second, as the sitemap XSD's dateTime accepts.
function lastmod(date: Date | null): string {
  return date ? `<lastmod>${date.toISOString().slice(0, 19)}Z</lastmod>` : "";
}

const head = '<?xml version="1.0" encoding="UTF-8"?>\n';
const ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';

export function sitemapIndexXml(sitemaps: SitemapUrl[]): string {
  const entries = sitemaps.map((entry) => `<sitemap><loc>${escapeXml(entry.loc)}</loc>${lastmod(entry.lastModified)}</sitemap>`);
  return `${head}<sitemapindex ${ns}>\n${entries.join("\n")}\n</sitemapindex>\n`;
}

export function urlSetXml(urls: SitemapUrl[]): string {
  // Built as one array join: a 50,000-URL file stays a single linear pass.
  const entries = urls.map((entry) => `<url><loc>${escapeXml(entry.loc)}</loc>${lastmod(entry.lastModified)}</url>`);
  return `${head}<urlset ${ns}>\n${entries.join("\n")}\n</urlset>\n`;
}
