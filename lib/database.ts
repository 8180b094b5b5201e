// The database handle for pages, layouts and route handlers; server actions get theirs from lib/server-action.ts.
import "server-only";
import { getDb } from "@/db/connection";
import type { Database } from "@/db/client";

/** Opened and migrated once per server process (db/connection.ts); code in app/ and components/ asks here. */
export function database(): Promise<Database> {
  return getDb();
}
