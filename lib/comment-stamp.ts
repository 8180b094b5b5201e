// The comment form's time stamp: when the form was served, signed so a script cannot invent one. A form sent back
// sooner than MIN_FILL_SECONDS after it, or without one, is a script's (db/mutations/comments.ts).
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { cacheLife } from "next/cache";
import { getConfig } from "./config";

function signature(seconds: string, secret: string): string {
  return createHmac("sha256", `comment-stamp:${secret}`).update(seconds).digest("base64url").slice(0, 22);
}

export function issueStamp(nowMs = Date.now(), secret = getConfig().authSecret ?? ""): string {
  const seconds = String(Math.floor(nowMs / 1000));
  return `${seconds}.${signature(seconds, secret)}`;
}

/** Seconds since the stamp was issued, or null for a missing, forged or future stamp. */
export function stampAgeSeconds(stamp: string, nowMs = Date.now(), secret = getConfig().authSecret ?? ""): number | null {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{22})$/.exec(stamp);
  if (!match) return null;
  const expected = Buffer.from(signature(match[1]!, secret));
  const given = Buffer.from(match[2]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const age = Math.floor(nowMs / 1000) - Number(match[1]);
  return age < 0 ? null : age;
}

/**
 * The stamp inside a cached article page: issued when the page is rendered, so on a page served from the cache it is
 * older than the reader's visit and the minimum fill time passes (docs/comments.md says what that leaves).
 */
export async function pageStamp(): Promise<string> {
  "use cache";
  cacheLife({ stale: 60, revalidate: 600, expire: 7 * 24 * 3600 });
  return issueStamp();
}
