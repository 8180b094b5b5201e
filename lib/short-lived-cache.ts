// Remembers the answers of an async lookup for a few seconds in this process, so a hot path (the proxy's former-address
// check runs before every article) costs a map lookup instead of a database round trip. Concurrent misses for the same
// key share one call, so a burst of requests for a new address does not stampede the database. Entries expire by age;
// the oldest go first beyond `maxEntries`. Each instance holds its own copy: use it only where a few seconds of
// staleness are harmless, never as the place where state lives.
export type ShortLivedCache<V> = { get: (key: string, load: () => Promise<V>) => Promise<V>; clear: () => void };

type Entries = Map<string, { value: Promise<unknown>; expires: number }>;

/**
 * `name` keeps one store per process on globalThis: proxy.ts and the routes are bundled separately, and a change made
 * by a server action must be able to clear what the proxy remembers.
 */
export function shortLivedCache<V>({ name, ttlMs, maxEntries }: { name: string; ttlMs: number; maxEntries: number }): ShortLivedCache<V> {
  const registry = globalThis as unknown as Record<symbol, Entries | undefined>;
  const slot = Symbol.for(`blattwerk.shortLivedCache.${name}`);
  const entries = (registry[slot] ??= new Map()) as Map<string, { value: Promise<V>; expires: number }>;
  return {
    async get(key, load) {
      const now = Date.now();
      const hit = entries.get(key);
      if (hit && hit.expires > now) return hit.value;
      entries.delete(key);
      const value = load();
      entries.set(key, { value, expires: now + ttlMs });
      // A failed lookup is not remembered: the next request asks again.
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      // Maps iterate in insertion order, so the first keys are the oldest.
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries) break;
        entries.delete(oldest);
      }
      return value;
    },
    clear: () => entries.clear(),
  };
}
