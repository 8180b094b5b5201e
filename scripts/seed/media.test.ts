import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/db/testing/databases";
import { eq, inArray } from "drizzle-orm";
import { media, postAttachments, posts } from "@/db/schema";
import { demoPosts } from "../demo-content/posts";
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

  it("stores two whitepapers and the cover illustrations through the upload pipeline, and changes nothing on a rerun", async () => {
    const db = testDb.handle.db;
    const storage = diskStorage(dir);
    await seedDemo(db);
    const started = Date.now();
    expect(await seedDemoMedia(db, storage)).toEqual({ files: 2, covers: 8 });
    console.log(`Demo media seeded in ${Date.now() - started} ms`);
    expect(await seedDemoMedia(db, storage)).toEqual({ files: 0, covers: 0 });
    const rows = await db.select().from(media).orderBy(media.id);
    expect(rows.filter((row) => row.kind === "document").map((row) => [row.mimeType, row.title])).toEqual([
      ["application/pdf", "Whitepaper: Social-Media-Strategie für Behörden"],
      ["application/pdf", "Checkliste: DSGVO-Pflichten auf Social Media"],
    ]);
    expect(await db.select().from(postAttachments)).toHaveLength(2);
    for (const row of rows.filter((item) => item.kind === "document")) expect(await storage.size(`${row.hash}/original.pdf`)).toBe(row.byteSize);

    const illustrations = rows.filter((row) => row.kind === "image");
    expect(illustrations).toHaveLength(8);
    for (const row of illustrations) {
      expect(row).toMatchObject({ mimeType: "image/png", width: 1600, height: 900, credit: "Illustration: Amtsblatt digital", decorative: false });
      expect(row.alt).toMatch(/^Illustration /);
      expect(row.variants.map((v) => `${v.width}.${v.format}`).sort()).toEqual(
        ["480", "960", "1600"].flatMap((w) => ["avif", "jpg", "webp"].map((f) => `${w}.${f}`)).sort(),
      );
      expect(await storage.size(`${row.hash}/1600.jpg`)).toBeGreaterThan(0);
    }
    // Every demo post with an illustration has it as its library cover.
    const covered = await db.select({ slug: posts.slug, cover: posts.coverMediaId }).from(posts).where(inArray(posts.slug, demoPosts.filter((post) => post.cover).map((post) => post.slug)));
    expect(covered.length).toBe(demoPosts.filter((post) => post.cover).length);
    const ids = new Set(illustrations.map((row) => row.id));
    for (const post of covered) expect(ids.has(post.cover ?? -1)).toBe(true);
    const [welcome] = await db.select({ cover: posts.coverMediaId }).from(posts).where(eq(posts.slug, "willkommen-bei-amtsblatt-digital"));
    expect(illustrations.find((row) => row.id === welcome?.cover)?.originalName).toBe("illustration-rathaus.png");
    // The demo seed plus 8 images in 9 variants each (AVIF is slow): 14 s alone, over 30 s at a load average of 18.
  }, 120_000);
});
