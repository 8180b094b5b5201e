// The Redis cache handlers against a real Redis (REDIS_TEST_URL, default the local server), each run under its own key
// prefix: two handler instances stand for two app instances; a stopped Redis must turn into misses, never errors.
import { randomBytes } from "node:crypto";
import Redis from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import RedisPageCacheHandler from "./page-cache-handler.mjs";
import { notingPages } from "./page-tags.mjs";
import { deserialise, moveFrontGeneration, readFrontGeneration, readLatestChange, readTagTimes, recordTagInvalidation, serialise, type RedisCache } from "./redis-store.mjs";
import { createTagMirror, type TagMirror } from "./tag-mirror.mjs";
import { createUseCacheHandler } from "./use-cache-handler.mjs";

const url = process.env.REDIS_TEST_URL ?? "redis://127.0.0.1:6379";
const prefix = `blattwerk-test:${randomBytes(6).toString("hex")}:`;
const clients: Redis[] = [];

function instance(redisUrl = url): RedisCache {
  const client = new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 500, lazyConnect: false });
  client.on("error", () => undefined);
  clients.push(client);
  return { client, prefix, isReady: () => client.status === "ready", lostInvalidation: false };
}

async function ready(cache: RedisCache) {
  if (cache.isReady()) return;
  await new Promise((resolve) => cache.client.once("ready", resolve));
}

function entry(text: string, tags: string[], timestamp = Date.now()) {
  return {
    value: new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(text));
        controller.close();
      },
    }),
    tags,
    stale: 60,
    timestamp,
    expire: 3600,
    revalidate: 600,
  };
}

async function text(found: { value: ReadableStream<Uint8Array> } | undefined) {
  return found ? new Response(found.value).text() : undefined;
}

async function until(condition: () => boolean) {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 3000) throw new Error("condition not met within 3 s");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

let a: RedisCache;
let b: RedisCache;

beforeAll(async () => {
  a = instance();
  b = instance();
  await Promise.all([ready(a), ready(b)]);
});

afterAll(async () => {
  // Only this run's keys: the server is shared with other work.
  const keys = await a.client.keys(`${prefix}*`);
  if (keys.length > 0) await a.client.del(...keys);
  for (const client of clients) client.disconnect();
});

describe("'use cache' handler", () => {
  it("shares entries between instances and drops them on either instance's invalidation", async () => {
    const one = createUseCacheHandler(a);
    const two = createUseCacheHandler(b);
    await one.set("k1", Promise.resolve(entry("Erster Stand", ["post:1", "content"], Date.now() - 10)));
    expect(await text(await two.get("k1", []))).toBe("Erster Stand");
    // Read twice: every hit gets its own stream.
    expect(await text(await two.get("k1", []))).toBe("Erster Stand");

    await two.updateTags(["post:1"]);
    expect(await one.get("k1", [])).toBeUndefined();
    expect(await two.get("k1", [])).toBeUndefined();
  });

  it("serves a stale-tagged entry once more with revalidate -1 (stale while revalidate)", async () => {
    const one = createUseCacheHandler(a);
    await one.set("k2", Promise.resolve(entry("Alt", ["post:2"], Date.now() - 10)));
    await one.updateTags(["post:2"], { expire: 3600 });
    const found = await createUseCacheHandler(b).get("k2", []);
    expect(found?.revalidate).toBe(-1);
    expect(await text(found)).toBe("Alt");
  });

  it("reports the latest expiry of implicit tags and ignores entries stored after it", async () => {
    const one = createUseCacheHandler(a);
    const before = Date.now();
    await one.updateTags(["_N_T_/artikel/x"]);
    expect(await createUseCacheHandler(b).getExpiration(["_N_T_/artikel/x", "_N_T_/layout"])).toBeGreaterThanOrEqual(before);
    await one.set("k3", Promise.resolve(entry("Neu", ["post:1"], Date.now() + 5)));
    expect(await text(await one.get("k3", []))).toBe("Neu");
  });

  it("answers misses, not errors, while Redis is unreachable", async () => {
    const away = instance("redis://127.0.0.1:1");
    const handler = createUseCacheHandler(away);
    expect(await handler.get("k1", [])).toBeUndefined();
    await expect(handler.set("k9", Promise.resolve(entry("x", [])))).resolves.toBeUndefined();
    expect(await handler.getExpiration(["content"])).toBe(0);
    await expect(handler.updateTags(["content"])).resolves.toBeUndefined();
    expect(away.lostInvalidation).toBe(true);
  });
});

