// Old addresses as the redirect table knows them: one spelling per address (trailing slash, percent escapes, tracking
// parameters), which requests need a lookup at all, and the generic WordPress shapes answered by rule, not by row.
import { TOP_LEVEL_PAGE_SLUGS } from "./pages";

/** Query parameters that name content on WordPress's front page (`/?p=12`); every other parameter is ignored. */
const CONTENT_PARAMS = ["p", "page_id", "cat", "tag", "author", "attachment_id", "feed"] as const;
export const MAX_REDIRECT_PATH_LENGTH = 2000;

/**
 * First path segments Blattwerk answers itself. Requests under them never cost a database lookup (only
 * /artikel/<slug>, whose former addresses are redirects too). lib/redirect-paths.test.ts checks that every route
 * folder in app/ is listed here.
 */
export const OWN_ROOTS: ReadonlySet<string> = new Set([
  "artikel", "autor", "kategorie", "schlagwort", "serie", "seite", "suche", "info", "barriere-melden",
  "feed.xml", "feed.atom", "feed.json", "dashboard", "vorschau", "geteilt", "anmelden", "medien", "logo.png", "og.png",
  "robots.txt", "sitemap.xml", "sitemaps", "api", "_next", "fonts", "favicon.ico", "favicon.svg", "apple-touch-icon.png",
  ...TOP_LEVEL_PAGE_SLUGS,
]);

// The characters that would change the path's structure if left decoded.
const reencode = (segment: string) => segment.replace(/[%/?#]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function canonicalSegment(segment: string): string {
  try {
    return reencode(decodeURIComponent(segment));
  } catch {
    // A broken escape stays as written, its hex digits in one case so two spellings still meet.
    return segment.replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase());
  }
}

/**
 * The one spelling of an address: decoded (NFC), no empty segments or trailing slash, `/index.php` as `/`, and of the
 * query only what names content on the front page, in a fixed order. Accepts a path or a URL on any host (an old
 * site's address pasted into the manager). Null when it is no path at all.
 */
export function normaliseRedirectPath(raw: string): string | null {
  let input = raw.trim();
  if (/^https?:\/\//i.test(input)) {
    try {
      const url = new URL(input);
      input = url.pathname + url.search;
    } catch {
      return null;
    }
  }
  if (!input.startsWith("/") || input.length > MAX_REDIRECT_PATH_LENGTH) return null;
  const withoutFragment = input.split("#", 1)[0]!;
  const queryAt = withoutFragment.indexOf("?");
  const rawPath = queryAt === -1 ? withoutFragment : withoutFragment.slice(0, queryAt);
  const query = queryAt === -1 ? "" : withoutFragment.slice(queryAt + 1);
  if (rawPath.includes("\\")) return null;
  const segments = rawPath
    .split("/")
    .filter(Boolean)
    .map((segment) => canonicalSegment(segment).normalize("NFC"));
  if (segments.some((segment) => segment === "." || segment === "..")) return null;
  if (segments.length === 1 && segments[0] === "index.php") segments.pop();
  const path = `/${segments.join("/")}`;
  if (path !== "/" || !query) return path;
  const params = new URLSearchParams(query);
  const kept = CONTENT_PARAMS.flatMap((name) => {
    const value = params.get(name)?.trim();
    return value ? [`${name}=${encodeURIComponent(value)}`] : [];
  });
  return kept.length ? `/?${kept.join("&")}` : "/";
}

/**
 * Whether a reader request may name an old address, i.e. whether the proxy asks the redirect table: never for
 * Blattwerk's own route shapes (their pages answer; /artikel/ is asked separately), always for anything else, and
 * for the front page only with a WordPress content parameter.
 */
export function mayBeOldAddress(pathname: string, searchParams: URLSearchParams): boolean {
  const first = pathname.split("/")[1] ?? "";
  if (first === "" || first === "index.php") return CONTENT_PARAMS.some((name) => searchParams.has(name));
  return !OWN_ROOTS.has(first);
}

/** Whether the proxy would ever ask for this (normalised) source: article addresses and anything not Blattwerk's own. */
export function isRedirectableSource(path: string): boolean {
  const [pathname = "/", query = ""] = path.split("?", 2);
  return /^\/artikel\/[^/]+$/.test(pathname) || mayBeOldAddress(pathname, new URLSearchParams(query));
}

/** Blattwerk's list addresses, which take a page number and a feed: the front page, categories, authors, tags. */
const LIST = /^\/(?:(?:kategorie|autor|serie|schlagwort)\/[^/?]+)?$/;

export type SuffixRule = { base: string; suffix: { kind: "page"; n: number } | { kind: "feed"; format: "xml" | "atom" } };

/**
 * WordPress's generic shapes on top of any address: `…/page/<n>` and `…/feed` (`/rss2`, `/atom`, `/?feed=rss2`).
 * The base is looked up (or is the front page) and the suffix mapped onto Blattwerk's list: no row per page or feed.
 */
export function suffixRule(path: string): SuffixRule | null {
  if (/^\/\?feed=/.test(path)) return { base: "/", suffix: { kind: "feed", format: path.includes("atom") ? "atom" : "xml" } };
  const page = /^(.*)\/page\/(\d{1,6})$/.exec(path);
  if (page) return { base: page[1] || "/", suffix: { kind: "page", n: Number(page[2]) } };
  const feed = /^(.*?)(?:\/comments)?\/feed(?:\/(rss2?|rdf|atom))?$/.exec(path);
  if (feed) return { base: feed[1] || "/", suffix: { kind: "feed", format: feed[2] === "atom" ? "atom" : "xml" } };
  return null;
}

/** The suffix applied to where the base leads: a list gets its page or feed, anything else its own address or the site's feed. */
export function applySuffix(target: string, suffix: SuffixRule["suffix"]): string {
  const list = LIST.test(target);
  if (suffix.kind === "page") {
    if (!list) return target;
    if (suffix.n <= 1) return target;
    return `${target === "/" ? "" : target}/seite/${suffix.n}`;
  }
  const base = list && target !== "/" ? target : "";
  return `${base}/feed.${suffix.format}`;
}

/** `/wp-content/uploads/2019/05/foto-1024x576.jpg` (and `-scaled`) → the original's path, else null. */
export function uploadOriginalPath(path: string): string | null {
  if (!path.startsWith("/wp-content/uploads/")) return null;
  const original = path.replace(/-(?:\d{1,5}x\d{1,5}|scaled)(\.[a-z0-9]{2,5})$/i, "$1");
  return original === path ? null : original;
}

/** A path a redirect may lead to: on this site only (no other host, no "//evil"), normalised like a source. */
export function localTarget(raw: string): string | null {
  const trimmed = raw.trim();
  if (!trimmed.startsWith("/") || trimmed.startsWith("//") || trimmed.startsWith("/\\")) return null;
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) return null;
  try {
    const url = new URL(trimmed, "http://blattwerk.invalid");
    if (url.origin !== "http://blattwerk.invalid" || url.pathname.startsWith("//")) return null;
  } catch {
    return null;
  }
  const [path = "", query] = trimmed.split("#", 1)[0]!.split("?", 2) as [string, string | undefined];
  const clean = normaliseRedirectPath(path);
  if (clean === null) return null;
  return query ? `${clean}?${query}` : clean;
}
