// When an answer the front cache keeps (lib/http/front-cache.ts) is still current. With Redis (several instances), an
// entry knows the cache tags of its page (lib/cache/page-tags.mjs) and stays current until one of them changes, as
// Next's own page entry does: publishing a post leaves every article it does not show in place. Without Redis, Next's
// own file cache serves the pages and tells no tags; then every invalidation of reader pages moves a generation, and an
// entry is served only under the generation it was stored in and kept only if it did not move while its request ran.
// With Redis that generation is shared too: every miss reads it, and so learns that another instance changed something
// (and forgets the redirect lookups it remembers).
import { AsyncLocalStorage } from "node:async_hooks";
import type http from "node:http";
import { forgetRedirects } from "@/db/queries/redirects";
import { getRedisCache, moveFrontGeneration, readFrontGeneration, unchangedSince, type RedisCache } from "./redis-store.mjs";

import type { Validity } from "../http/front-entries.mjs";

/** What an entry's currency is checked by: the generation it was stored under, or its page's tags and its start. */
export type { Validity };

/**
 * How far apart the clocks of two instances may be: an entry counts as begun this much before its request began, so
 * a change recorded by another instance a moment later by its clock still ends it.
 */
export const CLOCKS_APART_MS = 100;

type ChangeScope = { changed: boolean };
type State = { local: number; shared: string | null; redis?: RedisCache | null; scopes: AsyncLocalStorage<ChangeScope> };

// On globalThis: the request hook (instrumentation) and the routes that invalidate are bundled separately.
const registry = globalThis as unknown as { [key: symbol]: State | undefined };
const SLOT = Symbol.for("blattwerk.frontGeneration");
const state = (registry[SLOT] ??= { local: 0, shared: null, scopes: new AsyncLocalStorage<ChangeScope>() });

function redis(): RedisCache | null {
  if (state.redis === undefined) state.redis = getRedisCache();
  return state.redis;
}

function combined(shared: string): string {
  if (shared !== state.shared) {
    // Another instance changed something: what this instance's proxy remembers about former addresses (5 s) must not
    // be what the next page it keeps is decided by.
    if (state.shared !== null) forgetRedirects();
    state.shared = shared;
  }
  return `${shared}.${state.local}`;
}

/**
 * The current generation: at once without Redis; with it, read from Redis (one GET), and null when Redis does not
 * answer, in which case the front cache neither answers nor keeps anything.
 */
export function currentGeneration(): string | Promise<string | null> {
  const shared = redis();
  if (!shared) return String(state.local);
  return readFrontGeneration(shared).then(combined, () => null);
}

/** Whether entries can follow their tags: only Next's Redis page cache handler notes them, and only with Redis. */
export function tagsAreShared(): boolean {
  return redis() !== null;
}

/** How a request that began at `startedAt` and whose page carries `tags` is checked later (tags known only with Redis). */
export function validityOf(tags: ReadonlySet<string>, generation: string, startedAt: number): Validity | null {
  if (tags.size > 0) return { tags: [...tags], since: startedAt - CLOCKS_APART_MS };
  // With Redis, a page without tags was shared with a concurrent request for it (lib/cache/page-tags.mjs): its render
  // may have begun before a change this request's generation already counts. That other request keeps it.
  return tagsAreShared() ? null : { generation };
}

/** Whether an entry kept under `validity` may still be served; false when Redis does not answer. */
export function stillCurrent(validity: Validity): boolean | Promise<boolean> {
  if ("tags" in validity) {
    const shared = redis();
    // Answered at once from this instance's mirror of the tag times (lib/cache/tag-mirror.mjs) while it is live.
    return shared ? unchangedSince(shared, validity.tags, validity.since) : false;
  }
  const generation = currentGeneration();
  return typeof generation === "string" ? generation === validity.generation : generation.then((current) => current === validity.generation);
}

/** After every invalidation of reader pages (lib/cache/invalidate.ts), before the request that made it answers. */
export async function readerPagesChanged(change: { anyAddress?: boolean } = {}): Promise<void> {
  state.local++;
  const scope = state.scopes.getStore();
  if (scope) scope.changed = true;
  const shared = redis();
  if (!shared) return;
  try {
    await moveFrontGeneration(shared, change);
  } catch (error) {
    console.error(`Redis: front cache generation not moved (${(error as Error).message}); moved when Redis is back.`);
  }
}

/**
 * Runs a request that may change content (anything but GET and HEAD). Next applies the invalidations a server action
 * or route handler asks for only when it has finished, so a page rendered in between may still be the old one: once
 * such a request has answered, this process's generation moves once more and nothing kept in between is served.
 * (With Redis, entries follow the tag times Next's handlers record when they apply the invalidation, which come later
 * than any render that raced it began.)
 */
export function runChangingRequest<T>(res: http.ServerResponse, run: () => T): T {
  const scope: ChangeScope = { changed: false };
  res.once("close", () => {
    if (scope.changed) state.local++;
  });
  return state.scopes.run(scope, run);
}