describe("page handler", () => {
  const page = {
    kind: "APP_PAGE",
    html: "<html>Seite</html>",
    rscData: Buffer.from([0, 1, 2, 255]),
    segmentData: new Map([["/_tree", Buffer.from("baum")]]),
    headers: { "x-next-cache-tags": "content,post:7,_N_T_/artikel/x" },
    status: 200,
    postponed: undefined,
  };

  it("keeps Buffers and Maps through Redis", () => {
    const back = deserialise(serialise(page));
    expect(Buffer.isBuffer(back.rscData)).toBe(true);
    expect([...back.rscData]).toEqual([0, 1, 2, 255]);
    expect(back.segmentData.get("/_tree").toString()).toBe("baum");
  });

  it("stores the bytes and a long page's HTML as they are, outside the JSON header", () => {
    const html = `<p class="a">„Zitat“ ${"x".repeat(5000)}</p>`;
    const packed = serialise({ ...page, html });
    const headerLength = packed.readUInt32BE(0);
    expect(headerLength).toBeLessThan(1000);
    expect(packed.subarray(4 + headerLength).toString("latin1")).toContain("\x00\x01\x02\xff");
    const back = deserialise(packed);
    expect(back.html).toBe(html);
    expect(back.status).toBe(200);
    expect(back.headers).toEqual(page.headers);
  });

  it("renders again instead of serving an entry stored in an earlier layout", async () => {
    const handler = new RedisPageCacheHandler(undefined, a);
    await a.client.set(`${a.prefix}page:/route-cache/APP_PAGE/x/$/alt`, JSON.stringify({ lastModified: Date.now(), value: page }));
    expect(await handler.get("/route-cache/APP_PAGE/x/$/alt")).toBeNull();
  });

  it("shares a page between instances until a tag in its header is invalidated", async () => {
    const one = new RedisPageCacheHandler(undefined, a);
    const two = new RedisPageCacheHandler(undefined, b);
    await one.set("/route-cache/APP_PAGE/x/$/artikel/x", page, { cacheControl: { revalidate: 600, expire: 604800 } });
    const storedAt = Date.now();
    const found = await two.get("/route-cache/APP_PAGE/x/$/artikel/x");
    expect(found?.value.html).toBe(page.html);
    expect(found?.cacheControl).toEqual({ revalidate: 600, expire: 604800 });

    // Invalidation times have millisecond resolution: one made in the same millisecond as the store does not count.
    while (Date.now() <= storedAt);
    await two.revalidateTag(["post:7"]);
    expect(await one.get("/route-cache/APP_PAGE/x/$/artikel/x")).toBeNull();
  });

  it("notes the tags and freshness of the page it hands out or stores for the request that asked (the front cache's)", async () => {
    const handler = new RedisPageCacheHandler(undefined, a);
    const key = "/route-cache/APP_PAGE/x/$/artikel/noted";
    // Tags no other test invalidates.
    const noted = { ...page, headers: { "x-next-cache-tags": "post:8,_N_T_/artikel/noted" } };
    const began = Date.now();
    let pending: Promise<unknown> = Promise.resolve();
    const stored = notingPages(began, () => (pending = handler.set(key, noted, { cacheControl: { revalidate: 600, expire: 604800 } })));
    await pending;
    expect([...stored.tags]).toEqual(["post:8", "_N_T_/artikel/noted"]);
    expect(stored.freshUntil).toBe(began + 600_000);
    // Another instance answers from the same entry: fresh until the same moment, not for 600 s from now.
    const handedOut = notingPages(Date.now() + 5000, () => (pending = new RedisPageCacheHandler(undefined, b).get(key)));
    await pending;
    expect([...handedOut.tags]).toEqual(["post:8", "_N_T_/artikel/noted"]);
    expect(handedOut.freshUntil).toBe(began + 600_000);
  });

  it("counts a page as old as the request whose render made it, so a change made during the render ends it", async () => {
    const handler = new RedisPageCacheHandler(undefined, a);
    const key = "/route-cache/APP_PAGE/x/$/artikel/raced";
    const renderBegan = Date.now();
    // The render read the post before an editor saved it; it is stored after the save.
    while (Date.now() <= renderBegan);
    await handler.revalidateTag(["post:7"]);
    let pending: Promise<unknown> = Promise.resolve();
    notingPages(renderBegan, () => (pending = handler.set(key, page, {})));
    await pending;
    expect(await new RedisPageCacheHandler(undefined, b).get(key)).toBeNull();
  });

  it("while Redis is unreachable: a miss for what it never held, its own copy for what it did, no error", async () => {
    const handler = new RedisPageCacheHandler(undefined, instance("redis://127.0.0.1:1"));
    expect(await handler.get("/route-cache/APP_PAGE/x/$/a")).toBeNull();
    await expect(handler.set("/route-cache/APP_PAGE/x/$/a", page, {})).resolves.toBeUndefined();
    expect((await handler.get("/route-cache/APP_PAGE/x/$/a"))?.value.html).toBe(page.html);
  });
});

