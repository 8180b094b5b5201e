import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { currentGeneration, readerPagesChanged, runChangingRequest } from "../cache/front-generation";
import {
  entryFrom,
  frontCacheKey,
  FrontCacheStore,
  keepUntil,
  notModified,
  sharedMaxAge,
  UNKNOWN_AGE_SECONDS,
  type AnswerFacts,
  type FrontEntry,
} from "./front-cache";
import { serveReaderDocument, type Emit } from "./incoming";
import { requestRaw } from "./testing";

const request = (url: string, headers: http.IncomingHttpHeaders = {}) => ({ url, headers });

describe("frontCacheKey", () => {
  it("is the address the reader asked for", () => {
    expect(frontCacheKey(request("/artikel/ein-beitrag"))).toBe("/artikel/ein-beitrag");
    expect(frontCacheKey(request("/"))).toBe("/");
    expect(frontCacheKey(request("/impressum", { cookie: "theme=dark", "accept-encoding": "gzip" }))).toBe("/impressum");
  });

  it("leaves query strings, long paths and shared previews to Next", () => {
    expect(frontCacheKey(request("/?utm_source=x"))).toBeNull();
    expect(frontCacheKey(request("/artikel/x?antwort=3"))).toBeNull();
    expect(frontCacheKey(request("/suche?q=Instagram"))).toBeNull();
    expect(frontCacheKey(request(`/artikel/${"a".repeat(600)}`))).toBeNull();
    expect(frontCacheKey(request("/geteilt/abc"))).toBeNull();
  });

  it("never answers a signed-in editor or a request that steers Next", () => {
    for (const cookie of [
      "authjs.session-token=abc",
      "a=1; __Secure-authjs.session-token=abc",
      "authjs.session-token.0=abc",
      "__prerender_bypass=1",
    ]) {
      expect(frontCacheKey(request("/", { cookie })), cookie).toBeNull();
    }
    for (const header of ["x-middleware-subrequest", "x-invoke-path", "x-matched-path", "next-url", "rsc", "x-prerender-revalidate", "x-nextjs-data"]) {
      expect(frontCacheKey(request("/", { [header]: "1" })), header).toBeNull();
    }
  });
});

describe("keepUntil", () => {
  const cached = (more: Partial<AnswerFacts> = {}): AnswerFacts => ({
    status: 200,
    hasEtag: true,
    setsCookie: false,
    cacheControl: "s-maxage=600, stale-while-revalidate=604200",
    nextCache: "HIT",
    ...more,
  });
  const startedAt = 1_000_000;
  const now = startedAt + 40;

  it("reads s-maxage only from public answers", () => {
    expect(sharedMaxAge("s-maxage=31, stale-while-revalidate=60")).toBe(31);
    expect(sharedMaxAge("private, no-cache, no-store, max-age=0, must-revalidate")).toBeNull();
    expect(sharedMaxAge("public, max-age=0")).toBeNull();
    expect(sharedMaxAge("s-maxage=0")).toBeNull();
    expect(sharedMaxAge(undefined)).toBeNull();
  });

  it("keeps a page rendered for this request for its s-maxage, counted from the request's start", () => {
    expect(keepUntil(cached({ nextCache: "MISS" }), { startedAt, now })).toBe(startedAt + 600_000);
    expect(keepUntil(cached({ nextCache: "MISS", cacheControl: "s-maxage=7, stale-while-revalidate=1" }), { startedAt, now })).toBe(startedAt + 7000);
  });

  it("keeps a page from Next's cache until its s-maxage from the last render seen, else only briefly", () => {
    expect(keepUntil(cached(), { startedAt, now, renderedSince: startedAt - 100_000 })).toBe(startedAt + 500_000);
    expect(keepUntil(cached(), { startedAt, now })).toBe(now + UNKNOWN_AGE_SECONDS * 1000);
    // A render seen longer ago than s-maxage says nothing about the entry Next has now.
    expect(keepUntil(cached(), { startedAt, now, renderedSince: startedAt - 700_000 })).toBe(now + UNKNOWN_AGE_SECONDS * 1000);
    expect(keepUntil(cached({ cacheControl: "s-maxage=2" }), { startedAt, now })).toBe(now + 2000);
  });

  it("keeps nothing that is not a whole, public, current 200", () => {
    for (const facts of [
      cached({ status: 404 }),
      cached({ status: 500 }),
      cached({ hasEtag: false }),
      cached({ setsCookie: true }),
      cached({ nextCache: "STALE" }),
      cached({ cacheControl: "private, no-store" }),
      cached({ cacheControl: undefined }),
    ]) {
      expect(keepUntil(facts, { startedAt, now }), JSON.stringify(facts)).toBeNull();
    }
  });
});

