// @ts-check
// This instance's copy of the tag invalidation times every instance records in Redis (redis-store.mjs). Every cached
// page and 'use cache' entry is checked against those times when it is read, and under load a round trip to Redis
// per check was what a front-cache hit and each step of a render waited for, behind everything else on the event
// loop. Each recorded change is published in the same transaction that writes it; the mirror applies what it hears
// and reloads both hashes whenever its subscription (re)starts, so a change missed while disconnected is never missed
// for good. Times only ever grow, so applying a change twice or in another order gives the same copy. While the
// subscription is down the mirror says so (null), and the times are read from Redis as before.
/**
 * @typedef {{ stale?: Record<string, number>; expired?: Record<string, number> }} TagChanges
 * @typedef {{ stale: number; expired: number }} TagTimes
 */

/** The channel the changes are published on, under the site's key prefix. */
export function tagChangesChannel(/** @type {string} */ prefix) {
  return `${prefix}tags:changed`;
}

const RELOAD_RETRY_MS = 250;

/**
 * @param {import("ioredis").default} client the process's command connection (for reloading the hashes)
 * @param {string} prefix
 */
export function createTagMirror(client, prefix) {
  /** @type {Map<string, number>} */
  const stale = new Map();
  /** @type {Map<string, number>} */
  const expired = new Map();
  let live = false;
  let generation = 0;
  // Named so that CLIENT LIST tells the mirrors from the command connections.
  const subscriber = client.duplicate({ enableOfflineQueue: true, commandTimeout: undefined, connectionName: `${prefix}tag-mirror` });
  const channel = tagChangesChannel(prefix);

  /** @param {Map<string, number>} into @param {Record<string, unknown>} from */
  const merge = (into, from) => {
    for (const [tag, value] of Object.entries(from)) {
      const time = Number(value);
      if (Number.isFinite(time) && time > (into.get(tag) ?? 0)) into.set(tag, time);
    }
  };

  /** @param {TagChanges} changes */
  const apply = (changes) => {
    if (changes.stale) merge(stale, changes.stale);
    if (changes.expired) merge(expired, changes.expired);
  };

  const reload = async (/** @type {number} */ attempt) => {
    if (attempt !== generation) return;
    try {
      const [staleNow, expiredNow] = await Promise.all([client.hgetall(`${prefix}tags:stale`), client.hgetall(`${prefix}tags:expired`)]);
      if (attempt !== generation) return;
      merge(stale, staleNow);
      merge(expired, expiredNow);
      live = true;
    } catch {
      // The command connection is not back yet: try again while the subscription stands.
      setTimeout(() => void reload(attempt), RELOAD_RETRY_MS).unref();
    }
  };

  subscriber.on("message", (/** @type {string} */ from, /** @type {string} */ message) => {
    if (from !== channel) return;
    try {
      apply(JSON.parse(message));
    } catch {
      // Not a change this release publishes: the next reload brings the times in anyway.
    }
  });
  subscriber.on("error", () => {
    // Reported once per outage by the command connection (redis-store.mjs).
  });
  subscriber.on("close", () => {
    live = false;
    generation++;
  });
  subscriber.on("ready", () => {
    const attempt = ++generation;
    // Subscribed before the hashes are read: a change made in between arrives as a message, not lost in the gap.
    subscriber.subscribe(channel).then(
      () => reload(attempt),
      () => undefined,
    );
  });

  return {
    /** Whether the copy is complete and kept current (the subscription stands and the hashes were read since). */
    isLive: () => live,
    /** Applies a change this instance has just recorded, before its own message comes back. */
    apply,
    /**
     * The times of these tags, or null while the copy may be incomplete.
     * @param {readonly string[]} tags
     * @returns {TagTimes[] | null}
     */
    timesOf(tags) {
      if (!live) return null;
      return tags.map((tag) => ({ stale: stale.get(tag) ?? 0, expired: expired.get(tag) ?? 0 }));
    },
    /**
     * The latest expiry of these tags that has come (later ones are announced, not yet in effect), or null while the
     * copy may be incomplete.
     * @param {readonly string[]} tags
     * @param {number} now
     * @returns {number | null}
     */
    latestExpiry(tags, now) {
      if (!live) return null;
      let latest = 0;
      for (const tag of tags) {
        const time = expired.get(tag) ?? 0;
        if (time <= now && time > latest) latest = time;
      }
      return latest;
    },
    /** Ends the subscription (tests; a process ends with its connections). */
    stop: () => subscriber.disconnect(),
  };
}

/** @typedef {ReturnType<typeof createTagMirror>} TagMirror */
