// The front thread (front-thread.mjs): its server answers kept pages while their tags are unchanged and hands everything
// else to the instance with the reader's address; started as a real worker thread, it answers while the main thread
// is busy. Runs against the local Redis under a key prefix of its own.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CLOCKS_APART_MS } from "../cache/front-generation";
import { notePage } from "../cache/page-tags.mjs";
import { getRedisCache, recordTagInvalidation, type RedisCache } from "../cache/redis-store.mjs";
import { FrontCacheStore, type FrontEntry } from "./front-entries.mjs";
import { relayedPeer, startFrontThread, stopFrontThread } from "./front-thread-host";
import { createFrontServer, FRONT_PEER_HEADER, FRONT_TOKEN_HEADER } from "./front-thread.mjs";
import { serveReaderDocument, type Emit } from "./incoming";
import { requestRaw } from "./testing";

const TOKEN = "a".repeat(64);
const page = Buffer.from(`<!DOCTYPE html><html><body><main>${"Text ".repeat(300)}</main></body></html>`);

/** What the instance behind the thread was asked, and how it answers. */
type Asked = { method?: string; url?: string; headers: http.IncomingHttpHeaders; body: string };
let asked: Asked[] = [];
const instance = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    asked.push({ method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(chunks).toString() });
    res.setHeader("set-cookie", "probe=1; Path=/");
    res.writeHead(req.url === "/fehlt" ? 404 : 200, { "content-type": "text/plain; charset=utf-8", "x-from": "instance" });
    res.end(`Instanz: ${req.method} ${req.url}`);
  });
});

let cache: RedisCache;
// Each test keeps its own addresses in it.
const store = new FrontCacheStore();
let front: http.Server;
let frontBase = "";

function entry(tags: string[], since = Date.now()): FrontEntry {
  const gzip = Buffer.from("gzip-bytes");
  const head = ["Content-Type", "text/html; charset=utf-8", "ETag", '"v1"'];
  return {
    etag: '"v1"',
    validity: { tags, since },
    expiresAt: Date.now() + 60_000,
    page: { identity: page, gzip },
    identityHead: [...head, "Content-Length", String(page.length), "X-Blattwerk-Cache", "hit"],
    gzipHead: [...head, "Content-Encoding", "gzip", "Content-Length", String(gzip.length), "X-Blattwerk-Cache", "hit"],
    notModifiedHead: ["ETag", '"v1"', "X-Blattwerk-Cache", "hit"],
    bytes: page.length + gzip.length,
  };
}

