// Next 16 gives route handlers, actions and the proxy no socket address, and keeps a client's own X-Forwarded-For as
// it is. This stamps the real peer on every request before Next sees it (see client-address.ts).
import http from "node:http";
import { PEER_HEADER } from "./client-address";

const STAMPED = Symbol.for("blattwerk.peer-stamp");

function stamp(req: http.IncomingMessage): void {
  const peer = req.socket?.remoteAddress?.replace(/^::ffff:/, "") ?? "";
  const forwarded = req.headers["x-forwarded-for"];
  const before = (Array.isArray(forwarded) ? forwarded.join(", ") : forwarded ?? "").trim();
  req.headers[PEER_HEADER] = peer;
  req.headers["x-forwarded-for"] = before ? `${before}, ${peer}` : peer;
}

/** Installs the stamp once per process, on every HTTP server (Next's own included). */
export function stampPeerAddress(): void {
  const proto = http.Server.prototype as http.Server & { [STAMPED]?: true };
  if (proto[STAMPED]) return;
  proto[STAMPED] = true;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") stamp(args[0] as http.IncomingMessage);
    return (emit as (event: string | symbol, ...args: unknown[]) => boolean).call(this, event, ...args);
  } as typeof emit;
}
