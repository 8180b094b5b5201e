// @ts-check
// The shared cache behind Next's two handler interfaces: one ioredis client per process, the tag invalidation times
// every instance reads, and the entry encoding. Plain ESM because Next imports the handler files at run time, unbundled.
// So they read REDIS_* and *_CACHE_LOCAL_BYTES themselves (a blank value gives the default, as in lib/config.ts, which
// next.config.ts has used to check them before Next loads these files).
import Redis from "ioredis";
import { createTagMirror, tagChangesChannel } from "./tag-mirror.mjs";

const SEVEN_DAYS = 7 * 24 * 3600;
/** A tag every entry carries implicitly: expiring it drops the whole cache (after an invalidation was lost). */
const EVERYTHING = "*";
/** The front cache's generation (lib/cache/front-generation.ts): every invalidation moves it, for every instance. */
const FRONT_GENERATION = "front:generation";
/** A field of the expiry hash no tag is named like: when a redirect for any address last changed (readLatestChange). */
const REDIRECTS_CHANGED = "front:redirects";

/**
 * @typedef {{ stale: number; expired: number }} TagTimes
 * @typedef {{
 *   client: Redis;
 *   prefix: string;
 *   isReady: () => boolean;
 *   lostInvalidation: boolean;
 *   mirror?: import("./tag-mirror.mjs").TagMirror;
 * }} RedisCache
 */

/** @type {{ [key: symbol]: RedisCache | undefined }} */
const registry = /** @type {never} */ (globalThis);
const SLOT = Symbol.for("blattwerk.redisCache");

/** The key prefix: several sites (or test runs) can share one Redis without seeing each other's entries. */
export function redisKeyPrefix() {
  return process.env.REDIS_KEY_PREFIX || "blattwerk:";
}

/**
 * The process's client, or null without REDIS_URL. Commands fail at once while Redis is away (no offline queue), so
 * a request never waits for it; the client keeps reconnecting in the background.
 * @returns {RedisCache | null}
 */
export function getRedisCache() {
  const url = process.env.REDIS_URL;
  // `next build` loads the handlers to prerender, but nothing it renders reads the database or should be shared.
  if (!url || process.env.NEXT_PHASE === "phase-production-build") return null;
  const existing = registry[SLOT];
  if (existing) return existing;
  let down = false;
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    commandTimeout: Number(process.env.REDIS_COMMAND_TIMEOUT_MS || 500),
    // Never give up: an instance must find Redis again without a restart.
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  client.on("error", (error) => {
    // One line per outage, not one per reconnect attempt.
    if (down) return;
    down = true;
    console.error(`Redis unavailable (${error.message}): serving without the shared cache until it is back.`);
  });
  /** @type {RedisCache} */
  const cache = { client, prefix: redisKeyPrefix(), isReady: () => client.status === "ready", lostInvalidation: false };
  client.on("ready", () => {
    if (down) console.error("Redis reachable again: shared cache in use.");
    down = false;
    // An invalidation made while Redis was away never reached the others: every entry older than now is dropped.
    if (cache.lostInvalidation) {
      cache.lostInvalidation = false;
      const changes = { expired: { [EVERYTHING]: Date.now() } };
      recorded(cache, client.multi().incr(`${cache.prefix}${FRONT_GENERATION}`), changes).catch(() => (cache.lostInvalidation = true));
    }
  });
  cache.mirror = createTagMirror(client, cache.prefix);
  registry[SLOT] = cache;
  return cache;
}

/** Seconds a stored entry may live in Redis: its own expiry, at most a week (Next never deletes from the store). */
export function ttlSeconds(/** @type {number | undefined} */ expire) {
  if (typeof expire !== "number" || !Number.isFinite(expire) || expire <= 0) return SEVEN_DAYS;
  return Math.max(1, Math.min(SEVEN_DAYS, Math.ceil(expire)));
}

/**
 * Records an invalidation: without durations the tags expire now (updateTag, revalidateTag(tag, { expire: 0 })),
 * with durations they turn stale now and expire after `expire` seconds (revalidateTag(tag, "max")).
 * @param {RedisCache} cache
 * @param {string[]} tags
 * @param {{ expire?: number }} [durations]
 */
export async function recordTagInvalidation(cache, tags, durations) {
  if (tags.length === 0) return;
  try {
    await writeTagTimes(cache, tags, durations);
  } catch (error) {
    cache.lostInvalidation = true;
    throw error;
  }
}

/** @param {RedisCache} cache @param {string[]} tags @param {{ expire?: number }} [durations] */
async function writeTagTimes(cache, tags, durations) {
  const now = Date.now();
  /** @type {Required<import("./tag-mirror.mjs").TagChanges>} */
  const changes = { stale: {}, expired: {} };
  for (const tag of tags) {
    if (durations) {
      changes.stale[tag] = now;
      if (durations.expire !== undefined) changes.expired[tag] = now + durations.expire * 1000;
    } else {
      changes.expired[tag] = now;
    }
  }
  // In the same transaction: an instance that sees the new generation (lib/cache/front-generation.ts) also finds the
  // tags expired.
  await recorded(cache, cache.client.multi().incr(`${cache.prefix}${FRONT_GENERATION}`), changes);
}

