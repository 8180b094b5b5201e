// The front cache's generation (lib/http/front-cache.ts): every invalidation of reader pages moves it, and an entry is
// served only under the generation it was stored in and kept only if the generation did not move while its request
// ran. Without REDIS_URL it lives in this process; with it, Redis holds the shared part, so an invalidation made on
// one instance ends every instance's entries at its next request.
import { AsyncLocalStorage } from "node:async_hooks";
import type http from "node:http";
import { forgetRedirects } from "@/db/queries/redirects";
import { getRedisCache, moveFrontGeneration, readFrontGeneration, type RedisCache } from "./redis-store.mjs";

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

/** After every invalidation of reader pages (lib/cache/invalidate.ts), before the request that made it answers. */
export async function readerPagesChanged(): Promise<void> {
  state.local++;
  const scope = state.scopes.getStore();
  if (scope) scope.changed = true;
  const shared = redis();
  if (!shared) return;
  try {
    await moveFrontGeneration(shared);
  } catch (error) {
    console.error(`Redis: front cache generation not moved (${(error as Error).message}); moved when Redis is back.`);
  }
}

/**
 * Runs a request that may change content (anything but GET and HEAD). Next applies the invalidations a server action
 * or route handler asks for only when it has finished, so a page rendered in between may still be the old one: once
 * such a request has answered, this process's generation moves once more and nothing kept in between is served.
 * (With Redis, Next's tag invalidation and the shared generation move in one transaction: lib/cache/redis-store.mjs.)
 */
export function runChangingRequest<T>(res: http.ServerResponse, run: () => T): T {
  const scope: ChangeScope = { changed: false };
  res.once("close", () => {
    if (scope.changed) state.local++;
  });
  return state.scopes.run(scope, run);
}
