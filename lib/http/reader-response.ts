// Wraps the response of a reader page's HTML request (lib/http/incoming.ts decides which): the HTML Next writes is
// collected, stripped of Next's client runtime (reader-html.ts), compressed here and sent with its own length.
//
// Next's compression (`compress` in next.config.ts) wraps res.write after this hook, so it would hand us gzip. It
// therefore sees a request that accepts no encoding, and this module compresses the rewritten page instead, with
// the same rules (gzip, 1 KB threshold, `Vary: Accept-Encoding`, off with COMPRESS_RESPONSES=false). Next's ETag
// (a hash of its own HTML, which maps to exactly one rewritten page) and its 304 answers stay as they are.
import type http from "node:http";
import { getConfig } from "../config";
import type { RewrittenPage } from "./front-cache";
import { acceptsGzip, gzip, GZIP_THRESHOLD, withoutClientRuntime } from "./reader-html";

type Mode = "undecided" | "rewrite" | "pass";
type Callback = (error?: Error | null) => void;

// Cached pages come with an ETag and are the same bytes for every reader: their rewritten form (and its gzip, when
// compression is on) is kept, so a cached page costs one lookup here instead of a rewrite and a gzip per request.
const MAX_REMEMBERED = 256;
const remembered = new Map<string, RewrittenPage>();

function remember(etag: string, page: RewrittenPage): void {
  if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value as string);
  remembered.set(etag, page);
}

function rewrite(chunks: Buffer[], withGzip: boolean): RewrittenPage {
  const identity = Buffer.from(withoutClientRuntime(Buffer.concat(chunks).toString("utf8")));
  return { identity, gzip: withGzip && identity.length >= GZIP_THRESHOLD ? gzip(identity) : null };
}

/** Called with a finished, rewritten page before it is sent: the front cache (lib/http/front-cache.ts) may keep it. */
export type KeepPage = (res: http.ServerResponse, page: RewrittenPage) => void;

function appendVary(res: http.ServerResponse, field: string): void {
  const current = String(res.getHeader("vary") ?? "");
  if (current.split(",").some((part) => part.trim().toLowerCase() === field.toLowerCase() || part.trim() === "*")) return;
  res.setHeader("vary", current ? `${current}, ${field}` : field);
}

function applyHeaders(res: http.ServerResponse, headers: unknown): void {
  if (!headers || typeof headers !== "object") return;
  if (Array.isArray(headers)) {
    const flat = headers.flat() as string[];
    for (let i = 0; i + 1 < flat.length; i += 2) res.setHeader(flat[i]!, flat[i + 1]!);
    return;
  }
  for (const [key, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(key, value as string);
}

export function serveWithoutClientRuntime(req: http.IncomingMessage, res: http.ServerResponse, keep?: KeepPage): void {
  const compressing = getConfig().compressResponses;
  const wantsGzip = compressing && acceptsGzip(String(req.headers["accept-encoding"] ?? ""));
  delete req.headers["accept-encoding"];
  // HEAD must report the length of the page GET would send, which only the rewritten body gives. Next renders that
  // body for GET; Node sends no body in answer to HEAD whatever is written (it decided so when the request came in).
  if (req.method === "HEAD") req.method = "GET";

  const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders };
  let mode: Mode = "undecided";
  const chunks: Buffer[] = [];

  const decide = (): Mode => {
    if (mode !== "undecided") return mode;
    const type = String(res.getHeader("content-type") ?? "");
    const rewritable = type.startsWith("text/html") && !res.getHeader("content-encoding") && res.statusCode !== 304 && res.statusCode !== 204;
    mode = rewritable ? "rewrite" : "pass";
    return mode;
  };

  const finish = (callback?: Callback) => {
    const etag = res.getHeader("etag");
    const key = etag && res.statusCode === 200 ? String(etag) : null;
    // A page kept per ETag is gzipped once for everyone who will ask; one rendered per request only if this reader asks.
    let page = key ? remembered.get(key) : undefined;
    if (!page) {
      page = rewrite(chunks, key ? compressing : wantsGzip);
      if (key) remember(key, page);
    }
    chunks.length = 0;
    const body = wantsGzip && page.gzip ? page.gzip : page.identity;
    if (body === page.gzip) res.setHeader("content-encoding", "gzip");
    appendVary(res, "Accept-Encoding");
    res.setHeader("content-length", body.length);
    res.removeHeader("transfer-encoding");
    keep?.(res, page);
    // From here on the wrapped functions hand everything to Node's own.
    mode = "pass";
    (original.end as (...args: unknown[]) => http.ServerResponse).call(res, body, callback);
  };

  res.writeHead = function (this: http.ServerResponse, statusCode: number, ...rest: unknown[]) {
    if (mode === "undecided") {
      res.statusCode = statusCode;
      if (typeof rest[0] === "string") res.statusMessage = rest[0];
      applyHeaders(res, typeof rest[0] === "string" ? rest[1] : rest[0]);
    }
    if (decide() === "pass") return (original.writeHead as (...args: unknown[]) => http.ServerResponse).call(this, statusCode, ...rest);
    return this;
  } as typeof res.writeHead;

  res.flushHeaders = function (this: http.ServerResponse) {
    if (decide() === "pass") original.flushHeaders.call(this);
  };

  res.write = function (this: http.ServerResponse, chunk: unknown, ...rest: unknown[]) {
    if (decide() === "pass") return (original.write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    const encoding = typeof rest[0] === "string" ? (rest[0] as BufferEncoding) : "utf8";
    chunks.push(Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, encoding) : Buffer.from(chunk as Uint8Array));
    const callback = rest.find((arg) => typeof arg === "function") as Callback | undefined;
    if (callback) process.nextTick(callback);
    return true;
  } as typeof res.write;

  res.end = function (this: http.ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    if (decide() === "pass") return (original.end as (...args: unknown[]) => http.ServerResponse).call(this, chunk, ...rest);
    const callback = [chunk, ...rest].find((arg) => typeof arg === "function") as Callback | undefined;
    if (chunk !== undefined && chunk !== null && typeof chunk !== "function") {
      const encoding = typeof rest[0] === "string" ? (rest[0] as BufferEncoding) : "utf8";
      chunks.push(Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, encoding) : Buffer.from(chunk as Uint8Array));
    }
    finish(callback);
    return this;
  } as typeof res.end;
}
