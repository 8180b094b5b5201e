// @ts-check
// The front cache's entries: which requests may be answered from one, how a kept answer is sent, and the store that
// holds them. Plain ESM: the request hook (incoming.ts, bundled by Next) and the front thread (front-thread.mjs,
// started as a file of its own) both answer from such a store. What may be kept, and for how long, is front-cache.ts.
import { acceptsGzip } from "./reader-request.mjs";

/**
 * @typedef {{ identity: Buffer | Uint8Array; gzip: Buffer | Uint8Array | null }} RewrittenPage
 * A reader page as it leaves the server: rewritten (reader-html.ts), and gzipped when it is worth it and allowed.
 * (An entry handed to the front thread arrives with Uint8Arrays: structured cloning drops the Buffer class.)
 *
 * @typedef {{ generation: string } | { tags: readonly string[]; since: number }} Validity
 * What decides whether an entry is still current (lib/cache/front-generation.ts).
 *
 * @typedef {{
 *   etag: string;
 *   validity: Validity;
 *   expiresAt: number;
 *   page: RewrittenPage;
 *   identityHead: string[];
 *   gzipHead: string[];
 *   notModifiedHead: string[];
 *   bytes: number;
 * }} FrontEntry
 * One kept answer. The heads are the header lists for writeHead, computed once.
 *
 * @typedef {{ maxEntries: number; maxBytes: number }} FrontCacheLimits
 */

export const FRONT_CACHE_HEADER = "X-Blattwerk-Cache";

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

/**
 * The front cache's key for a reader document request (already checked by reader-request.mjs), or null: Next answers it.
 * @param {{ url?: string; headers: Record<string, string | string[] | undefined> }} req
 * @returns {string | null}
 */
export function frontCacheKey(req) {
  const url = req.url;
  if (!url || url.length > MAX_KEY_LENGTH || url.includes("?") || NEVER_KEPT.test(url)) return null;
  const cookie = req.headers.cookie;
  if (typeof cookie === "string" && SESSION_COOKIE.test(cookie)) return null;
  for (const name in req.headers) if (STEERS_NEXT.test(name)) return null;
  return url;
}

/**
 * `If-None-Match` as Next's own check (`fresh`) reads it; an `If-Modified-Since` never matches (pages have no date).
 * @param {import("node:http").IncomingHttpHeaders} headers
 * @param {string} etag
 */
export function notModified(headers, etag) {
  const noneMatch = headers["if-none-match"];
  if (!noneMatch || headers["if-modified-since"]) return false;
  if (/(?:^|,)\s*no-cache\s*(?:,|$)/.test(String(headers["cache-control"] ?? ""))) return false;
  if (noneMatch.trim() === "*") return true;
  return noneMatch.split(",").some((token) => {
    const match = token.trim();
    return match === etag || match === `W/${etag}` || `W/${match}` === etag;
  });
}

/**
 * Sends a kept answer: 304 for a matching ETag, gzip when the client takes it, no body for HEAD.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {FrontEntry} entry
 */
export function answerFromEntry(req, res, entry) {
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

/**
 * The entries, least recently used first out beyond either bound. An entry is handed out only before it expires; the
 * caller checks that it is still current (lib/cache/front-generation.ts) and drops it if not. Also remembers when
 * each page was last seen rendered (for keepUntil in front-cache.ts), bounded the same way.
 */
export class FrontCacheStore {
  /** @type {Map<string, FrontEntry>} */
  #entries = new Map();
  /** @type {Map<string, number>} */
  #renders = new Map();
  #bytes = 0;
  /** @type {FrontCacheLimits} */
  #limits;

  // 64 MB: a page kept in both encodings with its headers takes 26-34 KB, so the load run's 1,000 articles and its
  // lists alone fill ~30 MB, the edge of the former 32 MB.
  /** @param {FrontCacheLimits} [limits] */
  constructor(limits = { maxEntries: 2000, maxBytes: 64 * 1024 * 1024 }) {
    this.#limits = limits;
  }

  get size() {
    return this.#entries.size;
  }

  get totalBytes() {
    return this.#bytes;
  }

  /**
   * @param {string} key
   * @param {number} now
   * @returns {FrontEntry | undefined}
   */
  get(key, now) {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      this.#drop(key);
      return undefined;
    }
    // Most recently used last, so the first key is the one to evict.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry;
  }

  /**
   * Drops `entry` if it is still the one kept for `key` (a request may have replaced it meanwhile).
   * @param {string} key
   * @param {FrontEntry} entry
   */
  forget(key, entry) {
    if (this.#entries.get(key) === entry) this.#drop(key);
  }

  /**
   * @param {string} key
   * @param {FrontEntry} entry
   */
  set(key, entry) {
    this.#drop(key);
    if (entry.bytes > this.#limits.maxBytes / 8) return;
    this.#entries.set(key, entry);
    this.#bytes += entry.bytes;
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.#limits.maxEntries && this.#bytes <= this.#limits.maxBytes) break;
      this.#drop(oldest);
    }
  }

  /**
   * @param {string} key
   * @param {number} startedAt
   */
  noteRender(key, startedAt) {
    const latest = Math.max(startedAt, this.#renders.get(key) ?? 0);
    this.#renders.delete(key);
    this.#renders.set(key, latest);
    if (this.#renders.size > this.#limits.maxEntries) this.#renders.delete(/** @type {string} */ (this.#renders.keys().next().value));
  }

  /** @param {string} key */
  renderedSince(key) {
    return this.#renders.get(key);
  }

  /** @param {string} key */
  #drop(key) {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#bytes -= entry.bytes;
    this.#entries.delete(key);
  }
}
