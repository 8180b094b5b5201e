// The app's shared database handle: opened and migrated once per server process, replaceable in tests.
import "server-only";
import { openDatabase, type Database, type DatabaseHandle } from "./client";

const globalForDb = globalThis as unknown as { blattwerkDb?: Promise<DatabaseHandle> };

export class DatabaseDuringBuildError extends Error {
  constructor() {
    super(
      "The database was read during `next build`. Reader pages are rendered on first request and cached; " +
        "a query at build time would bake build-time rows into the output.",
    );
  }
}

async function openAndMigrate(): Promise<DatabaseHandle> {
  const handle = await openDatabase();
  await handle.migrate();
  return handle;
}

export async function getDatabaseHandle(): Promise<DatabaseHandle> {
  if (process.env.NEXT_PHASE === "phase-production-build") throw new DatabaseDuringBuildError();
  if (!globalForDb.blattwerkDb) {
    const opening = openAndMigrate();
    globalForDb.blattwerkDb = opening;
    // A database that was away at start must not stay away for the life of the process: the next call tries again.
    opening.catch(() => {
      if (globalForDb.blattwerkDb === opening) globalForDb.blattwerkDb = undefined;
    });
  }
  return globalForDb.blattwerkDb;
}

export async function getDb(): Promise<Database> {
  return (await getDatabaseHandle()).db;
}

/** Lets data tests run the real queries against a database they created. */
export function installDatabaseForTests(handle: DatabaseHandle): void {
  globalForDb.blattwerkDb = Promise.resolve(handle);
}
