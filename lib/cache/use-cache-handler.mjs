// @ts-check
// Next's `cacheHandlers` interface ('use cache' entries) on Redis: every instance reads the same entries and the same
// tag invalidation times. Redis away: a miss on read, nothing stored, no error reaches the render.
import { getRedisCache, packEntry, readTagTimes, recordTagInvalidation, tagState, ttlSeconds, unpackEntry } from "./redis-store.mjs";

/** @typedef {import("next/cache").CacheEntry} CacheEntry */

/** @param {Uint8Array} bytes */
function streamOf(bytes) {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/**
 * @param {import("./redis-store.mjs").RedisCache | null} [cache]
 * @returns {import("next/cache").CacheHandler}
 */
export function createUseCacheHandler(cache = getRedisCache()) {
  if (!cache) throw new Error("The Redis cache handler needs REDIS_URL.");
  const keyOf = (/** @type {string} */ cacheKey) => `${cache.prefix}uc:${cacheKey}`;
  return {
    async get(cacheKey) {
      try {
        const packed = await cache.client.getBuffer(keyOf(cacheKey));
        if (!packed) return undefined;
        const { header, body } = unpackEntry(packed);
        const state = tagState(await readTagTimes(cache, header.tags), header.timestamp);
        if (state === "expired") return undefined;
        // A stale tag: served once more while Next renders a fresh entry in the background.
        return { ...header, revalidate: state === "stale" ? -1 : header.revalidate, value: streamOf(body) };
      } catch {
        return undefined;
      }
    },

    async set(cacheKey, pendingEntry) {
      try {
        const entry = await pendingEntry;
        const body = new Uint8Array(await new Response(entry.value).arrayBuffer());
        const { value: _value, ...header } = entry;
        await cache.client.set(keyOf(cacheKey), packEntry(header, body), "EX", ttlSeconds(entry.expire));
      } catch {
        // The response was already served; the next request renders and tries again.
      }
    },

    // Tag times are read from Redis with every entry, so there is no local state to bring up to date.
    async refreshTags() {},

    async getExpiration(tags) {
      try {
        const times = await readTagTimes(cache, tags);
        const now = Date.now();
        return Math.max(0, ...times.map(({ expired }) => (expired <= now ? expired : 0)));
      } catch {
        return 0;
      }
    },

    async updateTags(tags, durations) {
      try {
        await recordTagInvalidation(cache, tags, durations);
      } catch (error) {
        console.error(`Redis: invalidation of ${tags.join(", ")} not recorded (${/** @type {Error} */ (error).message}).`);
      }
    },
  };
}

// Next imports this file only when REDIS_URL is set (next.config.ts).
export default getRedisCache() ? createUseCacheHandler() : null;