function entry(generation: string, bytes: number, expiresAt = Number.MAX_SAFE_INTEGER): FrontEntry {
  return { etag: '"e"', validity: { generation }, expiresAt, page: { identity: Buffer.alloc(bytes), gzip: null }, identityHead: [], gzipHead: [], notModifiedHead: [], bytes };
}

describe("FrontCacheStore", () => {
  it("hands out an entry only before it expires, and forgets only the entry it is told to", () => {
    const store = new FrontCacheStore({ maxEntries: 10, maxBytes: 10_000 });
    const first = entry("1", 100, 5000);
    store.set("/a", first);
    expect(store.get("/a", 4999)).toBe(first);
    // A request replaced the entry while another one found the old one out of date: the new one stays.
    const second = entry("2", 100, 5000);
    store.set("/a", second);
    store.forget("/a", first);
    expect(store.get("/a", 4999)).toBe(second);
    store.forget("/a", second);
    expect(store.get("/a", 4999)).toBeUndefined();
    store.set("/b", entry("1", 100, 5000));
    expect(store.get("/b", 5000)).toBeUndefined();
    expect(store.size).toBe(0);
    expect(store.totalBytes).toBe(0);
  });

  it("holds at most maxEntries, the least recently used leaving first", () => {
    const store = new FrontCacheStore({ maxEntries: 3, maxBytes: 1_000_000 });
    for (const key of ["/1", "/2", "/3"]) store.set(key, entry("g", 10));
    expect(store.get("/1", 0)).toBeDefined();
    store.set("/4", entry("g", 10));
    expect(store.size).toBe(3);
    expect(store.get("/2", 0)).toBeUndefined();
    expect(store.get("/1", 0)).toBeDefined();
    expect(store.get("/4", 0)).toBeDefined();
  });

  it("holds at most maxBytes, and refuses an entry larger than an eighth of them", () => {
    const store = new FrontCacheStore({ maxEntries: 1000, maxBytes: 8000 });
    for (let i = 0; i < 20; i++) store.set(`/${i}`, entry("g", 900));
    expect(store.totalBytes).toBeLessThanOrEqual(8000);
    expect(store.size).toBe(8);
    expect(store.get("/19", 0)).toBeDefined();
    store.set("/big", entry("g", 1001));
    expect(store.get("/big", 0)).toBeUndefined();
    // Replacing an entry counts its bytes once.
    store.set("/19", entry("g", 500));
    store.set("/19", entry("g", 500));
    expect(store.totalBytes).toBe(7 * 900 + 500);
  });

  it("remembers the latest render it saw per page, bounded like the entries", () => {
    const store = new FrontCacheStore({ maxEntries: 2, maxBytes: 1000 });
    store.noteRender("/a", 10);
    store.noteRender("/a", 5);
    expect(store.renderedSince("/a")).toBe(10);
    store.noteRender("/b", 1);
    store.noteRender("/c", 1);
    expect(store.renderedSince("/a")).toBeUndefined();
    expect(store.renderedSince("/c")).toBe(1);
  });
});

