// How long reader data may be cached: until the next scheduled post or planned change falls due, so it appears without
// a publish action.
import "server-only";
import { sql } from "drizzle-orm";
import { cacheLife, cacheTag } from "next/cache";
import { getDb } from "../connection";
import { applyDueScheduledChanges } from "../mutations/scheduled-changes";
import { posts, postScheduledChanges } from "../schema";
import { CONTENT_TAG, SCHEDULE_TAG } from "@/lib/cache-tags";
import { readerVisible } from "./visibility";

const HOUR = 3600;
const DAY = 24 * HOUR;
/**
 * The longest a cached page goes without a background refresh. Invalidation by tag is immediate, but a whole page
 * whose render began before a change and was stored after it carries the old content (Next stamps a page entry when
 * it is written); this bounds how long such a page can stay.
 */
const LONGEST_REVALIDATE = 10 * 60;

/** Seconds from `now` until `dueAt`, clamped to what cacheLife accepts as a revalidate time and to `longest`. */
export function secondsUntil(dueAt: Date | null, now = Date.now(), longest = LONGEST_REVALIDATE): number {
  if (!dueAt) return longest;
  return Math.min(longest, Math.max(1, Math.ceil((dueAt.getTime() - now) / 1000)));
}

async function nextScheduledPublication(): Promise<Date | null> {
  "use cache";
  cacheTag(CONTENT_TAG, SCHEDULE_TAG);
  const db = await getDb();
  // A planned change of a live post („Änderung planen“) falls due the same way: one query for both.
  const result = (await db.execute(sql`select least(
      (select min(${posts.publishedAt}) from ${posts} where ${readerVisible} and ${posts.publishedAt} > now()),
      (select min(${postScheduledChanges.dueAt}) from ${postScheduledChanges})) as due_at`)) as unknown as {
    rows: { due_at: Date | string | null }[];
  };
  const raw = result.rows[0]?.due_at ?? null;
  const dueAt = raw === null ? null : new Date(raw);
  applyLifetime(dueAt, LONGEST_REVALIDATE);
  return dueAt;
}

/**
 * A lifetime of `longest` seconds, shortened by up to a quarter at random. Pages rendered together (after a start, a
 * deploy, a site-wide change) would otherwise all fall due in the same second and re-render together: in the soak
 * of 3 December that burst took both instances' heap from ~140 to 250 MB every 10 minutes.
 */
export function spreadOut(longest: number, random = Math.random()): number {
  return Math.max(1, Math.round(longest * (1 - random / 4)));
}

// expire stays at a week so cached pages remain prerenderable; revalidate ends at the due time, after which the
// next request triggers a fresh render in the background. A due time is kept exact; only the longest is spread.
function applyLifetime(dueAt: Date | null, longest: number): void {
  const seconds = secondsUntil(dueAt, Date.now(), longest);
  cacheLife({ stale: 60, revalidate: seconds === longest ? spreadOut(longest) : seconds, expire: 7 * DAY });
}

/**
 * Call first inside every cached reader query: tags it and bounds its life by the next due post. Tags that depend on
 * what the query finds (a post's id) are added with cacheTag once known.
 */
export async function readerCache(...tags: string[]): Promise<void> {
  await cacheForReaders(LONGEST_REVALIDATE, tags);
}

/**
 * Like readerCache, for data that no tag can follow exactly (which posts a search finds): refreshed in the background
 * when a request comes `seconds` after it was rendered.
 */
export async function readerCacheRefreshedWithin(seconds: number, ...tags: string[]): Promise<void> {
  await cacheForReaders(Math.min(seconds, LONGEST_REVALIDATE), tags);
}

async function cacheForReaders(longest: number, tags: string[]): Promise<void> {
  cacheTag(CONTENT_TAG, ...tags);
  const dueAt = await nextScheduledPublication();
  // The first render after a planned change's time swaps it in, so this render already shows it. Nothing can fall
  // due before the next due time: planning a change drops the cached one (SCHEDULE_TAG).
  if (dueAt && dueAt.getTime() <= Date.now()) await applyDueScheduledChanges(await getDb());
  applyLifetime(dueAt, longest);
}
