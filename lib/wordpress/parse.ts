// Reads a WordPress eXtended RSS (WXR) export as a stream of records, one item at a time: the file is never held in
// memory, and no DTD or entity declaration is ever processed (a DOCTYPE stops the import: WordPress writes none).
import { createReadStream } from "node:fs";
import { decodeHTML } from "entities";
import { SaxesParser, type SaxesTagNS } from "saxes";
import { tWordpress } from "@/lib/i18n";

export type WxrSite = {
  title: string;
  link: string;
  /** The site's home and WordPress addresses: links under either belong to the old site. */
  baseSiteUrl: string;
  baseBlogUrl: string;
  wxrVersion: string;
  language: string;
};

export type WxrAuthor = { id: number; login: string; email: string; displayName: string; firstName: string; lastName: string };

export type WxrTermKind = "category" | "tag";

export type WxrTerm = {
  kind: WxrTermKind;
  id: number;
  slug: string;
  name: string;
  description: string;
  /** The parent's slug ("" at the top level). */
  parent: string;
};

export type WxrComment = {
  id: number;
  author: string;
  authorEmail: string;
  authorUrl: string;
  /** UTC. */
  date: Date | null;
  content: string;
  /** "1" approved, "0" pending, "spam", "trash". */
  approved: string;
  type: string;
  parent: number;
  userId: number;
};

export type WxrItem = {
  id: number;
  title: string;
  link: string;
  creator: string;
  guid: string;
  content: string;
  excerpt: string;
  /** UTC; null for a draft that never had a date (WordPress writes 0000-00-00 00:00:00). */
  date: Date | null;
  /** The local date as written, for drafts whose UTC date is zero. */
  localDate: string;
  modified: Date | null;
  slug: string;
  status: string;
  type: string;
  parent: number;
  menuOrder: number;
  password: string;
  sticky: boolean;
  attachmentUrl: string;
  terms: { kind: WxrTermKind | "other"; slug: string; name: string }[];
  meta: Map<string, string[]>;
  comments: WxrComment[];
};

export type WxrRecord =
  | { kind: "site"; site: WxrSite }
  | { kind: "author"; author: WxrAuthor }
  | { kind: "term"; term: WxrTerm }
  | { kind: "item"; item: WxrItem };

/** Stops the import: the file is not WXR, or not well-formed XML. The message is German and names line and column. */
export class WxrError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = "WxrError";
  }
}

type Node = { name: string; attrs: Record<string, string>; text: string; children: Node[] };

/** Canonical prefixes by namespace, so a file that picks other prefixes still reads. */
function prefixOf(uri: string, prefix: string): string {
  if (uri === "") return "";
  if (/^https?:\/\/wordpress\.org\/export\/1\.\d+\/excerpt\/$/.test(uri)) return "excerpt";
  if (/^https?:\/\/wordpress\.org\/export\/1\.\d+\/$/.test(uri)) return "wp";
  if (uri === "http://purl.org/rss/1.0/modules/content/") return "content";
  if (uri === "http://purl.org/dc/elements/1.1/") return "dc";
  return prefix || uri;
}

const RECORDS = new Set(["item", "wp:author", "wp:category", "wp:tag", "wp:term"]);

const child = (node: Node, name: string): Node | undefined => node.children.find((c) => c.name === name);
const textOf = (node: Node, name: string): string => child(node, name)?.text ?? "";
const intOf = (node: Node, name: string): number => {
  const value = Number.parseInt(textOf(node, name).trim(), 10);
  return Number.isFinite(value) ? value : 0;
};
/** Term names and descriptions arrive HTML-escaped (WordPress stores "&amp;" in term names). */
const decoded = (value: string) => decodeHTML(value).trim();

