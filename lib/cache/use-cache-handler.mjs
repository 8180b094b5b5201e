// @ts-check
// Next's `cacheHandlers` interface ('use cache' entries) on Redis: every instance reads the same entries and the same
// tag invalidation times. Redis away: a miss on read, nothing stored, no error reaches the render.
import { getRedisCache, localCopies, packEntry, readTagTimes, recordTagInvalidation, tagState, ttlSeconds, unpackEntry } from "./redis-store.mjs";

/** @typedef {{ header: Omit<import("next/cache").CacheEntry, "value">; body: Uint8Array }} StoredEntry */

/** @type {{ [key: symbol]: ReturnType<typeof localCopies<StoredEntry>> | undefined }} */
const registry = /** @type {never} */ (globalThis);
const COPIES = Symbol.for("blattwerk.useCacheCopies");
const copies = (registry[COPIES] ??= localCopies(Number(process.env.DATA_CACHE_LOCAL_BYTES || 32 * 1024 * 1024)));

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
      const local = copies.get(cacheKey);
      /** @param {StoredEntry} entry */
      const served = async (entry) => {
        const state = tagState(await readTagTimes(cache, entry.header.tags), entry.header.timestamp);
        if (state === "expired") return undefined;
        // A stale tag: served once more while Next renders a fresh entry in the background.
        return { ...entry.header, revalidate: state === "stale" ? -1 : entry.header.revalidate, value: streamOf(entry.body) };
      };
      try {
        const fromLocal = local && (await served(local));
        if (fromLocal) return fromLocal;
        copies.drop(cacheKey);
        const packed = await cache.client.getBuffer(keyOf(cacheKey));
        if (!packed) return undefined;
        const { header, body } = unpackEntry(packed);
        const stored = { header, body: new Uint8Array(body) };
        const found = await served(stored);
        if (found) copies.set(cacheKey, stored, packed.length);
        return found;
      } catch {
        // Redis is away: what this instance holds, else a miss (the render reads the database).
        return local ? { ...local.header, value: streamOf(local.body) } : undefined;
      }
    },

    async set(cacheKey, pendingEntry) {
      try {
        const entry = await pendingEntry;
        const body = new Uint8Array(await new Response(entry.value).arrayBuffer());
        const { value: _value, ...header } = entry;
        copies.set(cacheKey, { header, body }, body.length);
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

/**
 * Stores nothing: what the handler is during `next build`, and at run time when REDIS_URL is missing from a build made
 * with it (a warning says so), so a misconfigured instance renders every request instead of failing.
 * @type {import("next/cache").CacheHandler}
 */
export const noCacheHandler = {
  async get() {
    return undefined;
  },
  async set(_cacheKey, pendingEntry) {
    await pendingEntry.then((entry) => entry.value.cancel(), () => undefined);
  },
  async refreshTags() {},
  async getExpiration() {
    return 0;
  },
  async updateTags() {},
};

function handlerForThisProcess() {
  if (getRedisCache()) return createUseCacheHandler();
  if (process.env.NEXT_PHASE !== "phase-production-build") console.warn("REDIS_URL is unset: 'use cache' entries are not kept.");
  return noCacheHandler;
}

// Next imports this file when the build was configured with REDIS_URL (next.config.ts).
export default handlerForThisProcess();
