// The front cache: whole reader responses (status, headers, the rewritten page in both encodings) kept in memory and
// answered before Next's pipeline runs, which is what one instance spends nearly all of its time on for a cached page
// (docs/performance.md, „Front cache“). lib/http/incoming.ts decides when to ask it; this module holds the entries and
// the rules for what may be kept, for how long, and how a kept answer is sent.
import type http from "node:http";
import type { Validity } from "../cache/front-generation";
import { acceptsGzip } from "./reader-html";

/** A reader page as it leaves the server: rewritten (reader-html.ts), and gzipped when it is worth it and allowed. */
export type RewrittenPage = { identity: Buffer; gzip: Buffer | null };

/** One kept answer. The heads are the header lists for writeHead, computed once. */
export type FrontEntry = {
  etag: string;
  /** What decides whether it is still current (lib/cache/front-generation.ts). */
  validity: Validity;
  expiresAt: number;
  page: RewrittenPage;
  identityHead: string[];
  gzipHead: string[];
  notModifiedHead: string[];
  bytes: number;
};

export const FRONT_CACHE_HEADER = "X-Blattwerk-Cache";

/**
 * How long an answer Next gave from its own cache may be kept when the front cache has not seen that page rendered:
 * Next does not say how old its entry is, so the page's s-maxage may already be nearly over (a scheduled post falls
 * due then). Bounds how much later than Next the front cache can show such a change.
 */
export const UNKNOWN_AGE_SECONDS = 5;

// Readers choose addresses: a query string (tracking parameters, the search, the comment form's state) never makes an
// entry, and neither does an absurdly long path. Only 200 pages are kept, so only addresses that exist can take room.
const MAX_KEY_LENGTH = 512;
// A signed-in editor always goes through Next (the proxy, the session); so does Next's draft mode.
const SESSION_COOKIE = /(?:^|;)\s*(?:(?:__Secure-)?authjs\.session-token|__prerender_bypass)[.=]/;
// Headers with which a client could make Next answer the same URL differently (internal routing, middleware and
// revalidation hints, router state). Such a request is neither answered from nor allowed to fill the front cache.
const STEERS_NEXT = /^(?:x-middleware-|x-invoke-|x-matched-path$|x-now-route-matches$|x-prerender-revalidate|x-nextjs-|next-|rsc$)/;
// Shared previews are private (`no-store` from the proxy) and may be revoked at any moment.
const NEVER_KEPT = /^\/geteilt\//;

/** The front cache's key for a reader document request (already checked by reader-html.ts), or null: Next answers it. */
export function frontCacheKey(req: Pick<http.IncomingMessage, "url" | "headers">): string | null {
  const url = req.url;
  if (!url || url.length > MAX_KEY_LENGTH || url.includes("?") || NEVER_KEPT.test(url)) return null;
  const cookie = req.headers.cookie;
  if (cookie && SESSION_COOKIE.test(cookie)) return null;
  for (const name in req.headers) if (STEERS_NEXT.test(name)) return null;
  return url;
}

/** What decides whether and how long an answer of Next may be kept. */
export type AnswerFacts = {
  status: number;
  hasEtag: boolean;
  setsCookie: boolean;
  cacheControl: string | undefined;
  /** Next's `x-nextjs-cache`: MISS (rendered for this request), HIT, STALE (old page, refresh under way). */
  nextCache: string | undefined;
};

/** The `s-maxage` of a public answer, or null: search, per-request and private pages carry none. */
export function sharedMaxAge(cacheControl: string | undefined): number | null {
  if (!cacheControl || /(?:^|,)\s*(?:private|no-store|no-cache)\b/i.test(cacheControl)) return null;
  const match = /(?:^|,)\s*s-maxage=(\d+)/i.exec(cacheControl);
  const seconds = match ? Number(match[1]) : 0;
  return seconds > 0 ? seconds : null;
}

/** Whether Next rendered the page on this request or began to (a stale answer starts a render in the background). */
export function startsRender(nextCache: string | undefined): boolean {
  return nextCache === "MISS" || nextCache === "REVALIDATED" || nextCache === "STALE";
}

/**
 * Until when an answer may be kept, or null if not at all. Next keeps a page from the moment it stores it for its
 * s-maxage (bounded by the next due post, db/queries/reader-cache.ts). With Redis, Next's page cache handler tells
 * when the entry it answered from stops being fresh (`freshUntil`, lib/cache/page-tags.mjs), and that is the bound.
 * Otherwise an answer is kept from the start of the latest render the front cache saw of this page (`renderedSince`:
 * the request that got MISS or STALE), never longer than Next keeps its own entry; without such a sighting, briefly.
 */
export function keepUntil(facts: AnswerFacts, times: { startedAt: number; now: number; renderedSince?: number; freshUntil?: number }): number | null {
  if (facts.status !== 200 || !facts.hasEtag || facts.setsCookie || facts.nextCache === "STALE") return null;
  const seconds = sharedMaxAge(facts.cacheControl);
  if (seconds === null) return null;
  const { startedAt, now, renderedSince, freshUntil } = times;
  let until: number;
  if (freshUntil !== undefined) until = Math.min(freshUntil, now + seconds * 1000);
  else if (startsRender(facts.nextCache)) until = startedAt + seconds * 1000;
  else if (renderedSince !== undefined && renderedSince + seconds * 1000 > now) until = renderedSince + seconds * 1000;
  else until = now + Math.min(seconds, UNKNOWN_AGE_SECONDS) * 1000;
  return until > now ? until : null;
}

