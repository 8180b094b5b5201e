// The token of a shareable preview link: the link's row id and expiry, signed with AUTH_SECRET, so a changed digit
// or a made-up link fails the signature, and the address says nothing about the post.
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { getConfig } from "./config";

function signature(id: number, expires: number, secret: string): string {
  return createHmac("sha256", `share-link:${secret}`).update(`${id}.${expires}`).digest("base64url");
}

export function shareToken(id: number, expiresAt: Date, secret = getConfig().authSecret ?? ""): string {
  const expires = Math.floor(expiresAt.getTime() / 1000);
  return `${id}.${expires}.${signature(id, expires, secret)}`;
}

/** The link id of a well-signed, unexpired token; null for anything else. */
export function readShareToken(token: string, nowMs = Date.now(), secret = getConfig().authSecret ?? ""): number | null {
  const match = /^([1-9]\d{0,9})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match || !secret) return null;
  const id = Number(match[1]);
  const expires = Number(match[2]);
  if (id > 2_147_483_647) return null;
  const expected = Buffer.from(signature(id, expires, secret));
  const given = Buffer.from(match[3]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return expires * 1000 > nowMs ? id : null;
}
