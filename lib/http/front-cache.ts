// The front cache: whole reader responses (status, headers, the rewritten page in both encodings) kept in memory and
// answered before Next's pipeline runs, which is what one instance spends nearly all of its time on for a cached page
// (docs/performance.md, „Front cache“). lib/http/incoming.ts decides when to ask it; this module holds the rules for
// what may be kept and for how long; front-entries.mjs the entries and how a kept answer is sent.
import type http from "node:http";
import { FRONT_CACHE_HEADER, type FrontEntry, type RewrittenPage, type Validity } from "./front-entries.mjs";

export { answerFromEntry, FRONT_CACHE_HEADER, frontCacheKey, FrontCacheStore, notModified } from "./front-entries.mjs";
export type { FrontCacheLimits, FrontEntry, RewrittenPage } from "./front-entries.mjs";

/**
 * How long an answer Next gave from its own cache may be kept when the front cache has not seen that page rendered:
 * Next does not say how old its entry is, so the page's s-maxage may already be nearly over (a scheduled post falls
 * due then). Bounds how much later than Next the front cache can show such a change.
 */
export const UNKNOWN_AGE_SECONDS = 5;

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
