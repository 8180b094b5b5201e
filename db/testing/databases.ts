// Fresh, migrated databases for data tests: always PGlite in memory, and PostgreSQL too when TEST_DATABASE_URL is set.
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { Client } from "pg";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { openDatabase, type Database, type DatabaseHandle } from "../client";
import { installDatabaseForTests } from "../connection";

export type TestDriver = "pglite" | "postgres";

export const testDrivers: TestDriver[] = process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];

export type TestDatabase = {
  handle: DatabaseHandle;
  /** SQL statements issued since the last reset. */
  queries: string[];
  dispose: () => Promise<void>;
};

async function withAdminClient<T>(run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** `migrate: false` leaves the database empty, for tests that apply migrations themselves. */
export async function openTestDatabase(driver: TestDriver, { migrate = true }: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const queries: string[] = [];
  const onQuery = (sql: string) => queries.push(sql);
  if (driver === "pglite") {
    const handle = await openDatabase({ dataDir: "memory://", onQuery });
    if (migrate) await handle.migrate();
    queries.length = 0;
    return { handle, queries, dispose: () => handle.close() };
  }
  const name = `blattwerk_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  await withAdminClient((client) => client.query(`create database ${name}`));
  const url = new URL(process.env.TEST_DATABASE_URL as string);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString(), onQuery });
  if (migrate) await handle.migrate();
  queries.length = 0;
  return {
    handle,
    queries,
    dispose: async () => {
      await handle.close();
      // Dropping with force while a closing connection is still saying goodbye made the server kill it, and pg
      // reported that as an unhandled error: wait for the last session to leave before forcing.
      await withAdminClient(async (client) => {
        for (let attempt = 0; attempt < 20; attempt++) {
          const { rows } = await client.query("select count(*)::int as n from pg_stat_activity where datname = $1", [name]);
          if (rows[0]?.n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        await client.query(`drop database if exists ${name} with (force)`);
      });
    },
  };
}

const ALL_TABLES = sql`truncate post_scheduled_changes, post_share_links, revisions, redirects, not_found_log, post_categories, post_tags, tags, posts, series, categories, users,
  sign_in_failures, search_words, comments, comment_throttle, form_drafts, site_settings restart identity cascade`;

/**
 * Registers the hooks every data test file needs: a fresh database for the file, emptied before each test, and
 * (for the cached reader queries, which use the shared connection) installed as the app's database.
 */
export function freshDatabaseFor(driver: TestDriver): { db: () => Database; queries: () => string[] } {
  let testDb: TestDatabase | undefined;
  const current = () => {
    if (!testDb) throw new Error("The test database is opened in beforeAll.");
    return testDb;
  };
  beforeAll(async () => {
    testDb = await openTestDatabase(driver);
    installDatabaseForTests(testDb.handle);
  });
  afterAll(async () => testDb?.dispose());
  beforeEach(async () => {
    await current().handle.db.execute(ALL_TABLES);
    current().queries.length = 0;
  });
  return { db: () => current().handle.db, queries: () => current().queries };
}