/**
 * Runs a transaction with these tag times written to the hashes and published to every instance's mirror
 * (tag-mirror.mjs) in it, and applies them to this instance's mirror once Redis has them.
 * @param {RedisCache} cache
 * @param {import("ioredis").ChainableCommander} multi
 * @param {import("./tag-mirror.mjs").TagChanges} changes
 */
async function recorded(cache, multi, changes) {
  for (const [hash, times] of /** @type {const} */ ([["stale", changes.stale], ["expired", changes.expired]])) {
    if (!times || Object.keys(times).length === 0) continue;
    multi.hset(`${cache.prefix}tags:${hash}`, Object.fromEntries(Object.entries(times).map(([tag, time]) => [tag, String(time)])));
  }
  multi.publish(tagChangesChannel(cache.prefix), JSON.stringify(changes));
  await multi.exec();
  cache.mirror?.apply(changes);
}

/**
 * The front cache's generation as every instance sees it ("0" before the first invalidation).
 * @param {RedisCache} cache
 * @returns {Promise<string>}
 */
export async function readFrontGeneration(cache) {
  return (await cache.client.get(`${cache.prefix}${FRONT_GENERATION}`)) ?? "0";
}

/**
 * Moves the front cache's generation; a change that may concern any address (a redirect made in the redirect editor)
 * is also recorded as a time every front cache entry must be younger than. A lost move is made up for when Redis is
 * back, like a lost invalidation.
 * @param {RedisCache} cache
 * @param {{ anyAddress?: boolean }} [change]
 */
export async function moveFrontGeneration(cache, change = {}) {
  try {
    const multi = cache.client.multi().incr(`${cache.prefix}${FRONT_GENERATION}`);
    if (change.anyAddress) await recorded(cache, multi, { expired: { [REDIRECTS_CHANGED]: Date.now() } });
    else await multi.exec();
  } catch (error) {
    cache.lostInvalidation = true;
    throw error;
  }
}

/**
 * The latest time any of these tags expired, or everything was dropped, or a redirect was made that may take over any
 * address: an answer kept by the front cache from before that time may show what changed. One HMGET: the tags Blattwerk
 * invalidates always expire at once (updateTag, or revalidateTag with `expire: 0`, which also records the expiry), so
 * the stale times need no second read.
 * @param {RedisCache} cache
 * @param {readonly string[]} tags
 * @returns {Promise<number>}
 */
export async function readLatestChange(cache, tags) {
  const known = latestChangeKnown(cache, tags);
  if (known !== null) return known;
  const values = await cache.client.hmget(`${cache.prefix}tags:expired`, ...tags, EVERYTHING, REDIRECTS_CHANGED);
  const now = Date.now();
  let latest = 0;
  for (const value of values) {
    const time = Number(value ?? 0);
    if (time <= now && time > latest) latest = time;
  }
  return latest;
}

/**
 * readLatestChange from this instance's mirror of the times, without waiting for Redis; null while the mirror may be
 * incomplete (its subscription is down).
 * @param {RedisCache} cache
 * @param {readonly string[]} tags
 * @returns {number | null}
 */
export function latestChangeKnown(cache, tags) {
  return cache.mirror?.latestExpiry([...tags, EVERYTHING, REDIRECTS_CHANGED], Date.now()) ?? null;
}

/**
 * Whether none of these tags changed since `since` (nor everything, nor any address: readLatestChange): at once from
 * the mirror while it is live, else from Redis; false when Redis does not answer.
 * @param {RedisCache} cache
 * @param {readonly string[]} tags
 * @param {number} since
 * @returns {boolean | Promise<boolean>}
 */
export function unchangedSince(cache, tags, since) {
  const known = latestChangeKnown(cache, tags);
  if (known !== null) return known < since;
  return readLatestChange(cache, tags).then(
    (latest) => latest < since,
    () => false,
  );
}

/**
 * Invalidation times of these tags as every instance sees them: from the mirror when it is live, else from Redis.
 * @param {RedisCache} cache
 * @param {string[]} tags
 * @returns {Promise<TagTimes[]>}
 */
export async function readTagTimes(cache, tags) {
  const all = [...tags, EVERYTHING];
  const known = cache.mirror?.timesOf(all);
  if (known) return known;
  const [stale, expired] = await Promise.all([
    cache.client.hmget(`${cache.prefix}tags:stale`, ...all),
    cache.client.hmget(`${cache.prefix}tags:expired`, ...all),
  ]);
  return all.map((_, index) => ({ stale: Number(stale[index] ?? 0), expired: Number(expired[index] ?? 0) }));
}

/**
 * Whether an entry stored at `timestamp` is expired (must not be served) or stale (may be served while it refreshes).
 * @param {TagTimes[]} times
 * @param {number} timestamp
 * @param {number} [now]
 * @returns {"fresh" | "stale" | "expired"}
 */
