// The feed routes' shared handler: render once per content change, answer conditional requests.
import "server-only";
import { connection } from "next/server";
import { getFeedContent, type FeedScope } from "@/db/queries/feeds";
import { POST_LISTS_TAG } from "@/lib/cache-tags";
import { readerCache } from "@/db/queries/reader-cache";
import { coverSize } from "@/lib/covers";
import { cachedDocument, documentResponse, notFoundResponse, type CachedDocument } from "@/lib/http/document";
import { siteConfig } from "@/lib/site-config";
import { siteUrl } from "@/lib/site-url";
import { parseSlug } from "@/lib/route-params";
import { buildFeed } from "./build";
import { feedContentTypes, type FeedFormat } from "./links";

async function feedDocument(scope: FeedScope, format: FeedFormat, origin: string): Promise<CachedDocument | null> {
  "use cache";
  await readerCache(POST_LISTS_TAG);
  const content = await getFeedContent(scope, origin);
  if (!content) return null;
  const sizes = new Map<string, number>();
  for (const entry of content.entries) {
    if (entry.cover && !sizes.has(entry.cover.src)) sizes.set(entry.cover.src, await coverSize(entry.cover.src));
  }
  const body = buildFeed(content, format, {
    origin,
    publication: { name: siteConfig.name, description: siteConfig.description },
    coverSize: (path) => sizes.get(path) ?? 0,
  });
  const newest = content.entries.reduce<Date | null>((max, entry) => (!max || entry.updatedAt > max ? entry.updatedAt : max), null);
  return cachedDocument(body, newest);
}

type ScopeParams = Promise<{ slug: string }>;

/** Handles GET (and HEAD, which Next derives from it) for one feed; a slug that cannot exist is a 404 at once. */
export async function serveFeed(
  request: Request,
  format: FeedFormat,
  kind: FeedScope["kind"],
  params?: ScopeParams,
): Promise<Response> {
  // Feeds read the database: never at build time, always through the cache.
  await connection();
  let scope: FeedScope = { kind: "site" };
  if (kind !== "site") {
    const slug = params ? parseSlug((await params).slug) : null;
    if (slug === null) return notFoundResponse();
    scope = { kind, slug };
  }
  const document = await feedDocument(scope, format, siteUrl());
  if (!document) return notFoundResponse();
  return documentResponse(request, document, feedContentTypes[format]);
}
