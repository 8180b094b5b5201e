// The WordPress import of tags, category parents and sticky posts, on the hand-written fixture.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diskStorage } from "@/lib/media/storage";
import { silentProgress } from "@/lib/wordpress/report";
import { importWordpress } from "@/lib/wordpress/write";
import { freshDatabaseFor, testDrivers } from "../testing/databases";
import { categories, posts, postTags, tags } from "../schema";
import { ensureImportAccount } from "./imports";

const fixtures = path.resolve("lib/wordpress/fixtures");

describe.each(testDrivers)("WordPress import of tags, parents and pins on %s", (driver) => {
  const { db } = freshDatabaseFor(driver);
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "blattwerk-wxr-tax-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function run(file: string) {
    const actor = await ensureImportAccount(db());
    return importWordpress({
      file,
      uploadsDir: null,
      dryRun: false,
      db: db(),
      storage: diskStorage(path.join(dir, "store")),
      actorId: actor.id,
      progress: silentProgress,
    });
  }

  it("creates each tag once (WordPress 6 writes terms twice), keeps parents, pins sticky posts; a rerun changes nothing", { timeout: 180_000 }, async () => {
    const file = path.join(dir, "musterhausen.xml");
    writeFileSync(file, readFileSync(path.join(fixtures, "musterhausen.xml")));
    const report = await run(file);
    expect(report.counts.tags).toMatchObject({ created: 3, skipped: 0 });
    expect(await db().select({ name: tags.name, slug: tags.slug, description: tags.description }).from(tags).orderBy(asc(tags.slug))).toEqual([
      { name: "Bus & Bahn", slug: "bus-bahn", description: "" },
      { name: "Inklusion", slug: "inklusion", description: "" },
      { name: "Social Media", slug: "social-media", description: "Kanäle & Kampagnen" },
    ]);
    const parent = alias(categories, "parent");
    expect(
      await db().select({ slug: categories.slug, parent: parent.slug }).from(categories).leftJoin(parent, eq(parent.id, categories.parentId)).orderBy(asc(categories.id)),
    ).toEqual([
      { slug: "allgemein", parent: null },
      { slug: "verwaltung-service", parent: null },
      { slug: "buergerbuero", parent: "verwaltung-service" },
    ]);
    const tagged = await db()
      .select({ slug: posts.slug, tag: tags.name, tagNames: posts.tagNames })
      .from(postTags)
      .innerJoin(posts, eq(posts.id, postTags.postId))
      .innerJoin(tags, eq(tags.id, postTags.tagId))
      .orderBy(asc(posts.slug), asc(postTags.position));
    expect(tagged.map(({ slug, tag }) => `${slug}: ${tag}`)).toEqual([
      "ein-blick-ins-rathaus: Social Media",
      "ein-blick-ins-rathaus: Inklusion",
      "ein-blick-ins-rathaus: Bus & Bahn",
      "neuer-marktplatz: Social Media",
    ]);
    // The search document got the names with the row (as the trigger would have written them).
    expect(tagged[0]!.tagNames).toBe("Social Media Inklusion Bus & Bahn");
    const pinned = await db().select({ slug: posts.slug, pinnedAt: posts.pinnedAt, publishedAt: posts.publishedAt }).from(posts).where(eq(posts.slug, "neuer-marktplatz"));
    expect(pinned[0]?.pinnedAt).toEqual(pinned[0]?.publishedAt);
    expect((await db().select({ pinnedAt: posts.pinnedAt }).from(posts).where(eq(posts.slug, "ein-blick-ins-rathaus")))[0]?.pinnedAt).toBeNull();

    const again = await run(file);
    expect(again.counts).toMatchObject({ tags: { created: 0, updated: 0, unchanged: 3 }, posts: { created: 0, updated: 0 } });
    expect(await db().select().from(tags)).toHaveLength(3);

    // A newer export renames a tag and unpins the post: both follow, nothing is duplicated.
    writeFileSync(
      file,
      readFileSync(file, "utf8")
        .replaceAll("<![CDATA[Bus &amp; Bahn]]>", "<![CDATA[Busse &amp; Bahnen]]>")
        .replace("<wp:is_sticky>1</wp:is_sticky>", "<wp:is_sticky>0</wp:is_sticky>"),
    );
    const newer = await run(file);
    expect(newer.counts.tags).toMatchObject({ updated: 1, unchanged: 2 });
    expect((await db().select({ name: tags.name }).from(tags).where(eq(tags.slug, "bus-bahn")))[0]?.name).toBe("Busse & Bahnen");
    expect((await db().select({ pinnedAt: posts.pinnedAt }).from(posts).where(eq(posts.slug, "neuer-marktplatz")))[0]?.pinnedAt).toBeNull();
  });
});
