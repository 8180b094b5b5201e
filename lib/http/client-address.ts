// The address a request came from: the socket's peer, or, behind TRUSTED_PROXIES proxies, the address the
// outermost trusted proxy saw. Sign-in, feedback and every throttle key on it; nothing else in a request names the
// client, and anything the client writes into X-Forwarded-For itself is ignored.
import { getConfig } from "../config";

/**
 * Set by guardIncomingRequests (lib/http/incoming.ts) on every request before Next reads it: the socket's peer address,
 * replacing any header of that name the client sent. It is also appended to X-Forwarded-For, as a proxy would.
 */
export const PEER_HEADER = "x-blattwerk-peer";

type HeaderSource = Pick<Headers, "get">;

/**
 * The client's address. X-Forwarded-For as stamped here ends with the socket's peer; each trusted proxy added the
 * address it saw one place to its left. Entries further left were written by the client and are never used.
 * Without the stamp (a server started some other way) every request counts as "unbekannt": one shared bucket is a
 * safer failure than trusting a header anyone can write.
 */
export function clientAddress(
  source: { headers: HeaderSource } | HeaderSource | undefined,
  /** TRUSTED_PROXIES: how many proxies in front of the app append to X-Forwarded-For (nginx: 1). Default 0. */
  trustedProxies = getConfig().trustedProxies,
): string {
  const headers = source && "headers" in source ? source.headers : source;
  const peer = headers?.get(PEER_HEADER)?.trim();
  if (!peer) return "unbekannt";
  const chain = (headers?.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (chain.at(-1) !== peer) return peer;
  const index = chain.length - 1 - trustedProxies;
  return chain[Math.max(index, 0)] ?? peer;
}
