// The import's first pass: a small index of the whole export (terms, authors, and per item its id, type, address
// and attachment data, never its content), from which old addresses are resolved before anything is written.
import { stat } from "node:fs/promises";
import { uploadPathOf } from "./convert";
import { readWxr, type WxrAuthor, type WxrSite, type WxrTerm } from "./parse";

export type IndexedItem = {
  id: number;
  type: "post" | "page" | "attachment";
  status: string;
  /** The WordPress slug, percent-decoded ("" for drafts that never had one). */
  slug: string;
  title: string;
  /** The item's old address as a path ("/2019/05/slug/"); "" when the export names none. */
  path: string;
  parent: number;
  menuOrder: number;
  /** Attachments: the file under wp-content/uploads, and what WordPress says about it. */
  file?: { uploadPath: string; alt: string; caption: string; credit: string; title: string; urlPath: string };
};

export type SiteIndex = {
  site: WxrSite;
  authors: WxrAuthor[];
  /** Each term once, parents before children (WordPress 6 writes every term twice). */
  categories: WxrTerm[];
  tags: WxrTerm[];
  items: Map<number, IndexedItem>;
  /** Items of other types (menus, revisions, custom types), by type, for the report. */
  otherTypes: Map<string, number>;
  duplicateTerms: number;
};

/** Paths of an old-site URL: absolute URLs on the old hosts, and root-relative ones. */
export function ownPathResolver(site: WxrSite): (url: string) => string | null {
  const bases = [site.baseSiteUrl, site.baseBlogUrl, site.link].flatMap((value) => {
    try {
      const url = new URL(value);
      return [{ host: url.hostname.replace(/^www\./, ""), prefix: url.pathname.replace(/\/+$/, "") }];
    } catch {
      return [];
    }
  });
  return (raw) => {
    const url = raw.trim();
    if (url.startsWith("/") && !url.startsWith("//")) return url;
    let parsed: URL;
    try {
      parsed = new URL(url.startsWith("//") ? `https:${url}` : url);
    } catch {
      return null;
    }
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
    const host = parsed.hostname.replace(/^www\./, "");
    const base = bases.find((b) => b.host === host && (b.prefix === "" || parsed.pathname.startsWith(`${b.prefix}/`) || parsed.pathname === b.prefix));
    if (!base) return null;
    return (parsed.pathname.slice(base.prefix.length) || "/") + parsed.search;
  };
}

function sortParentsFirst(terms: WxrTerm[]): WxrTerm[] {
  const bySlug = new Map(terms.map((term) => [term.slug, term]));
  const sorted: WxrTerm[] = [];
  const done = new Set<string>();
  const visit = (term: WxrTerm, seen: Set<string>) => {
    if (done.has(term.slug) || seen.has(term.slug)) return;
    seen.add(term.slug);
    const parent = term.parent ? bySlug.get(term.parent) : undefined;
    if (parent) visit(parent, seen);
    done.add(term.slug);
    sorted.push(term);
  };
  for (const term of terms) visit(term, new Set());
  return sorted;
}

export async function scanWxr(file: string, onProgress?: (fraction: number) => void): Promise<SiteIndex> {
  const size = (await stat(file)).size || 1;
  let site: WxrSite | null = null;
  let ownPath: ((url: string) => string | null) | null = null;
  const authors: WxrAuthor[] = [];
  const terms = new Map<string, WxrTerm>();
  const items = new Map<number, IndexedItem>();
  const otherTypes = new Map<string, number>();
  let duplicateTerms = 0;
  for await (const record of readWxr(file, { onProgress: (read) => onProgress?.(Math.min(1, read / size)) })) {
    if (record.kind === "site") {
      site = record.site;
      ownPath = ownPathResolver(site);
    } else if (record.kind === "author") {
      authors.push(record.author);
    } else if (record.kind === "term") {
      const key = `${record.term.kind}:${record.term.id || record.term.slug}`;
      if (terms.has(key)) duplicateTerms++;
      else terms.set(key, record.term);
    } else {
      const item = record.item;
      if (item.type !== "post" && item.type !== "page" && item.type !== "attachment") {
        otherTypes.set(item.type || "?", (otherTypes.get(item.type || "?") ?? 0) + 1);
        continue;
      }
      const entry: IndexedItem = {
        id: item.id,
        type: item.type,
        status: item.status,
        slug: item.slug,
        title: item.title,
        path: item.link ? (ownPath!(item.link) ?? "") : "",
        parent: item.parent,
        menuOrder: item.menuOrder,
      };
      if (item.type === "attachment") {
        const attached = item.meta.get("_wp_attached_file")?.[0];
        const uploadPath = attached ?? (item.attachmentUrl ? uploadPathOf(item.attachmentUrl, { ownPath: ownPath! }) : null);
        if (uploadPath) {
          entry.file = {
            uploadPath,
            alt: item.meta.get("_wp_attachment_image_alt")?.[0]?.trim() ?? "",
            caption: item.excerpt.trim(),
            credit: item.meta.get("_blattwerk_credit")?.[0]?.trim() ?? "",
            title: item.title,
            urlPath: item.attachmentUrl ? (ownPath!(item.attachmentUrl)?.split("?")[0] ?? "") : "",
          };
        }
      }
      items.set(item.id, entry);
    }
  }
  if (!site) throw new Error("unreachable: readWxr hands out the site before anything else");
  const all = [...terms.values()];
  return {
    site,
    authors,
    categories: sortParentsFirst(all.filter((term) => term.kind === "category")),
    tags: all.filter((term) => term.kind === "tag"),
    items,
    otherTypes,
    duplicateTerms,
  };
}

/** Attachments of a post in WordPress's gallery order (menu order, then id): what a bare [gallery] shows. */
export function attachmentsOf(index: SiteIndex, postId: number): IndexedItem[] {
  return [...index.items.values()]
    .filter((item) => item.type === "attachment" && item.parent === postId && item.file)
    .sort((a, b) => a.menuOrder - b.menuOrder || a.id - b.id);
}

/** "/2019/05/Slug/" and "/2019/05/slug" are one address; "?p=12" keeps only the parameters that name content. */
export function normalisedPath(path: string): string {
  const [rawPath = "", query = ""] = path.split("?", 2);
  let decoded = rawPath;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    // Keep the path as written.
  }
  const clean = decoded.split("#")[0]!.replace(/\/+$/, "").toLowerCase() || "/";
  const params = new URLSearchParams(query);
  const kept = ["p", "page_id", "cat", "tag", "author"].filter((name) => params.has(name)).map((name) => `${name}=${params.get(name)}`);
  return kept.length ? `${clean === "/" ? "" : clean}?${kept.join("&")}` : clean;
}
