// Demo content → WordPress export → import into a fresh database gives the same publication, compared by content.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { asc, eq, inArray, isNull, sql } from "drizzle-orm";
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
import { alias } from "drizzle-orm/pg-core";
import { categories, comments, media, pages, postAttachments, postCategories, posts, postTags, redirects, tags, users } from "../schema";
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
      pinned: sql<boolean>`${posts.pinnedAt} is not null`,
      seoTitle: posts.seoTitle,
      seoDescription: posts.seoDescription,
      noindex: posts.noindex,
    })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .leftJoin(media, eq(media.id, posts.coverMediaId))
    .where(isNull(posts.deletedAt))
    .orderBy(asc(posts.slug));
  const cats = await db.select({ postId: postCategories.postId, slug: categories.slug }).from(postCategories).innerJoin(categories, eq(categories.id, postCategories.categoryId)).orderBy(asc(postCategories.position));
  const downloads = await db.select({ postId: postAttachments.postId, hash: media.hash }).from(postAttachments).innerJoin(media, eq(media.id, postAttachments.mediaId)).orderBy(asc(postAttachments.position));
  // Former article addresses (the export names them as old slugs); a WordPress import adds /?p= and the like.
  const former = (await db.select({ postId: redirects.postId, path: redirects.sourcePath }).from(redirects))
    .filter((row) => row.path.startsWith("/artikel/"))
    .map((row) => ({ postId: row.postId, slug: row.path.slice("/artikel/".length) }));
  const postTagRows = await db.select({ postId: postTags.postId, name: tags.name }).from(postTags).innerJoin(tags, eq(tags.id, postTags.tagId)).orderBy(asc(postTags.position));
  const parent = alias(categories, "parent");
  return {
    posts: await Promise.all(postRows.map(async ({ id, body, ...post }) => ({
      ...post,
      body: await rendered(body),
      // WXR writes dates to the second.
      publishedAt: post.publishedAt && Math.floor(post.publishedAt.getTime() / 1000),
      categories: cats.filter((c) => c.postId === id).map((c) => c.slug),
      downloads: downloads.filter((d) => d.postId === id).map((d) => d.hash),
      formerSlugs: former.filter((f) => f.postId === id).map((f) => f.slug).sort(),
      tags: postTagRows.filter((t) => t.postId === id).map((t) => t.name),
    }))),
    pages: await Promise.all(
      (await db.select({ slug: pages.slug, title: pages.title, body: pages.body, status: pages.status }).from(pages).orderBy(asc(pages.slug))).map(async (page) => ({
        ...page,
        body: await rendered(page.body),
      })),
    ),
    categories: await db
      .select({ slug: categories.slug, name: categories.name, description: categories.description, parent: parent.slug })
      .from(categories)
      .leftJoin(parent, eq(parent.id, categories.parentId))
      .orderBy(asc(categories.sortOrder)),
    tags: await db.select({ slug: tags.slug, name: tags.name, description: tags.description }).from(tags).orderBy(asc(tags.slug)),
    authors: (await db.selectDistinct({ email: users.email, name: users.displayName }).from(users).innerJoin(posts, eq(posts.authorId, users.id)).orderBy(asc(users.email))),
    comments: await commentsOf(db),
  };
}

/** Approved and pending comments (spam and trash are not exported) by post, text and thread, dates to the second. */
async function commentsOf(db: Database) {
  const rows = await db
    .select({ id: comments.id, post: posts.slug, parentId: comments.parentId, name: comments.authorName, email: comments.authorEmail, body: comments.body, status: comments.status, user: users.email, at: comments.createdAt })
    .from(comments)
    .innerJoin(posts, eq(posts.id, comments.postId))
    .leftJoin(users, eq(users.id, comments.userId))
    .where(inArray(comments.status, ["approved", "pending"]))
    .orderBy(asc(comments.createdAt), asc(comments.body));
  const bodyOf = new Map(rows.map((row) => [row.id, row.body]));
  return rows.map(({ id: _id, parentId, at, ...row }) => ({ ...row, parent: parentId === null ? null : (bodyOf.get(parentId) ?? "?"), at: Math.floor(at.getTime() / 1000) }));
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

  it("gives the same posts, pages, categories with parents, tags, pins, authors, covers, downloads and comments after export and import", { timeout: 300_000 }, async () => {
    const now = new Date();
    await seedDemo(source.handle.db, now.getTime());
    await seedDemoMedia(source.handle.db, diskStorage(path.join(dir, "source-uploads")));
    // One post with its own search settings, which travel as Yoast SEO's fields.
    const [withSeo] = await source.handle.db
      .update(posts)
      .set({ seoTitle: "Eigene Überschrift für Suchmaschinen", seoDescription: "Eine eigene Beschreibung & mehr.", noindex: true })
      .where(eq(posts.id, sql`(select min(id) from posts where status = 'published')`))
      .returning({ slug: posts.slug });
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
    expect(before.categories.some((category) => category.parent !== null)).toBe(true);
    expect(after.tags).toEqual(before.tags);
    expect(before.posts.filter((post) => post.pinned).map((post) => post.slug)).toEqual(["willkommen-bei-amtsblatt-digital"]);
    expect(before.posts.filter((post) => post.tags.length > 0).length).toBeGreaterThan(5);
    expect(after.authors).toEqual(before.authors);
    expect(before.comments.length).toBeGreaterThan(3);
    expect(before.comments.some((c) => c.parent !== null) && before.comments.some((c) => c.status === "pending")).toBe(true);
    expect(after.comments).toEqual(before.comments);
    expect(after.pages).toEqual(before.pages);
    expect(after.posts.map((p) => p.slug)).toEqual(before.posts.map((p) => p.slug));
    for (const [n, post] of before.posts.entries()) expect(after.posts[n], post.slug).toEqual(post);
    expect(after.posts.find((post) => post.slug === withSeo!.slug)).toMatchObject({ seoTitle: "Eigene Überschrift für Suchmaschinen", noindex: true });
  });
});