const listen = (server: http.Server) =>
  new Promise<string>((resolve) => server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
const close = (server: http.Server) => new Promise<void>((resolve) => server.close(() => resolve()));
const settle = () => new Promise((resolve) => setTimeout(resolve, CLOCKS_APART_MS + 10));

beforeAll(async () => {
  process.env.REDIS_URL = process.env.REDIS_TEST_URL ?? "redis://127.0.0.1:6379";
  process.env.REDIS_KEY_PREFIX = `blattwerk-test:${randomBytes(6).toString("hex")}:`;
  cache = getRedisCache()!;
  if (!cache.isReady()) await new Promise((resolve) => cache.client.once("ready", resolve));
  const instanceBase = await listen(instance);
  const instancePort = Number(new URL(instanceBase).port);
  front = createFrontServer({ host: "127.0.0.1", port: 0, instanceHost: "127.0.0.1", instancePort, token: TOKEN }, store, cache);
  frontBase = await listen(front);
  // The mirror must be live, or every check waits for Redis (which also answers, only later).
  for (let waited = 0; !cache.mirror?.isLive() && waited < 2000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
});
afterAll(async () => {
  const keys = await cache.client.keys(`${cache.prefix}*`);
  if (keys.length > 0) await cache.client.del(...keys);
  cache.mirror?.stop();
  cache.client.disconnect();
  front.closeAllConnections();
  await Promise.all([close(front), close(instance)]);
});
beforeEach(() => {
  asked = [];
});

describe("the front thread's server", () => {
  it("answers a kept page while its tags are unchanged, in the encoding asked for, without the instance", async () => {
    store.set("/artikel/eins", entry(["post:1"]));
    const plain = await requestRaw(`${frontBase}/artikel/eins`);
    expect(plain.status).toBe(200);
    expect(plain.headers["x-blattwerk-cache"]).toBe("hit");
    expect(plain.body.equals(page)).toBe(true);
    const zipped = await requestRaw(`${frontBase}/artikel/eins`, { "accept-encoding": "gzip" });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.body.toString()).toBe("gzip-bytes");
    expect((await requestRaw(`${frontBase}/artikel/eins`, { "if-none-match": '"v1"' })).status).toBe(304);
    const head = await requestRaw(`${frontBase}/artikel/eins`, {}, "HEAD");
    expect(head.headers["content-length"]).toBe(String(page.length));
    expect(asked).toEqual([]);
  });

  it("hands the page to the instance once one of its tags changed, and forgets its copy", async () => {
    store.set("/artikel/zwei", entry(["post:2"], Date.now() - 1000));
    await recordTagInvalidation(cache, ["post:2"]);
    await settle();
    const answer = await requestRaw(`${frontBase}/artikel/zwei`);
    expect(answer.body.toString()).toBe("Instanz: GET /artikel/zwei");
    expect(store.get("/artikel/zwei", Date.now())).toBeUndefined();
  });

  it("hands on everything else as it came, and the answer as it went, with its own token and the real peer", async () => {
    const posted = await new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
      const req = http.request(
        `${frontBase}/artikel/eins/kommentar-senden?x=1`,
        { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", [FRONT_TOKEN_HEADER]: "geraten", [FRONT_PEER_HEADER]: "203.0.113.9" } },
        (res) => {
          let body = "";
          res.on("data", (chunk: Buffer) => (body += chunk));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      );
      req.on("error", reject);
      req.end("text=Hallo");
    });
    expect(posted.status).toBe(200);
    expect(posted.body).toBe("Instanz: POST /artikel/eins/kommentar-senden?x=1");
    expect(posted.headers["set-cookie"]).toEqual(["probe=1; Path=/"]);
    expect(posted.headers["x-from"]).toBe("instance");
    const [seen] = asked;
    expect(seen?.body).toBe("text=Hallo");
    expect(seen?.headers[FRONT_TOKEN_HEADER]).toBe(TOKEN);
    expect(seen?.headers[FRONT_PEER_HEADER]).toBe("127.0.0.1");

    const missing = await requestRaw(`${frontBase}/fehlt`);
    expect(missing.status).toBe(404);
    // A page asked for with a query string is never answered from a copy.
    store.set("/", entry(["posts"]));
    expect((await requestRaw(`${frontBase}/?seite=2`)).body.toString()).toBe("Instanz: GET /?seite=2");
  });

  it("answers 502 with a German line when the instance does not answer", async () => {
    const gone = createFrontServer({ host: "127.0.0.1", port: 0, instanceHost: "127.0.0.1", instancePort: 1, token: TOKEN }, new FrontCacheStore(), cache);
    const base = await listen(gone);
    const answer = await requestRaw(`${base}/artikel/eins`);
    expect(answer.status).toBe(502);
    expect(answer.body.toString()).toBe("Diese Instanz antwortet gerade nicht.\n");
    await close(gone);
  });
});

describe("the main thread's side", () => {
  const withHeaders = (headers: http.IncomingHttpHeaders) => ({ headers: { ...headers } }) as http.IncomingMessage;

  it("takes the peer only from a request carrying this process's token, and removes both headers always", () => {
    const forged = withHeaders({ [FRONT_TOKEN_HEADER]: "a".repeat(64), [FRONT_PEER_HEADER]: "203.0.113.9" });
    expect(relayedPeer(forged)).toBeUndefined();
    expect(forged.headers[FRONT_TOKEN_HEADER]).toBeUndefined();
    expect(forged.headers[FRONT_PEER_HEADER]).toBeUndefined();
    expect(relayedPeer(withHeaders({ [FRONT_PEER_HEADER]: "203.0.113.9" }))).toBeUndefined();
  });
});

describe("the front thread started beside an instance", () => {
  let rendered = 0;
  let peers: string[] = [];
  const playNext: Emit = (_event, ...args) => {
    const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
    rendered++;
    peers.push(String(req.headers["x-test-peer"]));
    notePage(["post:7"], Date.now() + 600_000);
    res.setHeader("cache-control", "s-maxage=600, stale-while-revalidate=604200");
    res.setHeader("x-nextjs-cache", "MISS");
    res.setHeader("etag", '"p7"');
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.end(page);
    return true;
  };
  const mainStore = new FrontCacheStore();
  const next = http.createServer((req, res) => {
    const peer = relayedPeer(req);
    req.headers["x-test-peer"] = peer ?? "direct";
    serveReaderDocument(next, playNext, req, res, mainStore);
  });
  let threadBase = "";

  beforeAll(async () => {
    const base = await listen(next);
    process.env.PORT = new URL(base).port;
    // A free port for the thread, as an offset from the instance's.
    const probe = http.createServer();
    const free = Number(new URL(await listen(probe)).port);
    await close(probe);
    startFrontThread("127.0.0.1", free - Number(process.env.PORT));
    threadBase = `http://127.0.0.1:${free}`;
    for (let waited = 0; ; waited += 50) {
      const up = await requestRaw(`${threadBase}/warten`).then(
        () => true,
        () => false,
      );
      if (up) break;
      if (waited > 10_000) throw new Error("the front thread did not start");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    rendered = 0;
    peers = [];
  });
  afterAll(async () => {
    await stopFrontThread();
    next.closeAllConnections();
    await close(next);
  });

  it("gets each page the instance keeps, and answers it while the main thread is busy", async () => {
    const first = await requestRaw(`${threadBase}/artikel/sieben`, { "accept-encoding": "gzip" });
    expect(first.headers["x-blattwerk-cache"]).toBeUndefined();
    expect(gunzipSync(first.body).equals(page)).toBe(true);
    expect(rendered).toBe(1);
    // The reader's address as the thread saw it, passed on with the token.
    expect(peers).toEqual(["127.0.0.1"]);

    // Another process asks while this thread, where the instance's Next runs, is held for two seconds.
    const child = spawn(process.execPath, [
      "-e",
      `fetch(${JSON.stringify(`${threadBase}/artikel/sieben`)}).then(async (r) => console.log(JSON.stringify({ at: Date.now(), hit: r.headers.get("x-blattwerk-cache"), length: (await r.arrayBuffer()).byteLength })))`,
    ]);
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk));
    const busyUntil = Date.now() + 2000;
    while (Date.now() < busyUntil) {
      // busy, as during a long render
    }
    await new Promise((resolve) => child.once("exit", resolve));
    const answered = JSON.parse(output) as { at: number; hit: string; length: number };
    expect(answered.hit).toBe("front-thread");
    expect(answered.length).toBe(page.length);
    expect(answered.at).toBeLessThan(busyUntil);
    expect(rendered).toBe(1);
  });
});
