import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/db/testing/databases";
import { media, postAttachments } from "@/db/schema";
import { diskStorage } from "@/lib/media/storage";
import { seedDemo } from "./demo";
import { seedDemoMedia } from "./media";

describe("demo media", () => {
  let testDb: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    testDb = await openTestDatabase("pglite");
    dir = await mkdtemp(path.join(tmpdir(), "blattwerk-seed-media-"));
  });
  afterAll(async () => {
    await testDb.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  it("stores two whitepapers through the upload pipeline, attaches them, and changes nothing on a rerun", async () => {
    const db = testDb.handle.db;
    const storage = diskStorage(dir);
    await seedDemo(db);
    expect(await seedDemoMedia(db, storage)).toEqual({ files: 2 });
    expect(await seedDemoMedia(db, storage)).toEqual({ files: 0 });
    const rows = await db.select().from(media);
    expect(rows.map((row) => [row.mimeType, row.title])).toEqual([
      ["application/pdf", "Whitepaper: Social-Media-Strategie für Behörden"],
      ["application/pdf", "Checkliste: DSGVO-Pflichten auf Social Media"],
    ]);
    expect(await db.select().from(postAttachments)).toHaveLength(2);
    for (const row of rows) expect(await storage.size(`${row.hash}/original.pdf`)).toBe(row.byteSize);
  });
});
