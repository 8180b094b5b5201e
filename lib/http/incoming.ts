// Runs on every request before Next sees it (installed by instrumentation.ts). Next 16 gives route handlers, actions
// and the proxy no socket address and keeps a client's own X-Forwarded-For as it is, so the real peer is stamped
// here (see client-address.ts). Requests Next cannot represent as a fetch Request are answered here too: TRACE and
// the like would otherwise end in a 500. Reader pages' HTML leaves without Next's client runtime (reader-response.ts),
// and a cached one is answered from the front cache (front-cache.ts) without reaching Next at all. With the front
// thread (front-thread-host.ts), each kept answer is also handed to it, and requests it passes on name their reader.
import http from "node:http";
import { currentGeneration, runChangingRequest, stillCurrent, validityOf } from "../cache/front-generation";
import { notingPages, type PageScope } from "../cache/page-tags.mjs";
import { getConfig } from "../config";
import { PEER_HEADER } from "./client-address";
import { answerFromEntry, entryFrom, frontCacheKey, FrontCacheStore, keepUntil, startsRender, type FrontEntry } from "./front-cache";
import { offerToFrontThread, relayedPeer } from "./front-thread-host";
import { isReaderDocumentRequest } from "./reader-html";
import { RenderSlots } from "./render-slots";
import { serveWithoutClientRuntime, type KeepPage } from "./reader-response";
import { STATIC_POLICY, staticSecurityHeaders } from "./security-headers";

const INSTALLED = Symbol.for("blattwerk.incoming");
// The Fetch standard forbids these methods; undici throws when Next builds its request object from them.
const FORBIDDEN_METHODS = new Set(["TRACE", "TRACK", "CONNECT"]);

// Requests the front thread handed on, with the address its own peer connected from (front-thread-host.ts).
const relayed = new WeakMap<http.IncomingMessage, string>();

function stamp(req: http.IncomingMessage): void {
  const peer = relayed.get(req) ?? req.socket?.remoteAddress?.replace(/^::ffff:/, "") ?? "";
  const forwarded = req.headers["x-forwarded-for"];
  const before = (Array.isArray(forwarded) ? forwarded.join(", ") : (forwarded ?? "")).trim();
  req.headers[PEER_HEADER] = peer;
  req.headers["x-forwarded-for"] = before ? `${before}, ${peer}` : peer;
}