describe("notModified", () => {
  it("matches If-None-Match as Next does, weak or strong, and never If-Modified-Since", () => {
    expect(notModified({ "if-none-match": '"x"' }, '"x"')).toBe(true);
    expect(notModified({ "if-none-match": 'W/"x"' }, '"x"')).toBe(true);
    expect(notModified({ "if-none-match": '"y", "x"' }, '"x"')).toBe(true);
    expect(notModified({ "if-none-match": "*" }, '"x"')).toBe(true);
    expect(notModified({ "if-none-match": '"y"' }, '"x"')).toBe(false);
    expect(notModified({ "if-none-match": '"x"', "cache-control": "no-cache" }, '"x"')).toBe(false);
    expect(notModified({ "if-none-match": '"x"', "if-modified-since": "Tue, 01 Dec 2026 10:00:00 GMT" }, '"x"')).toBe(false);
    expect(notModified({}, '"x"')).toBe(false);
  });
});

describe("generation", () => {
  it("moves with every change, and once more when the request that made it has answered", async () => {
    const before = await currentGeneration();
    await readerPagesChanged();
    const afterChange = await currentGeneration();
    expect(afterChange).not.toBe(before);

    const res = new http.ServerResponse(new http.IncomingMessage(null as never));
    await runChangingRequest(res, () => readerPagesChanged());
    const duringRequest = await currentGeneration();
    res.emit("close");
    expect(await currentGeneration()).not.toBe(duringRequest);

    const quiet = new http.ServerResponse(new http.IncomingMessage(null as never));
    const unchanged = await currentGeneration();
    runChangingRequest(quiet, () => undefined);
    quiet.emit("close");
    expect(await currentGeneration()).toBe(unchanged);
  });
});

// Plays Next behind the hook: a cached page with ETag and s-maxage, as the page cache answers it.
const page = `<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><main>${"Text ".repeat(400)}</main><script>self.__next_f.push([1,"x"])</script></body></html>`;
let rendered = 0;
let nextCache = "MISS";
let duringRender: (() => Promise<void>) | null = null;

const playNext: Emit = (_event, ...args) => {
  const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
  rendered++;
  const send = () => {
    if (req.url === "/fehlt") {
      res.statusCode = 404;
      res.setHeader("cache-control", "s-maxage=600");
    } else if (req.url === "/privat") {
      res.setHeader("cache-control", "private, no-store");
    } else {
      res.setHeader("cache-control", "s-maxage=600, stale-while-revalidate=604200");
      res.setHeader("x-nextjs-cache", nextCache);
    }
    res.setHeader("etag", `"${req.url}"`);
    res.setHeader("content-security-policy", "default-src 'self'");
    res.setHeader("vary", "rsc, next-router-state-tree");
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.end(page);
  };
  if (duringRender) void duringRender().then(send);
  else send();
  return true;
};

let store = new FrontCacheStore();
const server = http.createServer((req, res) => serveReaderDocument(server, playNext, req, res, store));
let base = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  store = new FrontCacheStore();
  rendered = 0;
  nextCache = "MISS";
  duringRender = null;
});

const get = (path: string, headers: Record<string, string> = {}, method = "GET") => requestRaw(`${base}${path}`, headers, method);

const withoutPerAnswer = (headers: http.IncomingHttpHeaders) => {
  const { date: _date, "x-blattwerk-cache": _hit, "x-nextjs-cache": _next, connection: _connection, "keep-alive": _keepAlive, ...rest } = headers;
  return rest;
};

