import { describe, expect, it } from "vitest";
import { testDrivers, freshDatabaseFor } from "../testing/databases";
import { hoursAgo, insertCategory, insertPost, insertSeries, insertUser } from "../testing/fixtures";
import { getPublishedPost, getSeriesWithParts, listAuthorPosts, listCategoryPosts, listPublishedPosts } from "./posts";
import { listNavCategories } from "./categories";

describe.each(testDrivers)("reader queries on %s", (driver) => {
  const { db, queries } = freshDatabaseFor(driver);


  it("never shows drafts, posts in review, trashed posts or posts not yet due", async () => {
    const author = await insertUser(db());
    const visible = await insertPost(db(), { authorId: author.id, slug: "sichtbar" });
    await insertPost(db(), { authorId: author.id, slug: "entwurf", status: "draft", publishedAt: null });
    await insertPost(db(), { authorId: author.id, slug: "in-pruefung", status: "review" });
    await insertPost(db(), { authorId: author.id, slug: "im-papierkorb", deletedAt: new Date() });
    await insertPost(db(), { authorId: author.id, slug: "geplant", publishedAt: new Date(Date.now() + 3600_000) });

    const list = await listPublishedPosts({ page: 1 });
    expect(list?.items.map((post) => post.slug)).toEqual([visible.slug]);
    expect(list?.total).toBe(1);
    for (const slug of ["entwurf", "in-pruefung", "im-papierkorb", "geplant"]) {
      expect(await getPublishedPost({ slug })).toBeNull();
    }
    expect((await listAuthorPosts({ slug: author.slug, page: 1 }))?.posts.total).toBe(1);
  });

  it("shows a scheduled post by itself once its time has come", async () => {
    const author = await insertUser(db());
    await insertPost(db(), { authorId: author.id, slug: "bald", publishedAt: new Date(Date.now() + 1500) });
    expect(await getPublishedPost({ slug: "bald" })).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 1800));
    expect((await getPublishedPost({ slug: "bald" }))?.slug).toBe("bald");
    expect((await listPublishedPosts({ page: 1 }))?.items[0]?.slug).toBe("bald");
  });

  it("pages newest first, ten per page, and answers null past the last page", async () => {
    const author = await insertUser(db());
    for (let i = 0; i < 25; i++) await insertPost(db(), { authorId: author.id, slug: `p-${i}`, publishedAt: hoursAgo(100 - i) });
    const first = await listPublishedPosts({ page: 1 });
    expect(first?.items).toHaveLength(10);
    expect(first?.items[0]?.slug).toBe("p-24");
    expect(first?.pageCount).toBe(3);
    const last = await listPublishedPosts({ page: 3 });
    expect(last?.items.map((post) => post.slug)).toEqual(["p-4", "p-3", "p-2", "p-1", "p-0"]);
    expect(await listPublishedPosts({ page: 4 })).toBeNull();
  });

  it("has an empty first page when nothing is published yet", async () => {
    expect(await listPublishedPosts({ page: 1 })).toEqual({ items: [], page: 1, pageCount: 1, total: 0 });
    expect(await listPublishedPosts({ page: 2 })).toBeNull();
  });

  it("loads every teaser's categories in one query, in the post's order", async () => {
    const author = await insertUser(db());
    const a = await insertCategory(db(), { name: "Basics", slug: "basics", sortOrder: 1 });
    const b = await insertCategory(db(), { name: "Strategie", slug: "strategie", sortOrder: 2 });
    for (let i = 0; i < 10; i++) await insertPost(db(), { authorId: author.id, categoryIds: [b.id, a.id] });
    queries().length = 0;
    const list = await listPublishedPosts({ page: 1 });
    expect(list?.items[0]?.categories).toEqual([
      { name: "Strategie", slug: "strategie" },
      { name: "Basics", slug: "basics" },
    ]);
    // next due time + pinned posts + count + page + categories + comment counts: the same for 1 teaser or 10.
    expect(queries()).toHaveLength(6);
  });

  it("lists a category's posts and refuses unknown categories", async () => {
    const author = await insertUser(db());
    const basics = await insertCategory(db(), { slug: "basics", description: "Grundlagen" });
    const other = await insertCategory(db());
    await insertPost(db(), { authorId: author.id, slug: "drin", categoryIds: [basics.id] });
    await insertPost(db(), { authorId: author.id, slug: "draussen", categoryIds: [other.id] });
    await insertPost(db(), { authorId: author.id, slug: "entwurf", status: "draft", categoryIds: [basics.id] });
    const page = await listCategoryPosts({ slug: "basics", page: 1 });
    expect(page?.category.description).toBe("Grundlagen");
    expect(page?.posts.items.map((post) => post.slug)).toEqual(["drin"]);
    expect(await listCategoryPosts({ slug: "gibt-es-nicht", page: 1 })).toBeNull();
    expect(await listCategoryPosts({ slug: "basics", page: 2 })).toBeNull();
    expect((await listNavCategories()).map((category) => category.slug)).toEqual(["basics", other.slug]);
  });

  it("has no author page for someone without published posts", async () => {
    const writer = await insertUser(db());
    await insertPost(db(), { authorId: writer.id, status: "draft" });
    expect(await listAuthorPosts({ slug: writer.slug, page: 1 })).toBeNull();
  });

  it("builds the series box from the published parts only", async () => {
    const author = await insertUser(db());
    const interviews = await insertSeries(db(), { slug: "fuenf-fragen" });
    const parts = [];
    for (let position = 1; position <= 4; position++) {
      parts.push(
        await insertPost(db(), {
          authorId: author.id,
          slug: `teil-${position}`,
          seriesId: interviews.id,
          seriesPosition: position,
          status: position === 3 ? "draft" : "published",
          publishedAt: hoursAgo(10 - position),
        }),
      );
    }
    const post = await getPublishedPost({ slug: "teil-4" });
    expect(post?.series).toMatchObject({ slug: "fuenf-fragen", position: 3 });
    expect(post?.series?.parts.map((part) => part.slug)).toEqual(["teil-1", "teil-2", "teil-4"]);
    const page = await getSeriesWithParts({ slug: "fuenf-fragen" });
    expect(page?.parts.map((part) => [part.slug, part.position])).toEqual([["teil-1", 1], ["teil-2", 2], ["teil-4", 3]]);
  });

  it("links to the newer and older post and picks related posts by shared categories", async () => {
    const author = await insertUser(db());
    const [a, b, c] = [await insertCategory(db()), await insertCategory(db()), await insertCategory(db())];
    await insertPost(db(), { authorId: author.id, slug: "alt", publishedAt: hoursAgo(5), categoryIds: [a!.id] });
    await insertPost(db(), { authorId: author.id, slug: "mitte", publishedAt: hoursAgo(4), categoryIds: [a!.id, b!.id] });
    await insertPost(db(), { authorId: author.id, slug: "neu", publishedAt: hoursAgo(3), categoryIds: [c!.id] });
    await insertPost(db(), { authorId: author.id, slug: "zwei-gemeinsam", publishedAt: hoursAgo(6), categoryIds: [b!.id, a!.id] });
    await insertPost(db(), { authorId: author.id, slug: "versteckt", status: "draft", categoryIds: [a!.id, b!.id] });
    const post = await getPublishedPost({ slug: "mitte" });
    expect(post?.older?.slug).toBe("alt");
    expect(post?.newer?.slug).toBe("neu");
    expect(post?.related.map((related) => related.slug)).toEqual(["zwei-gemeinsam", "alt"]);
  });

  it("renders the body through the sanitising Markdown pipeline", async () => {
    const author = await insertUser(db());
    await insertPost(db(), {
      authorId: author.id,
      slug: "boese",
      body: '## Titel\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror="alert(1)">',
    });
    const post = await getPublishedPost({ slug: "boese" });
    expect(post?.html).toContain("<h2");
    expect(post?.html).not.toMatch(/<script|javascript:|onerror/i);
  });
});
