// Reader traffic statistics for the redirect manager: hits of redirects and addresses that found nothing. Counted in
// this process's memory and written every few seconds in one statement each, so a request never waits for a write
// and a flood of requests costs the database a handful of upserts. This is a write-behind buffer of statistics and
// nothing more: no answer of any instance depends on it. Every write adds to what is stored (hits = hits + n), so
// several instances counting the same address add up; a write that fails (database away, a deadlock with another
// instance's write) puts its counts back for the next round; a crash or a stop loses at most the last seconds'
// counts. The 404 log keeps at most NOT_FOUND_LOG_CAP rows (the least recently seen go first).
import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "../client";
import { notFoundLog, redirects } from "../schema";

export const NOT_FOUND_LOG_CAP = 10_000;
/** Distinct redirects and missing addresses counted between two writes; beyond it, new ones are not counted. */
const PENDING_CAP = 1_000;
const FLUSH_AFTER_MS = 2_000;

type Pending = {
  hits: Map<number, { n: number; at: Date }>;
  misses: Map<string, { n: number; referrerHost: string; at: Date }>;
  timer: ReturnType<typeof setTimeout> | null;
  database: (() => Promise<Database>) | null;
};

// One store per process on globalThis: proxy.ts and the routes are bundled separately.
const slot = Symbol.for("blattwerk.redirectStats");
const registry = globalThis as unknown as Record<symbol, Pending | undefined>;
const pending: Pending = (registry[slot] ??= { hits: new Map(), misses: new Map(), timer: null, database: null });

function schedule(database: () => Promise<Database>): void {
  pending.database = database;
  if (pending.timer) return;
  pending.timer = setTimeout(() => {
    pending.timer = null;
    void database()
      .then((db) => flushRedirectStats(db))
      .catch((error) => console.error("[redirects] Statistik nicht gespeichert:", (error as Error).message));
  }, FLUSH_AFTER_MS);
  pending.timer.unref?.();
}

function addHits(id: number, n: number, at: Date): void {
  const entry = pending.hits.get(id);
  if (entry) {
    entry.n += n;
    if (at > entry.at) entry.at = at;
  } else if (pending.hits.size < PENDING_CAP) pending.hits.set(id, { n, at });
}

function addMisses(path: string, n: number, referrerHost: string, at: Date): void {
  const entry = pending.misses.get(path);
  if (entry) {
    entry.n += n;
    if (at > entry.at) entry.at = at;
    if (referrerHost) entry.referrerHost = referrerHost;
  } else if (pending.misses.size < PENDING_CAP) pending.misses.set(path, { n, referrerHost, at });
}

export function countRedirectHit(database: () => Promise<Database>, id: number): void {
  if (id <= 0) return;
  addHits(id, 1, new Date());
  schedule(database);
}

export function countNotFound(database: () => Promise<Database>, path: string, referrerHost: string): void {
  addMisses(path, 1, referrerHost, new Date());
  schedule(database);
}

/**
 * Writes what was counted: one update for all redirect hits, one upsert for all misses, then the cap. Rows are
 * written in key order, so two instances flushing at once lock them in the same order. Counts whose write failed go
 * back into the buffer (the next count schedules the next try) and the error is thrown for the caller to log.
 */
export async function flushRedirectStats(db: Database): Promise<void> {
  // This write takes everything counted so far: a write still scheduled would find nothing.
  if (pending.timer) clearTimeout(pending.timer);
  pending.timer = null;
  const hits = [...pending.hits.entries()].sort(([a], [b]) => a - b);
  const misses = [...pending.misses.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  pending.hits.clear();
  pending.misses.clear();
  let hitsWritten = false;
  try {
    if (hits.length > 0) {
      const rows = sql.join(
        hits.map(([id, { n, at }]) => sql`(${id}::int, ${n}::int, ${at.toISOString()}::timestamptz)`),
        sql`, `,
      );
      await db.execute(sql`update ${redirects} set hits = ${redirects.hits} + v.n, last_hit_at = greatest(${redirects.lastHitAt}, v.at)
        from (values ${rows}) as v(id, n, at) where ${redirects.id} = v.id`);
    }
    hitsWritten = true;
    if (misses.length > 0) {
      await db
        .insert(notFoundLog)
        .values(misses.map(([path, { n, referrerHost, at }]) => ({ path, hits: n, referrerHost, firstSeenAt: at, lastSeenAt: at })))
        .onConflictDoUpdate({
          target: notFoundLog.path,
          set: {
            hits: sql`${notFoundLog.hits} + excluded.hits`,
            lastSeenAt: sql`greatest(${notFoundLog.lastSeenAt}, excluded.last_seen_at)`,
            referrerHost: sql`case when excluded.referrer_host <> '' then excluded.referrer_host else ${notFoundLog.referrerHost} end`,
          },
        });
    }
  } catch (error) {
    if (!hitsWritten) for (const [id, { n, at }] of hits) addHits(id, n, at);
    for (const [path, { n, referrerHost, at }] of misses) addMisses(path, n, referrerHost, at);
    throw error;
  }
  if (misses.length > 0) {
    await db.execute(sql`delete from ${notFoundLog} where ${notFoundLog.id} in
      (select id from ${notFoundLog} order by last_seen_at desc, id desc offset ${NOT_FOUND_LOG_CAP})`);
  }
}

/** The host of a Referer header, nothing more of it (no path, no query: they may carry personal data). */
export function referrerHostOf(referer: string | null): string {
  if (!referer) return "";
  try {
    const url = new URL(referer);
    return url.protocol === "http:" || url.protocol === "https:" ? url.hostname.slice(0, 253) : "";
  } catch {
    return "";
  }
}