describe("front cache generation", () => {
  it("moves for every instance with each tag invalidation, in the same transaction, and with a redirect change", async () => {
    const before = await readFrontGeneration(b);
    await createUseCacheHandler(a).updateTags(["post:3"]);
    const afterTags = await readFrontGeneration(b);
    expect(afterTags).not.toBe(before);
    await new RedisPageCacheHandler(undefined, b).revalidateTag(["post:3"]);
    const afterPage = await readFrontGeneration(a);
    expect(afterPage).not.toBe(afterTags);
    await moveFrontGeneration(a);
    expect(await readFrontGeneration(b)).not.toBe(afterPage);
  });

  it("tells the latest change of a page's tags, of everything and of redirects, and nothing of other tags", async () => {
    const tags = [`front-a-${Date.now()}`, `front-b-${Date.now()}`];
    expect(await readLatestChange(b, tags)).toBe(0);
    await createUseCacheHandler(a).updateTags(["unrelated"]);
    expect(await readLatestChange(b, tags)).toBe(0);
    const beforeTag = Date.now();
    await new RedisPageCacheHandler(undefined, a).revalidateTag([tags[1]!]);
    const tagChanged = await readLatestChange(b, tags);
    expect(tagChanged).toBeGreaterThanOrEqual(beforeTag);
    while (Date.now() <= tagChanged);
    await moveFrontGeneration(a);
    expect(await readLatestChange(b, tags)).toBe(tagChanged);
    await moveFrontGeneration(a, { anyAddress: true });
    expect(await readLatestChange(b, tags)).toBeGreaterThan(tagChanged);
  });

  it("fails to read while Redis is unreachable, and a move that failed is remembered", async () => {
    const away = instance("redis://127.0.0.1:1");
    await expect(readFrontGeneration(away)).rejects.toThrow();
    await expect(moveFrontGeneration(away)).rejects.toThrow();
    expect(away.lostInvalidation).toBe(true);
  });
});

describe("tag mirror", () => {
  /** An instance with a mirror, live before `run` starts, stopped after it. */
  async function withMirror(run: (mirrored: RedisCache, mirror: TagMirror) => Promise<void>) {
    const mirrored = instance();
    const mirror = createTagMirror(mirrored.client, prefix);
    mirrored.mirror = mirror;
    try {
      await until(() => mirror.isLive());
      await run(mirrored, mirror);
    } finally {
      mirror.stop();
    }
  }

  it("hears the changes another instance records, and reads again what it missed while its subscription was down", () =>
    withMirror(async (mirrored, mirror) => {
      await recordTagInvalidation(a, ["post:41"]);
      await until(() => mirror.timesOf(["post:41"])![0]!.expired > 0);
      // Answered from the mirror: the hash itself no longer has the tag, the mirror still does.
      await a.client.hdel(`${prefix}tags:expired`, "post:41");
      expect((await readTagTimes(mirrored, ["post:41"]))[0]!.expired).toBeGreaterThan(0);
      expect(await readLatestChange(mirrored, ["post:41"])).toBeGreaterThan(0);

      // A change it never heard of (written without its message), as while its connection was down.
      const missed = Date.now();
      await a.client.hset(`${prefix}tags:expired`, "post:42", String(missed));
      expect(mirror.timesOf(["post:42"])).toEqual([{ stale: 0, expired: 0 }]);
      const subscriptions = String(await a.client.call("CLIENT", "LIST", "TYPE", "pubsub"));
      const ours = subscriptions.split("\n").find((line) => line.includes(`name=${prefix}tag-mirror`));
      await a.client.call("CLIENT", "KILL", "ID", /\bid=(\d+)/.exec(ours!)![1]!);
      await until(() => mirror.timesOf(["post:42"])?.[0]?.expired === missed);
    }));

  it("applies its own instance's change at once and never lets a time go back", () =>
    withMirror(async (mirrored, mirror) => {
      await recordTagInvalidation(mirrored, ["post:43"]);
      const recorded = mirror.timesOf(["post:43"])![0]!.expired;
      expect(recorded).toBeGreaterThan(0);
      mirror.apply({ expired: { "post:43": recorded - 1000 } });
      expect(mirror.timesOf(["post:43"])![0]!.expired).toBe(recorded);
      // An expiry announced for later is not one yet.
      mirror.apply({ expired: { "post:44": Date.now() + 60_000 } });
      expect(mirror.latestExpiry(["post:44"], Date.now())).toBe(0);
    }));

  it("says nothing while it cannot reach Redis, so the times are read from Redis (and fail) instead", async () => {
    const away = instance("redis://127.0.0.1:1");
    const mirror = createTagMirror(away.client, prefix);
    away.mirror = mirror;
    try {
      expect(mirror.timesOf(["post:1"])).toBeNull();
      await expect(readLatestChange(away, ["post:1"])).rejects.toThrow();
    } finally {
      mirror.stop();
    }
  });
});
