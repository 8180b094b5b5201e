// @ts-check
// Next's `cacheHandler` interface (whole rendered pages and route responses) on Redis. A page entry carries the tags of
// everything it shows in its x-next-cache-tags header; an invalidation of any of them, made on any instance, drops it.
import { deserialise, getRedisCache, readTagTimes, recordTagInvalidation, serialise, tagState, ttlSeconds } from "./redis-store.mjs";

const TAGS_HEADER = "x-next-cache-tags";

/** @param {any} value @returns {string[]} */
function tagsOf(value) {
  const header = value?.headers?.[TAGS_HEADER];
  return typeof header === "string" && header ? header.split(",") : [];
}

export default class RedisPageCacheHandler {
  /** @param {unknown} [_options] @param {import("./redis-store.mjs").RedisCache | null} [cache] */
  constructor(_options, cache = getRedisCache()) {
    if (!cache) throw new Error("The Redis cache handler needs REDIS_URL.");
    this.cache = cache;
  }

  /** @param {string} key */
  keyOf(key) {
    return `${this.cache.prefix}page:${key}`;
  }

  /** @param {string} key @returns {Promise<{ lastModified: number; value: any; cacheControl?: unknown } | null>} */
  async get(key) {
    try {
      const text = await this.cache.client.get(this.keyOf(key));
      if (!text) return null;
      const entry = deserialise(text);
      // Expired or stale alike: a page is small to render from its cached data, and a blocking render is what makes
      // the change visible on this very request.
      const state = tagState(await readTagTimes(this.cache, tagsOf(entry.value)), entry.lastModified);
      return state === "fresh" ? entry : null;
    } catch {
      return null;
    }
  }

  /**
   * @param {string} key
   * @param {any} data
   * @param {{ cacheControl?: { revalidate?: number | false; expire?: number } }} [ctx]
   */
  async set(key, data, ctx) {
    if (!data) return;
    try {
      const cacheControl = ctx?.cacheControl;
      const text = serialise({ lastModified: Date.now(), value: data, cacheControl });
      await this.cache.client.set(this.keyOf(key), text, "EX", ttlSeconds(cacheControl?.expire));
    } catch {
      // Served anyway; the next request renders the page again.
    }
  }

  /** @param {string | string[]} tags @param {{ expire?: number }} [durations] */
  async revalidateTag(tags, durations) {
    try {
      await recordTagInvalidation(this.cache, Array.isArray(tags) ? tags : [tags], durations);
    } catch (error) {
      console.error(`Redis: page invalidation not recorded (${/** @type {Error} */ (error).message}).`);
    }
  }

  resetRequestCache() {}
}