/** Route handlers under /api are not behind the proxy (proxy.ts), which answers a broken escape on pages. */
function brokenEscape(url: string | undefined): boolean {
  const path = (url ?? "/").split("?")[0] ?? "/";
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

function refuse(res: http.ServerResponse, status: 400 | 405): void {
  for (const { key, value } of staticSecurityHeaders(getConfig().siteUrl)) res.setHeader(key, value);
  res.setHeader("content-security-policy", STATIC_POLICY);
  if (status === 405) res.setHeader("allow", "GET, HEAD, POST, PUT");
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
  res.end(status === 405 ? "Diese Methode wird nicht unterstützt.\n" : "Diese Adresse ist ungültig.\n");
}

const processFrontCache = new FrontCacheStore();
const processRenderSlots = new RenderSlots(getConfig().readerRendersAtOnce);

export type Emit = (event: string | symbol, ...args: unknown[]) => boolean;

/** What the front cache keeps of Next's answer to this request, if anything (front-cache.ts, keepUntil). */
function keeper(frontCache: FrontCacheStore, key: string, generation: string, startedAt: number, noted: PageScope): KeepPage {
  return (res, page) => {
    const nextCache = res.getHeader("x-nextjs-cache") as string | undefined;
    const now = Date.now();
    if (res.statusCode === 200 && startsRender(nextCache)) frontCache.noteRender(key, startedAt);
    const cacheControl = res.getHeader("cache-control");
    const facts = {
      status: res.statusCode,
      hasEtag: res.hasHeader("etag"),
      setsCookie: res.hasHeader("set-cookie"),
      cacheControl: cacheControl === undefined ? undefined : String(cacheControl),
      nextCache,
    };
    const until = keepUntil(facts, { startedAt, now, renderedSince: frontCache.renderedSince(key), freshUntil: noted.freshUntil });
    const validity = until === null ? null : validityOf(noted.tags, generation, startedAt);
    if (until === null || validity === null) return;
    const entry = entryFrom(res, page, validity, until);
    // A page with known tags is checked against them when it is asked for. Otherwise the entry carries the generation
    // its request began under: a render that raced a change may show the old state, so such an entry is never
    // served, and not even stored once the move is known.
    if (!("generation" in validity)) return keepEverywhere(frontCache, key, entry);
    whenKnown(currentGeneration(), (current) => {
      if (current === generation) frontCache.set(key, entry);
    });
  };
}

/** Keeps an entry that follows its tags here and in the front thread, which can check those tags on its own. */
function keepEverywhere(frontCache: FrontCacheStore, key: string, entry: FrontEntry): void {
  frontCache.set(key, entry);
  offerToFrontThread(key, entry);
}

/** Goes on with a value at once when there is one, or when its promise settles (Redis answers). */
function whenKnown<T>(value: T | Promise<T>, then: (known: T) => void, failed?: (error: unknown) => void): void {
  if (value instanceof Promise) void value.then(then, failed);
  else then(value);
}

/** A reader page's HTML: from the front cache when it holds the page, else from Next, rewritten and maybe kept. */
export function serveReaderDocument(
  server: http.Server,
  emit: Emit,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  frontCache = processFrontCache,
  renderSlots = processRenderSlots,
): void {
  const key = getConfig().frontCache ? frontCacheKey(req) : null;
  const startedAt = Date.now();
  const fail = (error: unknown) => {
    console.error("Front cache: request failed", error);
    if (!res.headersSent) res.destroy();
  };
  const toNext = (keep?: (noted: PageScope) => KeepPage) => {
    stamp(req);
    renderSlots.run(res, () =>
      // The scope fills while Next answers (lib/cache/page-tags.mjs) and is read once the answer is complete.
      notingPages(startedAt, (noted) => {
        serveWithoutClientRuntime(req, res, keep?.(noted));
        emit.call(server, "request", req, res);
      }),
    );
  };
  if (key === null) return toNext();
  // Asked for on every miss: the generation is also how this instance learns that another one changed something.
  const viaNext = () =>
    whenKnown(
      currentGeneration(),
      (generation) => {
        // No generation (Redis does not answer): nothing is known to be current, so Next answers and nothing is kept.
        if (generation === null) return toNext();
        toNext((noted) => keeper(frontCache, key, generation, startedAt, noted));
      },
      fail,
    );
  const entry = frontCache.get(key, startedAt);
  if (!entry) return viaNext();
  whenKnown(
    stillCurrent(entry.validity),
    (current) => {
      if (!current) {
        frontCache.forget(key, entry);
        return viaNext();
      }
      // The thread asked here, so its copy is gone (evicted, or it started after this entry was kept).
      if (relayed.has(req) && "tags" in entry.validity) offerToFrontThread(key, entry);
      answerFromEntry(req, res, entry);
    },
    fail,
  );
}

/** Installs the hook once per process, on every HTTP server (Next's own included). */
export function guardIncomingRequests(): void {
  const proto = http.Server.prototype as http.Server & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const emit = proto.emit as Emit;
  const production = process.env.NODE_ENV === "production";
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event !== "request") return emit.call(this, event, ...args);
    const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
    const peer = relayedPeer(req);
    if (peer !== undefined) relayed.set(req, peer);
    if (FORBIDDEN_METHODS.has(req.method ?? "")) return (refuse(res, 405), true);
    if (req.url?.startsWith("/api/") && brokenEscape(req.url)) return (refuse(res, 400), true);
    // `next dev` needs its client runtime for hot reloading; the rewrite (and the front cache) is what production serves.
    if (production && isReaderDocumentRequest(req.method, req.url, req.headers)) {
      serveReaderDocument(this, emit, req, res);
      return true;
    }
    stamp(req);
    if (req.method === "GET" || req.method === "HEAD") return emit.call(this, event, ...args);
    return runChangingRequest(res, () => emit.call(this, event, ...args));
  } as typeof proto.emit;
}
