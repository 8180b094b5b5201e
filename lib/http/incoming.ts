// Runs on every request before Next sees it (installed by instrumentation.ts). Next 16 gives route handlers, actions
// and the proxy no socket address and keeps a client's own X-Forwarded-For as it is, so the real peer is stamped
// here (see client-address.ts). Requests Next cannot represent as a fetch Request are answered here too: TRACE and
// the like would otherwise end in a 500. Reader pages' HTML leaves without Next's client runtime (reader-response.ts).
import http from "node:http";
import { getConfig } from "../config";
import { PEER_HEADER } from "./client-address";
import { isReaderDocumentRequest } from "./reader-html";
import { serveWithoutClientRuntime } from "./reader-response";
import { STATIC_POLICY, staticSecurityHeaders } from "./security-headers";

const INSTALLED = Symbol.for("blattwerk.incoming");
// The Fetch standard forbids these methods; undici throws when Next builds its request object from them.
const FORBIDDEN_METHODS = new Set(["TRACE", "TRACK", "CONNECT"]);

function stamp(req: http.IncomingMessage): void {
  const peer = req.socket?.remoteAddress?.replace(/^::ffff:/, "") ?? "";
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

/** Installs the hook once per process, on every HTTP server (Next's own included). */
export function guardIncomingRequests(): void {
  const proto = http.Server.prototype as http.Server & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const emit = proto.emit as (event: string | symbol, ...args: unknown[]) => boolean;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
      if (FORBIDDEN_METHODS.has(req.method ?? "")) return (refuse(res, 405), true);
      if (req.url?.startsWith("/api/") && brokenEscape(req.url)) return (refuse(res, 400), true);
      stamp(req);
      // `next dev` needs its client runtime for hot reloading; the rewrite is what production serves.
      if (process.env.NODE_ENV === "production" && isReaderDocumentRequest(req.method, req.url, req.headers)) {
        serveWithoutClientRuntime(req, res);
      }
    }
    return emit.call(this, event, ...args);
  } as typeof proto.emit;
}