describe("serveReaderDocument", () => {
  it("answers the second request from the front cache with the same headers and body", async () => {
    const first = await get("/artikel/a", { "accept-encoding": "gzip" });
    const second = await get("/artikel/a", { "accept-encoding": "gzip" });
    expect(rendered).toBe(1);
    expect(first.headers["x-blattwerk-cache"]).toBeUndefined();
    expect(second.headers["x-blattwerk-cache"]).toBe("hit");
    expect(withoutPerAnswer(second.headers)).toEqual(withoutPerAnswer(first.headers));
    expect(second.body.equals(first.body)).toBe(true);
    expect(gunzipSync(second.body).toString()).not.toContain("__next_f");
  });

  it("sends each encoding, 304 for the ETag and no body for HEAD", async () => {
    await get("/artikel/b");
    const plain = await get("/artikel/b");
    expect(plain.headers["x-blattwerk-cache"]).toBe("hit");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(Number(plain.headers["content-length"])).toBe(plain.body.length);
    const zipped = await get("/artikel/b", { "accept-encoding": "gzip" });
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    const head = await get("/artikel/b", { "accept-encoding": "gzip" }, "HEAD");
    expect(head.body.length).toBe(0);
    expect(head.headers["content-length"]).toBe(zipped.headers["content-length"]);
    const unchanged = await get("/artikel/b", { "if-none-match": '"/artikel/b"' });
    expect(unchanged.status).toBe(304);
    expect(unchanged.body.length).toBe(0);
    expect(unchanged.headers.etag).toBe('"/artikel/b"');
    expect(unchanged.headers["content-security-policy"]).toBe("default-src 'self'");
    expect(rendered).toBe(1);
  });

  it("keeps no 404, no private page and nothing for a signed-in editor", async () => {
    for (const path of ["/fehlt", "/privat"]) {
      await get(path);
      expect((await get(path)).headers["x-blattwerk-cache"], path).toBeUndefined();
    }
    const cookie = "authjs.session-token=abc";
    await get("/artikel/c", { cookie });
    await get("/artikel/c", { cookie });
    expect(rendered).toBe(6);
    await get("/artikel/c");
    expect((await get("/artikel/c", { cookie })).headers["x-blattwerk-cache"]).toBeUndefined();
    expect((await get("/artikel/c")).headers["x-blattwerk-cache"]).toBe("hit");
  });

  it("serves nothing kept before a change, and keeps nothing rendered while one was made", async () => {
    await get("/artikel/d");
    expect((await get("/artikel/d")).headers["x-blattwerk-cache"]).toBe("hit");
    await readerPagesChanged();
    expect((await get("/artikel/d")).headers["x-blattwerk-cache"]).toBeUndefined();
    expect(rendered).toBe(2);

    // An editor saves while Next renders the page: that render may show the old state and must not be kept.
    duringRender = () => readerPagesChanged();
    await get("/artikel/e");
    duringRender = null;
    expect((await get("/artikel/e")).headers["x-blattwerk-cache"]).toBeUndefined();
    expect((await get("/artikel/e")).headers["x-blattwerk-cache"]).toBe("hit");
  });

  it("keeps a page from Next's cache only briefly unless it saw it rendered", async () => {
    nextCache = "HIT";
    await get("/artikel/f");
    const kept = store.get("/artikel/f", Date.now());
    expect(kept!.expiresAt - Date.now()).toBeLessThanOrEqual(UNKNOWN_AGE_SECONDS * 1000);

    nextCache = "MISS";
    await readerPagesChanged();
    await get("/artikel/f");
    expect(store.get("/artikel/f", Date.now())!.expiresAt - Date.now()).toBeGreaterThan(590_000);
    // Next's cache answers after a change: the render seen a moment ago still bounds the entry's age.
    nextCache = "HIT";
    await readerPagesChanged();
    await get("/artikel/f");
    expect(store.get("/artikel/f", Date.now())!.expiresAt - Date.now()).toBeGreaterThan(590_000);
  });
});

describe("entryFrom", () => {
  it("keeps the response's headers but the ones each answer gets anew", () => {
    const res = new http.ServerResponse(new http.IncomingMessage(null as never));
    res.setHeader("etag", '"x"');
    res.setHeader("content-type", "text/html");
    res.setHeader("content-length", 99);
    res.setHeader("x-nextjs-cache", "MISS");
    res.setHeader("link", ["</a>; rel=preload", "</b>; rel=preload"]);
    const kept = entryFrom(res, { identity: Buffer.from("abc"), gzip: null }, { generation: "1" }, 5);
    expect(kept.identityHead).toEqual(["etag", '"x"', "content-type", "text/html", "link", "</a>; rel=preload", "link", "</b>; rel=preload", "Content-Length", "3", "X-Blattwerk-Cache", "hit"]);
    expect(kept.notModifiedHead).not.toContain("content-type");
    expect(kept.gzipHead).toEqual([]);
  });
});
