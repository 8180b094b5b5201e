// Demo content → WordPress export → import into a fresh database gives the same publication, compared by content.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { asc, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { libraryImageHashes, renderMarkdown } from "@/lib/markdown";
import { diskStorage } from "@/lib/media/storage";
import { exportWordpress } from "@/lib/wordpress/export";
import { silentProgress } from "@/lib/wordpress/report";
import { importWordpress } from "@/lib/wordpress/write";
import { seedDemo } from "../../scripts/seed/demo";
import { seedDemoMedia } from "../../scripts/seed/media";
import type { Database } from "../client";
import { openTestDatabase, testDrivers, type TestDatabase } from "../testing/databases";
import { categories, media, pages, postAttachments, postCategories, posts, postSlugHistory, users } from "../schema";
import { ensureImportAccount } from "./imports";

/** The text as readers get it, and the library images it shows: Markdown spelled differently compares equal. */
async function rendered(markdown: string) {
  return { html: await renderMarkdown(markdown), images: libraryImageHashes(markdown) };
}

/** Everything readers and editors see of the publication, keyed by addresses and hashes rather than ids. */
async function snapshot(db: Database) {
  const postRows = await db
    .select({
      id: posts.id,
      slug: posts.slug,
      title: posts.title,
      excerpt: posts.excerpt,
      body: posts.body,
      status: posts.status,
      publishedAt: posts.publishedAt,
      author: users.email,
      cover: media.hash,
      coverAlt: media.alt,
      coverCredit: media.credit,
      coverCaption: media.caption,
    })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .leftJoin(media, eq(media.id, posts.coverMediaId))
    .where(isNull(posts.deletedAt))
    .orderBy(asc(posts.slug));
  const cats = await db.select({ postId: postCategories.postId, slug: categories.slug }).from(postCategories).innerJoin(categories, eq(categories.id, postCategories.categoryId)).orderBy(asc(postCategories.position));
  const downloads = await db.select({ postId: postAttachments.postId, hash: media.hash }).from(postAttachments).innerJoin(media, eq(media.id, postAttachments.mediaId)).orderBy(asc(postAttachments.position));
  const former = await db.select({ postId: postSlugHistory.postId, slug: postSlugHistory.slug }).from(postSlugHistory);
  return {
    posts: await Promise.all(postRows.map(async ({ id, body, ...post }) => ({
      ...post,
      body: await rendered(body),
      // WXR writes dates to the second.
      publishedAt: post.publishedAt && Math.floor(post.publishedAt.getTime() / 1000),
      categories: cats.filter((c) => c.postId === id).map((c) => c.slug),
      downloads: downloads.filter((d) => d.postId === id).map((d) => d.hash),
      formerSlugs: former.filter((f) => f.postId === id).map((f) => f.slug).sort(),
    }))),
    pages: await Promise.all(
      (await db.select({ slug: pages.slug, title: pages.title, body: pages.body, status: pages.status }).from(pages).orderBy(asc(pages.slug))).map(async (page) => ({
        ...page,
        body: await rendered(page.body),
      })),
    ),
    categories: await db.select({ slug: categories.slug, name: categories.name, description: categories.description }).from(categories).orderBy(asc(categories.sortOrder)),
    authors: (await db.selectDistinct({ email: users.email, name: users.displayName }).from(users).innerJoin(posts, eq(posts.authorId, users.id)).orderBy(asc(users.email))),
  };
}

describe.each(testDrivers)("WordPress round trip on %s", (driver) => {
  let source: TestDatabase;
  let target: TestDatabase;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "blattwerk-roundtrip-"));
    source = await openTestDatabase(driver);
    target = await openTestDatabase(driver);
  }, 300_000);
  afterAll(async () => {
    await Promise.all([source?.dispose(), target?.dispose()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it("gives the same posts, pages, categories, authors, covers and downloads after export and import", { timeout: 300_000 }, async () => {
    const now = new Date();
    await seedDemo(source.handle.db, now.getTime());
    await seedDemoMedia(source.handle.db, diskStorage(path.join(dir, "source-uploads")));
    const file = path.join(dir, "export.xml");
    const mediaDir = path.join(dir, "wp-uploads");
    await exportWordpress({
      db: source.handle.db,
      out: file,
      siteUrl: "https://amtsblatt.example",
      siteName: "Amtsblatt digital",
      siteDescription: "Test",
      mediaDir,
      uploadDir: path.join(dir, "source-uploads"),
      now,
    });

    const actor = await ensureImportAccount(target.handle.db);
    const report = await importWordpress({
      file,
      uploadsDir: mediaDir,
      dryRun: false,
      db: target.handle.db,
      storage: diskStorage(path.join(dir, "target-uploads")),
      actorId: actor.id,
      progress: silentProgress,
      now,
    });
    expect(report.counts.posts.skipped).toBe(0);
    expect(report.counts.pages.skipped).toBe(0);
    expect(report.counts.media.skipped).toBe(0);

    const before = await snapshot(source.handle.db);
    const after = await snapshot(target.handle.db);
    expect(after.categories).toEqual(before.categories);
    expect(after.authors).toEqual(before.authors);
    expect(after.pages).toEqual(before.pages);
    expect(after.posts.map((p) => p.slug)).toEqual(before.posts.map((p) => p.slug));
    for (const [n, post] of before.posts.entries()) expect(after.posts[n], post.slug).toEqual(post);
  });
});
