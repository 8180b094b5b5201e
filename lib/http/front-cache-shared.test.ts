// The front cache with Redis (several instances): an entry follows its page's cache tags, so a change ends exactly the
// pages that show it. Next is played as in front-cache.test.ts; its page cache handler's part, noting the tags of the
// page it hands out, is played with notePageTags. Runs against the local Redis under a key prefix of its own.
import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CLOCKS_APART_MS, readerPagesChanged } from "../cache/front-generation";
import { notePage } from "../cache/page-tags.mjs";
import { getRedisCache, recordTagInvalidation, type RedisCache } from "../cache/redis-store.mjs";
import { FrontCacheStore } from "./front-cache";
import { serveReaderDocument, type Emit } from "./incoming";
import { requestRaw } from "./testing";

const page = `<!DOCTYPE html><html><head></head><body><main>${"Text ".repeat(200)}</main></body></html>`;
/** The tags each page carries, as its page cache entry would name them. */
const tagsOf: Record<string, string[]> = {
  "/": ["content", "posts", "post:1", "post:2"],
  "/artikel/eins": ["content", "post:1"],
  "/artikel/zwei": ["content", "post:2"],
};
let rendered: string[] = [];
let duringRender: (() => Promise<void>) | null = null;
/** A request that joined another one's render: Next's handler ran in the other request, so none are noted here. */
let joined = false;
/** How Next answered: rendered now, or from its cache with an entry fresh until `freshUntil`. */
let fromNextCache: { freshUntil: number } | null = null;

const playNext: Emit = (_event, ...args) => {
  const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
  const url = req.url ?? "/";
  rendered.push(url);
  void (async () => {
    await Promise.resolve();
    if (!joined) notePage(tagsOf[url] ?? [], fromNextCache?.freshUntil ?? Date.now() + 600_000);
    if (duringRender) await duringRender();
    res.setHeader("cache-control", "s-maxage=600, stale-while-revalidate=604200");
    res.setHeader("x-nextjs-cache", fromNextCache ? "HIT" : "MISS");
    res.setHeader("etag", `"${url}"`);
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.end(page);
  })();
  return true;
};

let store = new FrontCacheStore();
const server = http.createServer((req, res) => serveReaderDocument(server, playNext, req, res, store));
let base = "";
let cache: RedisCache;

beforeAll(async () => {
  process.env.REDIS_URL = process.env.REDIS_TEST_URL ?? "redis://127.0.0.1:6379";
  process.env.REDIS_KEY_PREFIX = `blattwerk-test:${randomBytes(6).toString("hex")}:`;
  cache = getRedisCache()!;
  if (!cache.isReady()) await new Promise((resolve) => cache.client.once("ready", resolve));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  const keys = await cache.client.keys(`${cache.prefix}*`);
  if (keys.length > 0) await cache.client.del(...keys);
  cache.mirror?.stop();
  cache.client.disconnect();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(() => {
  store = new FrontCacheStore();
  rendered = [];
  duringRender = null;
  joined = false;
  fromNextCache = null;
});

const hit = async (path: string) => (await requestRaw(`${base}${path}`)).headers["x-blattwerk-cache"] === "hit";
/**
 * What Next's cache handlers record when a tag is invalidated (lib/cache/redis-store.mjs). A page rendered within
 * CLOCKS_APART_MS after a change counts as older than it; the wait lets the next render count as newer.
 */
async function invalidate(...tags: string[]) {
  await recordTagInvalidation(cache, tags);
  await settle();
}
async function until(condition: () => boolean) {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 2000) throw new Error("condition not met within 2 s");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
const settle = () => new Promise((resolve) => setTimeout(resolve, CLOCKS_APART_MS + 10));

describe("the front cache with Redis", () => {
  it("keeps every page whose tags did not change, and ends the ones whose did", async () => {
    for (const path of Object.keys(tagsOf)) expect(await hit(path)).toBe(false);
    for (const path of Object.keys(tagsOf)) expect(await hit(path)).toBe(true);

    // An edit of post 2: its article and the front page render again, the other article is still kept.
    await invalidate("post:2", "posts");
    expect(await hit("/artikel/eins")).toBe(true);
    expect(await hit("/artikel/zwei")).toBe(false);
    expect(await hit("/")).toBe(false);
    expect(rendered.filter((path) => path === "/artikel/eins")).toHaveLength(1);
    expect(await hit("/artikel/zwei")).toBe(true);
  });

  it("does not serve a page whose tag changed while it was rendered", async () => {
    duringRender = () => recordTagInvalidation(cache, ["post:1"]);
    await hit("/artikel/eins");
    duringRender = null;
    await settle();
    expect(await hit("/artikel/eins")).toBe(false);
    expect(await hit("/artikel/eins")).toBe(true);
  });

  it("keeps a page Next answered from its cache as long as Next's entry stays fresh", async () => {
    // Rendered by another instance 10 minutes minus 90 s ago: kept 90 s, not the brief while an unknown age allows.
    const freshUntil = Date.now() + 90_000;
    fromNextCache = { freshUntil };
    await hit("/artikel/zwei");
    expect(store.get("/artikel/zwei", Date.now())?.expiresAt).toBe(freshUntil);
    expect(await hit("/artikel/zwei")).toBe(true);
    // An entry no longer fresh is not kept at all: Next renders it again on the next request.
    fromNextCache = { freshUntil: Date.now() - 1 };
    await hit("/artikel/eins");
    expect(store.get("/artikel/eins", Date.now())).toBeUndefined();
  });

  it("keeps nothing for a request whose page's tags it could not learn", async () => {
    joined = true;
    await hit("/artikel/zwei");
    expect(await hit("/artikel/zwei")).toBe(false);
    expect(rendered).toHaveLength(2);
  });

  it("ends every page when redirects change, and when an invalidation was lost", async () => {
    await hit("/artikel/eins");
    expect(await hit("/artikel/eins")).toBe(true);
    await readerPagesChanged({ anyAddress: true });
    await settle();
    expect(await hit("/artikel/eins")).toBe(false);
    expect(await hit("/artikel/eins")).toBe(true);
    // Only moves the generation: pages with known tags stay.
    await readerPagesChanged();
    expect(await hit("/artikel/eins")).toBe(true);
    // Redis is back after an invalidation was lost (getRedisCache, "ready"): every page kept before is ended.
    cache.lostInvalidation = true;
    cache.client.emit("ready");
    await until(() => !cache.lostInvalidation && cache.mirror!.timesOf(["*"])![0]!.expired > 0);
    await settle();
    expect(await hit("/artikel/eins")).toBe(false);
  });
});
