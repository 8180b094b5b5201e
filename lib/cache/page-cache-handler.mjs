// @ts-check
// Next's `cacheHandler` interface (whole rendered pages and route responses) on Redis. A page entry carries the tags of
// everything it shows in its x-next-cache-tags header; an invalidation of any of them, made on any instance, drops it.
import { notePage, renderBegan } from "./page-tags.mjs";
import { deserialise, getRedisCache, localCopies, readTagTimes, recordTagInvalidation, serialise, tagState, ttlSeconds } from "./redis-store.mjs";

const TAGS_HEADER = "x-next-cache-tags";

/** @typedef {{ lastModified: number; value: any; cacheControl?: { revalidate?: number | false; expire?: number } }} PageEntry */

// Module level: Next makes a handler object per request. 64 MB holds a few hundred pages.
/** @type {{ [key: symbol]: ReturnType<typeof localCopies<PageEntry>> | undefined }} */
const registry = /** @type {never} */ (globalThis);
const COPIES = Symbol.for("blattwerk.pageCopies");
const copies = (registry[COPIES] ??= localCopies(Number(process.env.PAGE_CACHE_LOCAL_BYTES || 64 * 1024 * 1024)));

/**
 * When Next stops taking an entry as fresh: its time plus its revalidate seconds (none for a page kept until changed).
 * @param {number} lastModified
 * @param {{ revalidate?: number | false } | undefined} cacheControl
 */
function freshUntil(lastModified, cacheControl) {
  const seconds = cacheControl?.revalidate;
  return typeof seconds === "number" ? lastModified + seconds * 1000 : undefined;
}

/** @param {any} value @returns {string[]} */
function tagsOf(value) {
  const header = value?.headers?.[TAGS_HEADER];
  return typeof header === "string" && header ? header.split(",") : [];
}

/**
 * The stored entry, or null for bytes that are not one (an entry in the JSON layout of an earlier release): rendered
 * again and overwritten.
 * @param {Buffer} packed
 * @returns {PageEntry | null}
 */
function readable(packed) {
  try {
    return deserialise(packed);
  } catch {
    return null;
  }
}

export default class RedisPageCacheHandler {
  /** @param {unknown} [_options] @param {import("./redis-store.mjs").RedisCache | null} [cache] */
  constructor(_options, cache = getRedisCache()) {
    // Without Redis (during `next build`, or a missing REDIS_URL at run time) nothing is stored and every request renders.
    this.cache = cache;
  }

  /** @param {string} key */
  keyOf(key) {
    return `${this.cache?.prefix}page:${key}`;
  }

  /**
   * The page as this instance holds it or as Redis has it, whichever is still valid by its tags.
   * @param {string} key
   * @returns {Promise<PageEntry | null>}
   */
  async get(key) {
    if (!this.cache) return null;
    const cache = this.cache;
    const local = copies.get(key);
    // Expired or stale alike: a page is quick to render from its cached data, and a blocking render is what makes
    // the change visible on this very request.
    const valid = async (/** @type {PageEntry} */ entry) => tagState(await readTagTimes(cache, tagsOf(entry.value)), entry.lastModified) === "fresh";
    // The front cache keeps the answer as long as this entry is fresh and its tags unchanged (lib/cache/page-tags.mjs).
    const handOut = (/** @type {PageEntry} */ entry) => {
      notePage(tagsOf(entry.value), freshUntil(entry.lastModified, entry.cacheControl));
      return entry;
    };
    try {
      if (local && (await valid(local))) return handOut(local);
      copies.drop(key);
      const packed = await cache.client.getBuffer(this.keyOf(key));
      if (!packed) return null;
      /** @type {PageEntry | null} */
      const stored = readable(packed);
      if (!stored || !(await valid(stored))) return null;
      copies.set(key, stored, packed.length);
      return handOut(stored);
    } catch {
      // Redis is away: what this instance holds, else a fresh render.
      return local ?? null;
    }
  }

  /**
   * @param {string} key
   * @param {any} data
   * @param {{ cacheControl?: { revalidate?: number | false; expire?: number } }} [ctx]
   */
  async set(key, data, ctx) {
    if (!data || !this.cache) return;
    const cacheControl = ctx?.cacheControl;
    const lastModified = renderBegan();
    notePage(tagsOf(data), freshUntil(lastModified, cacheControl));
    try {
      const entry = { lastModified, value: data, cacheControl };
      const packed = serialise(entry);
      copies.set(key, entry, packed.length);
      await this.cache.client.set(this.keyOf(key), packed, "EX", ttlSeconds(cacheControl?.expire));
    } catch {
      // Served anyway; the next request renders the page again.
    }
  }

  /** @param {string | string[]} tags @param {{ expire?: number }} [durations] */
  async revalidateTag(tags, durations) {
    if (!this.cache) return;
    try {
      await recordTagInvalidation(this.cache, Array.isArray(tags) ? tags : [tags], durations);
    } catch (error) {
      console.error(`Redis: page invalidation not recorded (${/** @type {Error} */ (error).message}).`);
    }
  }

  resetRequestCache() {}
}
