// Opens the one database the app uses: PostgreSQL when DATABASE_URL is set, else embedded PGlite in DATA_DIR.
import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { Client, Pool } from "pg";
import { getConfig } from "@/lib/config";
import * as schema from "./schema";
import { lockDataDir } from "./data-dir-lock";

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export type DatabaseHandle = {
  db: Database;
  kind: "postgres" | "pglite";
  /** Applies committed drizzle-kit migrations (from another folder in tests of a migration); idempotent. */
  migrate: (folder?: string) => Promise<void>;
  close: () => Promise<void>;
};

const migrationsFolder = path.join(/* turbopackIgnore: true */ process.cwd(), "db", "migrations");

export function defaultDataDir(): string {
  return getConfig().dataDir;
}

export type OpenOptions = {
  /** A postgres:// URL; falls back to DATABASE_URL. */
  url?: string;
  /** A PGlite folder, or "memory://" for a throwaway in-memory database. */
  dataDir?: string;
  /** Sees every SQL statement; tests and the benchmark count queries with it. */
  onQuery?: (sql: string) => void;
};

export async function openDatabase(options: OpenOptions = {}): Promise<DatabaseHandle> {
  const url = options.url ?? (options.dataDir ? undefined : getConfig().databaseUrl);
  const logger = options.onQuery ? { logQuery: options.onQuery } : undefined;
  if (url) return openPostgres(url, logger);
  return openPglite(options.dataDir ?? path.join(/* turbopackIgnore: true */ defaultDataDir(), "pglite"), logger);
}

type QueryLogger = { logQuery: (sql: string) => void } | undefined;

function openPostgres(url: string, logger: QueryLogger): DatabaseHandle {
  // A bounded wait for a connection: while the server is away a request fails in seconds (a German 503 in the
  // dashboard) instead of hanging; the pool opens fresh connections once it is back, without an app restart.
  const pool = new Pool({
    connectionString: url,
    max: getConfig().databasePoolSize,
    connectionTimeoutMillis: getConfig().databaseConnectTimeoutMs,
  });
  // An idle connection can be closed by the server (restart, admin command); without a listener that error would
  // crash the process. The pool drops the connection and opens a new one when needed.
  pool.on("error", (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
  const db = drizzleNodePg(pool, { schema, logger }) as unknown as Database;
  return {
    db,
    kind: "postgres",
    migrate: (folder = migrationsFolder) => migrateUnderLock(url, () => migrateNodePg(db as never, { migrationsFolder: folder })),
    close: () => pool.end(),
  };
}

/** Any fixed number: the advisory lock that lets one of several starting instances migrate while the others wait. */
const MIGRATION_LOCK = 7_305_150_001;

// Instances started together (compose, systemd, `npm run cluster`) would otherwise apply the same migration twice.
// The lock lives on a connection of its own, so a pool of one connection still has one to migrate with.
async function migrateUnderLock(url: string, migrate: () => Promise<void>): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await migrate();
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function openPglite(dataDir: string, logger: QueryLogger): Promise<DatabaseHandle> {
  const inMemory = dataDir.startsWith("memory://");
  let release = async () => {};
  if (!inMemory) {
    mkdirSync(/* turbopackIgnore: true */ dataDir, { recursive: true });
    release = await lockDataDir(dataDir);
  }
  try {
    // pg_trgm ships with PGlite as a loadable extension; the migrations create it, as on PostgreSQL.
    const client = await PGlite.create(inMemory ? undefined : dataDir, { extensions: { pg_trgm } });
    const db = drizzlePglite(client, { schema, logger }) as unknown as Database;
    return {
      db,
      kind: "pglite",
      migrate: (folder = migrationsFolder) => migratePglite(db as never, { migrationsFolder: folder }),
      close: async () => {
        await client.close();
        await release();
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}
