// @ts-check
// The front thread: a second HTTP server in each instance, on a thread of its own, that answers cached reader pages
// from a copy of the instance's front cache and hands every other request to Next on the main thread. A render runs
// on Next's event loop for tens of milliseconds at a stretch (hundreds when the cores are busy), and every cached
// page asked for meanwhile used to wait behind it: the load run's slowest cached articles were exactly those
// (docs/load-and-faults.md). Here they are answered while Next renders. nginx sends anonymous page requests here
// (deploy/nginx.conf); front-thread-host.ts starts the thread and sends it each answer the front cache keeps.
//
// A small forwarder rather than a proxy library: it only ever talks to its own instance over loopback, and must hand
// Next the reader's address in a way no reader can forge (the token below).
import http from "node:http";
import { pipeline } from "node:stream";
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { getRedisCache, unchangedSince } from "../cache/redis-store.mjs";
import { answerFromEntry, FRONT_CACHE_HEADER, frontCacheKey, FrontCacheStore } from "./front-entries.mjs";
import { isReaderDocumentRequest } from "./reader-request.mjs";

/** Proves to the main thread that a request comes from this thread: a secret of the process, never sent anywhere else. */
export const FRONT_TOKEN_HEADER = "x-blattwerk-front-token";
/** The address this thread's peer (nginx, or the reader) connected from; trusted only with the token. */
export const FRONT_PEER_HEADER = "x-blattwerk-front-peer";

// Per connection, not per request: each hop has its own (RFC 9110, 7.6.1).
const HOP_BY_HOP = new Set(["connection", "keep-alive", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade"]);

/**
 * @typedef {{ host: string; port: number; instanceHost: string; instancePort: number; token: string }} FrontThreadOptions
 * @typedef {{ key: string; entry: import("./front-entries.mjs").FrontEntry }} KeptAnswer
 */

/**
 * The thread's server: kept pages from `store` while their tags are unchanged, everything else from the instance.
 * @param {FrontThreadOptions} options
 * @param {FrontCacheStore} store
 * @param {import("../cache/redis-store.mjs").RedisCache | null} cache
 */
export function createFrontServer(options, store, cache) {
  // Connections to the instance are reused, as nginx reuses its own to this thread.
  const agent = new http.Agent({ keepAlive: true });

  /** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
  const forward = (req, res) => {
    /** @type {http.OutgoingHttpHeaders} */
    const headers = {};
    for (const [name, value] of Object.entries(req.headers)) if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
    headers[FRONT_TOKEN_HEADER] = options.token;
    headers[FRONT_PEER_HEADER] = req.socket.remoteAddress?.replace(/^::ffff:/, "") ?? "";
    const upstream = http.request(
      { host: options.instanceHost, port: options.instancePort, method: req.method, path: req.url, headers, agent },
      (answer) => {
        /** @type {string[]} */
        const head = [];
        const raw = answer.rawHeaders;
        for (let i = 0; i + 1 < raw.length; i += 2) if (!HOP_BY_HOP.has(/** @type {string} */ (raw[i]).toLowerCase())) head.push(/** @type {string} */ (raw[i]), /** @type {string} */ (raw[i + 1]));
        res.writeHead(answer.statusCode ?? 502, answer.statusMessage, head);
        // An answer cut off midway (the instance died) ends the reader's too, instead of leaving it open.
        pipeline(answer, res, () => undefined);
      },
    );
    upstream.on("error", () => {
      if (res.headersSent) return void res.destroy();
      // nginx tries the other instance on a 502 (proxy_next_upstream).
      res.writeHead(502, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
      res.end("Diese Instanz antwortet gerade nicht.\n");
    });
    res.on("close", () => {
      if (!res.writableFinished) upstream.destroy();
    });
    req.pipe(upstream);
  };

  const server = http.createServer((req, res) => {
    const key = isReaderDocumentRequest(req.method, req.url, req.headers) ? frontCacheKey(req) : null;
    const entry = key === null ? undefined : store.get(key, Date.now());
    // Only entries that follow their tags come here (front-thread-host.ts); without Redis nothing is known current.
    if (key === null || !entry || !("tags" in entry.validity) || !cache) return forward(req, res);
    /** @param {boolean} current */
    const answer = (current) => {
      if (current) return answerFromEntry(req, res, entry);
      store.forget(key, entry);
      forward(req, res);
    };
    const current = unchangedSince(cache, entry.validity.tags, entry.validity.since);
    if (typeof current === "boolean") answer(current);
    else current.then(answer, () => forward(req, res));
  });
  // Longer than nginx keeps an idle upstream connection (60 s), so nginx never reuses one this side has just closed.
  server.keepAliveTimeout = 75_000;
  server.headersTimeout = 76_000;
  return server;
}

/**
 * An entry as this thread answers it: `X-Blattwerk-Cache: front-thread` instead of `hit`, so an operator (and the
 * cluster test) can tell which of the two answered.
 * @param {import("./front-entries.mjs").FrontEntry} entry
 */
export function answeredHere(entry) {
  const name = FRONT_CACHE_HEADER.toLowerCase();
  for (const head of [entry.identityHead, entry.gzipHead, entry.notModifiedHead]) {
    for (let i = 0; i + 1 < head.length; i += 2) if (/** @type {string} */ (head[i]).toLowerCase() === name) head[i + 1] = "front-thread";
  }
  return entry;
}

/** Started by front-thread-host.ts as a worker thread: listens, and keeps what the main thread sends. */
function runAsWorker() {
  /** @type {FrontThreadOptions} */
  const options = workerData.blattwerkFrontThread;
  const port = /** @type {import("node:worker_threads").MessagePort} */ (parentPort);
  const store = new FrontCacheStore();
  port.on("message", (/** @type {KeptAnswer} */ kept) => store.set(kept.key, answeredHere(kept.entry)));
  const server = createFrontServer(options, store, getRedisCache());
  server.on("error", (error) => {
    console.error(`Front thread: ${error.message}`);
    process.exit(1);
  });
  server.listen(options.port, options.host, () => port.postMessage("listening"));
}

if (!isMainThread && workerData?.blattwerkFrontThread) runAsWorker();
