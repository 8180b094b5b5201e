// Writes RSS 2.0, Atom 1.0 and JSON Feed 1.1 documents from a feed's posts with the `feed` library.
import { Feed, type Item } from "feed";
import type { FeedContent, FeedEntry } from "@/db/queries/feeds";
import { t } from "@/lib/i18n";
import { escapeHtml } from "@/lib/seo/escape";
import { coverMimeType } from "@/lib/covers";
import { feedPath, scopePath, type FeedFormat } from "./links";

export type FeedSettings = {
  origin: string;
  publication: { name: string; description: string };
  /** Byte size of a cover file, for the RSS enclosure's required length (0 when unknown). */
  coverSize: (path: string) => number;
};

/**
 * A post's id as a tag URI (RFC 4151): stays the same when the slug or even the domain's paths change, so feed
 * readers never show an edited post twice. The date is when this scheme was minted, not the post's date.
 */
export function postGuid(origin: string, postId: number): string {
  return `tag:${new URL(origin).hostname},2026:post-${postId}`;
}

function feedTitle(content: FeedContent, publication: string): string {
  switch (content.scope.kind) {
    case "site":
      return publication;
    case "category":
      return `${content.title} – ${publication}`;
    case "author":
      return `${t.authorHeading(content.title ?? "")} – ${publication}`;
    case "series":
      return `${t.seriesLabel} „${content.title}“ – ${publication}`;
  }
}

function newestChange(entries: FeedEntry[]): Date {
  // A fixed date for an empty feed keeps the document, and so its ETag, the same from one request to the next.
  return entries.reduce((newest, entry) => (entry.updatedAt > newest ? entry.updatedAt : newest), new Date(0));
}

// Atom's title and summary are declared type="html" by the library, so plain text must arrive escaped; RSS
// descriptions are HTML by convention. JSON Feed keeps plain text plain.
function item(entry: FeedEntry, format: FeedFormat, settings: FeedSettings): Item {
  const { origin } = settings;
  const link = `${origin}/artikel/${entry.slug}`;
  const coverUrl = entry.cover ? `${origin}${entry.cover.path}` : undefined;
  const base: Item = {
    title: format === "atom" ? escapeHtml(entry.title) : entry.title,
    id: postGuid(origin, entry.id),
    link,
    date: entry.updatedAt,
    published: entry.publishedAt,
    description: format === "json" ? entry.excerpt : escapeHtml(entry.excerpt),
    content: entry.html,
    category: entry.categories.map((category) => ({
      name: category.name,
      term: category.slug,
      domain: `${origin}/kategorie/${category.slug}`,
      scheme: `${origin}/kategorie/`,
    })),
  };
  const author = { name: entry.author.displayName, link: `${origin}/autor/${entry.author.slug}` };
  if (format === "rss") {
    // RSS's <author> must be an e-mail address, which we do not publish: Dublin Core's creator takes the name.
    base.extensions = [{ name: "dc:creator", objects: { _text: author.name } }];
  } else {
    base.author = [author];
  }
  if (entry.cover && coverUrl) {
    if (format === "json") base.image = coverUrl;
    else base.enclosure = { url: coverUrl, type: coverMimeType(entry.cover.path), length: settings.coverSize(entry.cover.path) };
  }
  return base;
}

export function buildFeed(content: FeedContent, format: FeedFormat, settings: FeedSettings): string {
  const { origin, publication } = settings;
  const home = `${origin}${scopePath(content.scope)}`;
  const feed = new Feed({
    title: feedTitle(content, publication.name),
    description: content.description || publication.description,
    id: home,
    link: home,
    language: t.htmlLang,
    image: `${origin}/logo.png`,
    copyright: `© ${publication.name}`,
    updated: newestChange(content.entries),
    generator: "Blattwerk",
    feedLinks: { [format]: `${origin}${feedPath(content.scope, format)}` },
  });
  for (const entry of content.entries) feed.addItem(item(entry, format, settings));
  switch (format) {
    case "rss":
      return feed.rss2();
    case "atom":
      return fixAtomEnclosureTypes(feed.atom1(), content.entries);
    case "json":
      return toJsonFeed11(feed.json1(), content, settings);
  }
}

// The library guesses an Atom enclosure's type from the file extension ("image/svg"); use the real media type.
function fixAtomEnclosureTypes(xml: string, entries: FeedEntry[]): string {
  const types = new Map(entries.flatMap((entry) => (entry.cover ? [[entry.cover.path, coverMimeType(entry.cover.path)]] : [])));
  return xml.replace(/<link rel="enclosure" href="([^"]*)"([^>]*?) type="[^"]*"/g, (tag, href: string, rest: string) => {
    const type = types.get(new URL(href.replaceAll("&amp;", "&")).pathname);
    return type ? `<link rel="enclosure" href="${href}"${rest} type="${type}"` : tag;
  });
}

type JsonFeedItem = Record<string, unknown> & { author?: unknown };

// The library writes JSON Feed 1.0; 1.1 renamed `author` to `authors` and added `language`.
function toJsonFeed11(json: string, content: FeedContent, settings: FeedSettings): string {
  const feed = JSON.parse(json) as Record<string, unknown> & { items: JsonFeedItem[] };
  const items = feed.items.map(({ author, ...rest }) => ({ ...rest, authors: author ? [author] : undefined }));
  return JSON.stringify(
    {
      ...feed,
      version: "https://jsonfeed.org/version/1.1",
      feed_url: `${settings.origin}${feedPath(content.scope, "json")}`,
      language: "de-DE",
      authors: [{ name: settings.publication.name, url: `${settings.origin}/` }],
      items,
    },
    null,
    2,
  );
}
