// The sitemap index's children: /sitemaps/seiten.xml and /sitemaps/beitraege-<n>.xml.
import { connection } from "next/server";
import { documentResponse, notFoundResponse } from "@/lib/http/document";
import { siteUrl } from "@/lib/site-url";
import { PAGES_SITEMAP, pagesSitemap, parsePostsSitemapName, postsSitemap } from "@/lib/sitemaps";

export async function GET(request: Request, { params }: RouteContext<"/sitemaps/[file]">) {
  await connection();
  const { file } = await params;
  if (file === PAGES_SITEMAP) return documentResponse(request, await pagesSitemap(siteUrl()), "application/xml");
  const page = parsePostsSitemapName(file);
  const document = page === null ? null : await postsSitemap(siteUrl(), page);
  return document ? documentResponse(request, document, "application/xml") : notFoundResponse();
}
