// Writes RSS 2.0, Atom 1.0 and JSON Feed 1.1 documents from a feed's posts with the `feed` library.
import { Feed, type Item } from "feed";
import type { FeedContent, FeedEntry } from "@/db/queries/feeds";
import type { CoverImage } from "@/db/queries/posts";
import { t, tTaxonomy } from "@/lib/i18n";
import { escapeHtml, escapeXml } from "@/lib/seo/escape";
import { variantMimeType } from "@/lib/media/view";
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
    case "tag":
      return `${tTaxonomy.reader.tagFeedTitle(content.title ?? "")} – ${publication}`;
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

/** Media RSS, for the cover's credit, alt text and licence in RSS and Atom. */
const MEDIA_RSS = "http://search.yahoo.com/mrss/";

/**
 * The cover at the top of the content, as on the article page, with its credit and licence underneath: feed readers
 * show content, and a credit that stays with the picture is what its licence asks for.
 */
function coverFigure(cover: CoverImage, origin: string): string {
  const credit = cover.credit ? escapeHtml(t.photoCredit(cover.credit)) : "";
  const licence = cover.licence
    ? cover.licenceUrl
      ? `<a href="${escapeHtml(cover.licenceUrl)}" rel="license">${escapeHtml(cover.licence)}</a>`
      : escapeHtml(cover.licence)
    : "";
  const caption = [credit, licence].filter(Boolean).join(" · ");
  return `<figure><img src="${escapeHtml(`${origin}${cover.src}`)}" alt="${escapeHtml(cover.alt)}" width="${cover.width}" height="${cover.height}">${
    caption ? `<figcaption>${caption}</figcaption>` : ""
  }</figure>`;
}

/** <media:content> with credit, description (the alt text) and licence, for RSS items and Atom entries. */
function mediaContentXml(cover: CoverImage, origin: string, length: number): string {
  const parts = [`<media:content url="${escapeXml(`${origin}${cover.src}`)}" type="${variantMimeType(cover.src)}" medium="image" width="${cover.width}" height="${cover.height}"${length > 0 ? ` fileSize="${length}"` : ""}>`];
  if (cover.alt) parts.push(`<media:description type="plain">${escapeXml(cover.alt)}</media:description>`);
  if (cover.credit) parts.push(`<media:credit>${escapeXml(t.photoCredit(cover.credit))}</media:credit>`);
  if (cover.licence) {
    parts.push(`<media:license type="text/html"${cover.licenceUrl ? ` href="${escapeXml(cover.licenceUrl)}"` : ""}>${escapeXml(cover.licence)}</media:license>`);
  }
  parts.push("</media:content>");
  return parts.join("");
}

/**
 * The library writes titles, descriptions and content as CDATA, and its XML writer splits only the first "]]>" of
 * a text, so a second one would end the section and let the rest be read as markup. Split every later one here; the
 * writer still handles the first (the round-trip test in build.test.ts notices if it ever splits them all).
 */
function cdataSafe(text: string): string {
  const first = text.indexOf("]]>");
  if (first < 0) return text;
  const head = text.slice(0, first + 3);
  return head + text.slice(first + 3).replaceAll("]]>", "]]]]><![CDATA[>");
}

/**
 * Atom category labels are attributes, and the library escapes only "&" in them: a "<" in a category name would
 * make the document malformed. It is carried through the library as a private-use character and written as an
 * entity afterwards (names cannot contain that character: it is removed first).
 */
const LT_STANDIN = "\uE000";
const withoutStandIn = (text: string) => text.replaceAll(LT_STANDIN, "");

// Atom's title and summary are declared type="html" by the library, so plain text must arrive escaped; RSS
// descriptions are HTML by convention. JSON Feed keeps plain text plain.
function item(entry: FeedEntry, format: FeedFormat, settings: FeedSettings): Item {
  const { origin } = settings;
  const link = `${origin}/artikel/${entry.slug}`;
  const coverUrl = entry.cover ? `${origin}${entry.cover.src}` : undefined;
  const cdata = (text: string) => (format === "json" ? text : cdataSafe(text));
  const base: Item = {
    title: cdata(format === "atom" ? escapeHtml(entry.title) : entry.title),
    id: postGuid(origin, entry.id),
    link,
    date: entry.updatedAt,
    published: entry.publishedAt,
    description: format === "json" ? entry.excerpt : cdata(escapeHtml(entry.excerpt)),
    content: cdata(entry.cover ? `${coverFigure(entry.cover, origin)}\n${entry.html}` : entry.html),
    category: entry.categories.map((category) => ({
      name: format === "atom" ? withoutStandIn(category.name).replaceAll("<", LT_STANDIN) : category.name,
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
    if (format === "json") {
      base.image = coverUrl;
      // JSON Feed has no field for a credit: an extension object (names starting with "_" are the spec's way).
      base.extensions = [
        {
          name: "_cover",
          objects: {
            url: coverUrl,
            alt: entry.cover.alt,
            credit: entry.cover.credit ? t.photoCredit(entry.cover.credit) : null,
            licence: entry.cover.licence || null,
            licence_url: entry.cover.licenceUrl || null,
          },
        },
      ];
    } else {
      base.enclosure = { url: coverUrl, type: variantMimeType(entry.cover.src), length: settings.coverSize(entry.cover.src) };
    }
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
      return withMediaRss(feed.rss2(), content.entries, settings);
    case "atom":
      return withMediaRss(fixAtomEnclosureTypes(feed.atom1().replaceAll(LT_STANDIN, "&lt;")), content.entries, settings);
    case "json":
      return toJsonFeed11(feed.json1(), content, settings);
  }
}

// The library guesses an Atom enclosure's type from the file extension ("image/jpg"); use the real media type.
function fixAtomEnclosureTypes(xml: string): string {
  return xml.replace(/<link rel="enclosure" href="([^"]*)"([^>]*?) type="[^"]*"/g, (_tag, href: string, rest: string) => {
    const type = variantMimeType(new URL(href.replaceAll("&amp;", "&")).pathname);
    return `<link rel="enclosure" href="${href}"${rest} type="${type}"`;
  });
}

/**
 * Adds each cover's <media:content> (credit, alt text, licence) after its enclosure, and the Media RSS namespace to
 * the root element. The library writes no extension elements into Atom entries, and none with attributes into RSS.
 */
function withMediaRss(xml: string, entries: FeedEntry[], settings: FeedSettings): string {
  const covers = new Map(entries.flatMap((entry) => (entry.cover ? [[`${settings.origin}${entry.cover.src}`, entry.cover] as const] : [])));
  if (covers.size === 0) return xml;
  const withContent = xml.replace(/<enclosure\b[^>]*\/>|<link rel="enclosure"[^>]*\/>/g, (tag: string) => {
    const url = (/ (?:url|href)="([^"]*)"/.exec(tag)?.[1] ?? "").replaceAll("&amp;", "&");
    const cover = covers.get(url);
    return cover ? `${tag}${mediaContentXml(cover, settings.origin, settings.coverSize(cover.src))}` : tag;
  });
  return withContent.replace(/<(rss|feed) /, `<$1 xmlns:media="${MEDIA_RSS}" `);
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
