// @ts-check
// The cache tags of the page a reader request was answered with, as Next's page cache handler sees them: the handler
// notes the tags of the entry it hands out or stores into the scope of the request that asked (lib/http/incoming.ts),
// so the front cache can keep that answer until one of exactly those tags changes. Plain ESM with its state on
// globalThis: the handler is loaded unbundled and the request hook bundled, and both must reach the same scopes.
import { AsyncLocalStorage } from "node:async_hooks";

/** @typedef {{ startedAt: number; tags: Set<string> }} PageScope */

/** @type {{ [key: symbol]: AsyncLocalStorage<PageScope> | undefined }} */
const registry = /** @type {never} */ (globalThis);
const SLOT = Symbol.for("blattwerk.pageTags");
const scopes = (registry[SLOT] ??= new AsyncLocalStorage());

/**
 * Runs `run` in a scope of its own; the returned set fills with the tags of every page entry the handler touches
 * while it runs. A request that joined another one's render (Next shares concurrent renders of one page) sees none.
 * @param {number} startedAt when the request began
 * @param {() => unknown} run
 * @returns {Set<string>}
 */
export function notingPageTags(startedAt, run) {
  /** @type {PageScope} */
  const scope = { startedAt, tags: new Set() };
  scopes.run(scope, run);
  return scope.tags;
}

/** @param {Iterable<string>} tags */
export function notePageTags(tags) {
  const scope = scopes.getStore();
  if (scope) for (const tag of tags) scope.tags.add(tag);
}

/**
 * When the data of a page rendered now may have been read: the start of the request that asked for it, or now. A
 * render that began before a change and is stored after it must not count as newer than the change.
 */
export function renderBegan() {
  return scopes.getStore()?.startedAt ?? Date.now();
}