// Filled in per answer: Node writes Date, Connection and Keep-Alive itself; length and encoding depend on the variant.
const PER_ANSWER = new Set(["content-length", "content-encoding", "transfer-encoding", "date", "connection", "keep-alive", "x-nextjs-cache"]);

/** The entry for an answer Next has finished: its headers as they stand now (Date is added at sending), its page. */
export function entryFrom(res: http.ServerResponse, page: RewrittenPage, validity: Validity, expiresAt: number): FrontEntry {
  const head: string[] = [];
  for (const name of res.getHeaderNames()) {
    if (PER_ANSWER.has(name)) continue;
    const value = res.getHeader(name);
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [String(value)]) head.push(name, one);
  }
  const hit = [FRONT_CACHE_HEADER, "hit"];
  const withoutType: string[] = [];
  for (let i = 0; i < head.length; i += 2) if (head[i]!.toLowerCase() !== "content-type") withoutType.push(head[i]!, head[i + 1]!);
  const headBytes = head.reduce((sum, part) => sum + part.length, 0);
  return {
    etag: String(res.getHeader("etag")),
    validity,
    expiresAt,
    page,
    identityHead: [...head, "Content-Length", String(page.identity.length), ...hit],
    gzipHead: page.gzip ? [...head, "Content-Encoding", "gzip", "Content-Length", String(page.gzip.length), ...hit] : [],
    notModifiedHead: [...withoutType, ...hit],
    bytes: page.identity.length + (page.gzip?.length ?? 0) + 3 * headBytes,
  };
}

/** `If-None-Match` as Next's own check (`fresh`) reads it; an `If-Modified-Since` never matches (pages have no date). */
export function notModified(headers: http.IncomingHttpHeaders, etag: string): boolean {
  const noneMatch = headers["if-none-match"];
  if (!noneMatch || headers["if-modified-since"]) return false;
  if (/(?:^|,)\s*no-cache\s*(?:,|$)/.test(String(headers["cache-control"] ?? ""))) return false;
  if (noneMatch.trim() === "*") return true;
  return noneMatch.split(",").some((token) => {
    const match = token.trim();
    return match === etag || match === `W/${etag}` || `W/${match}` === etag;
  });
}

/** Sends a kept answer: 304 for a matching ETag, gzip when the client takes it, no body for HEAD. */
export function answerFromEntry(req: http.IncomingMessage, res: http.ServerResponse, entry: FrontEntry): void {
  if (notModified(req.headers, entry.etag)) {
    res.writeHead(304, entry.notModifiedHead);
    res.end();
    return;
  }
  const gzip = entry.page.gzip !== null && acceptsGzip(req.headers["accept-encoding"]);
  res.writeHead(200, gzip ? entry.gzipHead : entry.identityHead);
  if (req.method === "HEAD") res.end();
  else res.end(gzip ? entry.page.gzip : entry.page.identity);
}

export type FrontCacheLimits = { maxEntries: number; maxBytes: number };

/**
 * The entries, least recently used first out beyond either bound. An entry is handed out only before it expires; the
 * caller checks that it is still current (lib/cache/front-generation.ts) and drops it if not. Also remembers when
 * each page was last seen rendered (for keepUntil), bounded the same way.
 */
export class FrontCacheStore {
  private readonly entries = new Map<string, FrontEntry>();
  private readonly renders = new Map<string, number>();
  private bytes = 0;

  // 64 MB: a page kept in both encodings with its headers takes 26-34 KB, so the load run's 1,000 articles and its
  // lists alone fill ~30 MB, the edge of the former 32 MB.
  constructor(private readonly limits: FrontCacheLimits = { maxEntries: 2000, maxBytes: 64 * 1024 * 1024 }) {}

  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  get(key: string, now: number): FrontEntry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      this.drop(key);
      return undefined;
    }
    // Most recently used last, so the first key is the one to evict.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** Drops `entry` if it is still the one kept for `key` (a request may have replaced it meanwhile). */
  forget(key: string, entry: FrontEntry): void {
    if (this.entries.get(key) === entry) this.drop(key);
  }

  set(key: string, entry: FrontEntry): void {
    this.drop(key);
    if (entry.bytes > this.limits.maxBytes / 8) return;
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.limits.maxEntries && this.bytes <= this.limits.maxBytes) break;
      this.drop(oldest);
    }
  }

  noteRender(key: string, startedAt: number): void {
    const latest = Math.max(startedAt, this.renders.get(key) ?? 0);
    this.renders.delete(key);
    this.renders.set(key, latest);
    if (this.renders.size > this.limits.maxEntries) this.renders.delete(this.renders.keys().next().value as string);
  }

  renderedSince(key: string): number | undefined {
    return this.renders.get(key);
  }

  private drop(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.bytes;
    this.entries.delete(key);
  }
}
