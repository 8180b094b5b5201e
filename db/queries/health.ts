// Whether the database answers: for the health check that load balancers and `npm run cluster` poll.
import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "../client";

/** One trivial query, given up after `timeoutMs` so a hung server cannot hang the check. */
export async function databaseReachable(db: Database, timeoutMs = 2000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  try {
    return await Promise.race([db.execute(sql`select 1`).then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