/** "2019-05-04 12:30:00" read as UTC; the zero date and anything unreadable is null. */
export function wxrDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match || match[1] === "0000") return null;
  const date = new Date(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

function toAuthor(node: Node): WxrAuthor {
  return {
    id: intOf(node, "wp:author_id"),
    login: textOf(node, "wp:author_login").trim(),
    email: textOf(node, "wp:author_email").trim(),
    displayName: decoded(textOf(node, "wp:author_display_name")),
    firstName: decoded(textOf(node, "wp:author_first_name")),
    lastName: decoded(textOf(node, "wp:author_last_name")),
  };
}

function toTerm(node: Node): WxrTerm | null {
  if (node.name === "wp:category") {
    return {
      kind: "category",
      id: intOf(node, "wp:term_id"),
      slug: decodeURIComponentSafe(textOf(node, "wp:category_nicename").trim()),
      name: decoded(textOf(node, "wp:cat_name")),
      description: decoded(textOf(node, "wp:category_description")),
      parent: decodeURIComponentSafe(textOf(node, "wp:category_parent").trim()),
    };
  }
  if (node.name === "wp:tag") {
    return {
      kind: "tag",
      id: intOf(node, "wp:term_id"),
      slug: decodeURIComponentSafe(textOf(node, "wp:tag_slug").trim()),
      name: decoded(textOf(node, "wp:tag_name")),
      description: decoded(textOf(node, "wp:tag_description")),
      parent: "",
    };
  }
  const taxonomy = textOf(node, "wp:term_taxonomy").trim();
  const kind = taxonomy === "category" ? "category" : taxonomy === "post_tag" ? "tag" : null;
  if (!kind) return null;
  return {
    kind,
    id: intOf(node, "wp:term_id"),
    slug: decodeURIComponentSafe(textOf(node, "wp:term_slug").trim()),
    name: decoded(textOf(node, "wp:term_name")),
    description: decoded(textOf(node, "wp:term_description")),
    parent: decodeURIComponentSafe(textOf(node, "wp:term_parent").trim()),
  };
}

/** WordPress percent-encodes non-ASCII slugs ("%c3%bcber-uns"). */
export function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function toComment(node: Node): WxrComment {
  return {
    id: intOf(node, "wp:comment_id"),
    author: decoded(textOf(node, "wp:comment_author")),
    authorEmail: textOf(node, "wp:comment_author_email").trim(),
    authorUrl: textOf(node, "wp:comment_author_url").trim(),
    date: wxrDate(textOf(node, "wp:comment_date_gmt")) ?? wxrDate(textOf(node, "wp:comment_date")),
    content: textOf(node, "wp:comment_content"),
    approved: textOf(node, "wp:comment_approved").trim(),
    type: textOf(node, "wp:comment_type").trim(),
    parent: intOf(node, "wp:comment_parent"),
    userId: intOf(node, "wp:comment_user_id"),
  };
}

function toItem(node: Node): WxrItem {
  const meta = new Map<string, string[]>();
  for (const entry of node.children.filter((c) => c.name === "wp:postmeta")) {
    const key = textOf(entry, "wp:meta_key");
    meta.set(key, [...(meta.get(key) ?? []), textOf(entry, "wp:meta_value")]);
  }
  const terms = node.children
    .filter((c) => c.name === "category")
    .map((c) => ({
      kind: c.attrs.domain === "category" ? ("category" as const) : c.attrs.domain === "post_tag" ? ("tag" as const) : ("other" as const),
      slug: decodeURIComponentSafe((c.attrs.nicename ?? "").trim()),
      name: decoded(c.text),
    }));
  return {
    id: intOf(node, "wp:post_id"),
    title: decoded(textOf(node, "title")),
    link: textOf(node, "link").trim(),
    creator: textOf(node, "dc:creator").trim(),
    guid: textOf(node, "guid").trim(),
    content: textOf(node, "content:encoded"),
    excerpt: textOf(node, "excerpt:encoded"),
    date: wxrDate(textOf(node, "wp:post_date_gmt")),
    localDate: textOf(node, "wp:post_date").trim(),
    modified: wxrDate(textOf(node, "wp:post_modified_gmt")),
    slug: decodeURIComponentSafe(textOf(node, "wp:post_name").trim()),
    status: textOf(node, "wp:status").trim(),
    type: textOf(node, "wp:post_type").trim(),
    parent: intOf(node, "wp:post_parent"),
    menuOrder: intOf(node, "wp:menu_order"),
    password: textOf(node, "wp:post_password"),
    // WordPress's exporter writes wp:is_sticky; some tools write wp:sticky.
    sticky: (textOf(node, "wp:is_sticky") || textOf(node, "wp:sticky")).trim() === "1",
    attachmentUrl: textOf(node, "wp:attachment_url").trim(),
    terms,
    meta,
    comments: node.children.filter((c) => c.name === "wp:comment").map(toComment),
  };
}

function toRecord(node: Node): WxrRecord | null {
  if (node.name === "item") return { kind: "item", item: toItem(node) };
  if (node.name === "wp:author") return { kind: "author", author: toAuthor(node) };
  const term = toTerm(node);
  return term ? { kind: "term", term } : null;
}

export type ReadOptions = {
  /** Called with the number of characters read so far, for a progress bar. */
  onProgress?: (charactersRead: number) => void;
};

/**
 * The records of a WXR file in document order: the site first, then authors, terms and items. Only the record being
 * read is in memory; each is handed out as soon as its closing tag is read, so one broken later in the file
 * leaves the earlier ones usable and nothing of the broken one.
 */
export async function* readWxr(file: string, options: ReadOptions = {}): AsyncGenerator<WxrRecord> {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const ready: WxrRecord[] = [];
  const stack: Node[] = [];
  const siteFields: Record<string, string> = {};
  let siteSent = false;
  let sawRoot = false;
  let depth = 0;
  let failure: WxrError | null = null;
  // A record is handed out only once the parser has moved past its closing tag without complaint: saxes reports a
  // mismatched closing tag after closing the elements it skipped, which would otherwise pass for a whole item.
  let closing: WxrRecord | null = null;
  const commit = () => {
    if (closing && !failure) ready.push(closing);
    closing = null;
  };

  const fail = (message: string) => {
    failure ??= new WxrError(message, parser.line, parser.column);
  };
  const sendSite = () => {
    if (siteSent) return;
    if (!siteFields["wp:wxr_version"]) return fail(tWordpress.notWxr(parser.line, parser.column));
    siteSent = true;
    ready.push({
      kind: "site",
      site: {
        title: decoded(siteFields.title ?? ""),
        link: (siteFields.link ?? "").trim(),
        baseSiteUrl: (siteFields["wp:base_site_url"] ?? siteFields.link ?? "").trim(),
        baseBlogUrl: (siteFields["wp:base_blog_url"] ?? siteFields.link ?? "").trim(),
        wxrVersion: siteFields["wp:wxr_version"].trim(),
        language: (siteFields.language ?? "").trim(),
      },
    });
  };

  parser.on("doctype", () => fail(tWordpress.doctype(parser.line, parser.column)));
  parser.on("opentag", (tag) => {
    commit();
    depth++;
    const name = qualifiedName(tag as SaxesTagNS);
    if (depth === 1) {
      sawRoot = true;
      if (name !== "rss") fail(tWordpress.notWxr(parser.line, parser.column));
      return;
    }
    if (depth === 2 && name !== "channel") return;
    if (depth === 3 && RECORDS.has(name)) sendSite();
    if (depth >= 3) {
      const attrs: Record<string, string> = {};
      for (const attr of Object.values((tag as SaxesTagNS).attributes)) attrs[attr.local] = attr.value;
      const node: Node = { name, attrs, text: "", children: [] };
      stack[stack.length - 1]?.children.push(node);
      stack.push(node);
    }
  });
  const addText = (text: string) => {
    commit();
    const node = stack[stack.length - 1];
    if (node) node.text += text;
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.on("closetag", () => {
    commit();
    if (depth >= 3) {
      const node = stack.pop()!;
      if (depth === 3 && !failure) {
        if (RECORDS.has(node.name)) {
          closing = toRecord(node);
        } else if (node.children.length === 0) {
          siteFields[node.name] ??= node.text;
        }
      }
    }
    depth--;
  });
  parser.on("error", (error) => {
    closing = null;
    // saxes prefixes its message with "line:column: ".
    fail(tWordpress.malformed(parser.line, parser.column, error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, "")));
  });

  let read = 0;
  for await (const chunk of createReadStream(file, { encoding: "utf8", highWaterMark: 256 * 1024 })) {
    parser.write(chunk as string);
    commit();
    read += (chunk as string).length;
    options.onProgress?.(read);
    // Records completed before a fault are whole and may be written; nothing after it is handed out.
    while (ready.length > 0) yield ready.shift()!;
    if (failure) break;
  }
  if (!failure) {
    if (!sawRoot) fail(tWordpress.empty);
    else {
      // A file cut off mid-way fails here, with the line and column where it ends.
      parser.close();
      commit();
      sendSite();
    }
  }
  if (failure) throw failure;
  while (ready.length > 0) yield ready.shift()!;
}

function qualifiedName(tag: SaxesTagNS): string {
  const prefix = prefixOf(tag.uri, tag.prefix);
  return prefix ? `${prefix}:${tag.local}` : tag.local;
}