export function tagState(times, timestamp, now = Date.now()) {
  let state = /** @type {"fresh" | "stale" | "expired"} */ ("fresh");
  for (const { stale, expired } of times) {
    if (expired > timestamp && expired <= now) return "expired";
    if (stale > timestamp) state = "stale";
  }
  return state;
}

/**
 * Entry layout in Redis: 4-byte header length, JSON header, raw bytes. The bytes stay binary (no base64).
 * @param {unknown} header
 * @param {Uint8Array} body
 */
export function packEntry(header, body) {
  const json = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  return Buffer.concat([length, json, body]);
}

/**
 * @param {Buffer} packed
 * @param {(body: Buffer) => (key: string, value: any) => unknown} [reviverFor] what turns the header's references to
 *   the body back into values (page entries, deserialise)
 */
export function unpackEntry(packed, reviverFor) {
  const length = packed.readUInt32BE(0);
  const body = packed.subarray(4 + length);
  return { header: JSON.parse(packed.subarray(4, 4 + length).toString(), reviverFor?.(body)), body };
}

// Page entries hold Buffers (rscData), Maps of Buffers (segmentData) and the page's HTML, together a few hundred
// kilobytes. In JSON the bytes would travel as base64 and the HTML with every quote escaped, and each instance would
// spend its time encoding, decoding and copying strings (a profile under load: socket string writes 7 %, Buffer
// slicing 5.5 %). So a page entry is packed like a 'use cache' entry: a small JSON header in which every Buffer and
// every long string is a reference to a range of the binary body that follows it.
const INLINE_STRING_BYTES = 1024;

/**
 * @param {unknown} value
 * @param {{ chunks: Buffer[]; offset: number }} body
 * @returns {unknown}
 */
function moveBinary(value, body) {
  const refer = (/** @type {Buffer} */ chunk) => {
    const range = [body.offset, chunk.length];
    body.chunks.push(chunk);
    body.offset += chunk.length;
    return range;
  };
  if (value instanceof Uint8Array) return { $b: refer(Buffer.from(value.buffer, value.byteOffset, value.byteLength)) };
  if (typeof value === "string" && value.length > INLINE_STRING_BYTES) return { $s: refer(Buffer.from(value)) };
  if (value instanceof Map) return { $m: [...value.entries()].map(([key, item]) => [moveBinary(key, body), moveBinary(item, body)]) };
  if (Array.isArray(value)) return value.map((item) => moveBinary(item, body));
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    /** @type {Record<string, unknown>} */
    const plain = {};
    for (const [key, item] of Object.entries(value)) plain[key] = moveBinary(item, body);
    return plain;
  }
  return value;
}

/** @param {any} value @returns {value is [number, number]} */
function isRange(value) {
  return Array.isArray(value) && value.length === 2 && Number.isInteger(value[0]) && Number.isInteger(value[1]);
}

/**
 * A page entry as the bytes stored in Redis.
 * @param {unknown} value
 * @returns {Buffer}
 */
export function serialise(value) {
  /** @type {{ chunks: Buffer[]; offset: number }} */
  const body = { chunks: [], offset: 0 };
  const header = moveBinary(value, body);
  return packEntry(header, Buffer.concat(body.chunks, body.offset));
}

/**
 * The entry back from its bytes. Its Buffers are views of `packed`, not copies.
 * @param {Buffer} packed
 */
export function deserialise(packed) {
  return unpackEntry(packed, (body) => {
    const slice = (/** @type {[number, number]} */ [offset, size]) => body.subarray(offset, offset + size);
    return (_key, value) => {
      if (value && typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 1) {
        if (isRange(value.$b)) return slice(value.$b);
        if (isRange(value.$s)) return slice(value.$s).toString();
        if (Array.isArray(value.$m)) return new Map(value.$m);
      }
      return value;
    };
  }).header;
}

/**
 * A bounded per-process copy of entries read from or written to Redis. It saves fetching and decoding a page of a few
 * hundred kilobytes on every request; the tag times are still read from Redis each time, so an invalidation made on
 * any instance drops it. While Redis is away it is what the instance serves.
 * @template T
 * @param {number} maxBytes
 */
export function localCopies(maxBytes) {
  /** @type {Map<string, { value: T; bytes: number }>} */
  const entries = new Map();
  let total = 0;
  const drop = (/** @type {string} */ key) => {
    const found = entries.get(key);
    if (!found) return;
    total -= found.bytes;
    entries.delete(key);
  };
  return {
    /** @param {string} key @returns {T | undefined} */
    get(key) {
      const found = entries.get(key);
      if (!found) return undefined;
      // Most recently used last: the first entry is the one to evict.
      entries.delete(key);
      entries.set(key, found);
      return found.value;
    },
    /** @param {string} key @param {T} value @param {number} bytes */
    set(key, value, bytes) {
      drop(key);
      if (bytes > maxBytes / 4) return;
      entries.set(key, { value, bytes });
      total += bytes;
      for (const oldest of entries.keys()) {
        if (total <= maxBytes) break;
        drop(oldest);
      }
    },
    drop,
  };
}
