// Fresh, migrated databases for data tests: always PGlite in memory, and PostgreSQL too when TEST_DATABASE_URL is set.
import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { openDatabase, type DatabaseHandle } from "../client";

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

export async function openTestDatabase(driver: TestDriver): Promise<TestDatabase> {
  const queries: string[] = [];
  const onQuery = (sql: string) => queries.push(sql);
  if (driver === "pglite") {
    const handle = await openDatabase({ dataDir: "memory://", onQuery });
    await handle.migrate();
    queries.length = 0;
    return { handle, queries, dispose: () => handle.close() };
  }
  const name = `blattwerk_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  await withAdminClient((client) => client.query(`create database ${name}`));
  const url = new URL(process.env.TEST_DATABASE_URL as string);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString(), onQuery });
  await handle.migrate();
  queries.length = 0;
  return {
    handle,
    queries,
    dispose: async () => {
      await handle.close();
      await withAdminClient((client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
}
