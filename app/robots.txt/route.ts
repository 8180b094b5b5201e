// robots.txt: everything public may be crawled; the sitemap index is named with the configured origin.
import { connection } from "next/server";
import { cachedDocument, documentResponse } from "@/lib/http/document";
import { robotsTxt } from "@/lib/seo/robots";
import { siteUrl } from "@/lib/site-url";

export async function GET(request: Request) {
  // SITE_URL is read when serving, not baked in at build time.
  await connection();
  return documentResponse(request, cachedDocument(robotsTxt(siteUrl()), null), "text/plain");
}
