// The sitemap index named in robots.txt: one pages sitemap and one post sitemap per 2,000 posts (db/queries/sitemap.ts).
import { connection } from "next/server";
import { documentResponse } from "@/lib/http/document";
import { siteUrl } from "@/lib/site-url";
import { sitemapIndex } from "@/lib/sitemaps";

export async function GET(request: Request) {
  // Reads the database: never prerendered at build, served from the cache afterwards.
  await connection();
  return documentResponse(request, await sitemapIndex(siteUrl()), "application/xml");
}
