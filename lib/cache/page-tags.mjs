// @ts-check
// What Next's page cache handler knows of the page a reader request was answered with: the handler notes the entry's
// cache tags and how long it stays fresh into the scope of the request that asked (lib/http/incoming.ts), so the front
// cache can keep that answer exactly as long as Next's entry lives, or until one of exactly those tags changes. Plain ESM with its state on
// globalThis: the handler is loaded unbundled and the request hook bundled, and both must reach the same scopes.
import { AsyncLocalStorage } from "node:async_hooks";

/**
 * @typedef {{ startedAt: number; tags: Set<string>; freshUntil?: number }} PageScope
 * `freshUntil`: when the earliest page entry noted stops being fresh (its time plus its revalidate seconds).
 */

/** @type {{ [key: symbol]: AsyncLocalStorage<PageScope> | undefined }} */
const registry = /** @type {never} */ (globalThis);
const SLOT = Symbol.for("blattwerk.pageTags");
const scopes = (registry[SLOT] ??= new AsyncLocalStorage());

/**
 * Runs `run` in a scope of its own, which fills with what the handler notes of every page entry it touches while it
 * runs (also synchronously, before this returns). A request that joined another one's render (Next shares concurrent
 * renders of one page) sees nothing.
 * @param {number} startedAt when the request began
 * @param {(scope: PageScope) => unknown} run
 * @returns {PageScope}
 */
export function notingPages(startedAt, run) {
  /** @type {PageScope} */
  const scope = { startedAt, tags: new Set() };
  scopes.run(scope, run, scope);
  return scope;
}

/**
 * @param {Iterable<string>} tags
 * @param {number | undefined} freshUntil
 */
export function notePage(tags, freshUntil) {
  const scope = scopes.getStore();
  if (!scope) return;
  for (const tag of tags) scope.tags.add(tag);
  if (freshUntil !== undefined) scope.freshUntil = Math.min(freshUntil, scope.freshUntil ?? Infinity);
}

/**
 * When the data of a page rendered now may have been read: the start of the request that asked for it, or now. A
 * render that began before a change and is stored after it must not count as newer than the change.
 */
export function renderBegan() {
  return scopes.getStore()?.startedAt ?? Date.now();
}
