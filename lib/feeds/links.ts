// Where each feed lives and how pages advertise it; shared by the feed routes and the pages' metadata.
import type { FeedScope } from "@/db/queries/feeds";

export const feedFormats = ["rss", "atom", "json"] as const;
export type FeedFormat = (typeof feedFormats)[number];

export const feedFiles: Record<FeedFormat, string> = { rss: "feed.xml", atom: "feed.atom", json: "feed.json" };

export const feedContentTypes: Record<FeedFormat, string> = {
  rss: "application/rss+xml",
  atom: "application/atom+xml",
  json: "application/feed+json",
};

const formatNames: Record<FeedFormat, string> = { rss: "RSS", atom: "Atom", json: "JSON Feed" };

/** The page a scope's feed belongs to: "/", "/kategorie/basics", … */
export function scopePath(scope: FeedScope): string {
  switch (scope.kind) {
    case "site":
      return "/";
    case "category":
      return `/kategorie/${scope.slug}`;
    case "tag":
      return `/schlagwort/${scope.slug}`;
    case "author":
      return `/autor/${scope.slug}`;
    case "series":
      return `/serie/${scope.slug}`;
  }
}

export function feedPath(scope: FeedScope, format: FeedFormat): string {
  const base = scopePath(scope);
  return `${base === "/" ? "" : base}/${feedFiles[format]}`;
}

/**
 * `alternates.types` for the metadata API: each scope's own feeds first, then the whole site's, so a feed reader
 * pointed at a category page offers that category.
 */
export function feedAlternates(scopes: { scope: FeedScope; title: string }[]): Record<string, { url: string; title: string }[]> {
  const types: Record<string, { url: string; title: string }[]> = {};
  for (const format of feedFormats) {
    types[feedContentTypes[format]] = scopes.map(({ scope, title }) => ({
      url: feedPath(scope, format),
      title: `${title} (${formatNames[format]})`,
    }));
  }
  return types;
}
