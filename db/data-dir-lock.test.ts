import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { openDatabase } from "./client";
import { DataDirLockedError } from "./data-dir-lock";

const root = mkdtempSync(path.join(tmpdir(), "blattwerk-lock-"));
const dataDir = path.join(root, "pglite");

function runMigrateInOtherProcess() {
  return spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/db-migrate.ts"], {
    env: { ...process.env, DATABASE_URL: "", DATA_DIR: root },
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("the PGlite data folder lock", () => {
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("stops a second process at once with a message naming the folder, and loses nothing", async () => {
    const first = await openDatabase({ dataDir });
    await first.migrate();
    await first.db.execute(sql`create table marker (n int)`);
    await first.db.execute(sql`insert into marker select generate_series(1, 200)`);

    await expect(openDatabase({ dataDir })).rejects.toBeInstanceOf(DataDirLockedError);
    const other = runMigrateInOtherProcess();
    expect(other.status).toBe(1);
    expect(other.stderr).toContain(dataDir);
    expect(other.stderr).toContain("in use by another process");

    await first.db.execute(sql`insert into marker select generate_series(201, 300)`);
    await first.close();

    const reopened = await openDatabase({ dataDir });
    const [row] = await reopened.db.select({ n: sql<number>`count(*)::int` }).from(sql`marker`);
    expect(row?.n).toBe(300);
    await reopened.close();
  });

  it("lets the next process in once the holder has closed", () => {
    const after = runMigrateInOtherProcess();
    expect(after.stderr).toBe("");
    expect(after.status).toBe(0);
  });
});
