import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testDrivers, freshDatabaseFor } from "../testing/databases";
import { hoursAgo, insertCategory, insertPost, insertUser } from "../testing/fixtures";
import { posts } from "../schema";
import { tagged } from "../testing/next-cache";
import { POST_LISTS_TAG, tagFor } from "@/lib/cache-tags";
import { getPublishedPost } from "./articles";
import { listAuthorPosts, listCategoryPosts, listPublishedPosts } from "./posts";
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
    await insertPost(db(), { authorId: author.id, slug: "bald", publishedAt: new Date(Date.now() + 3600_000) });
    expect(await getPublishedPost({ slug: "bald" })).toBeNull();
    // Its time comes, by the database's own clock (which the queries compare with); nothing else about the post changes.
    await db().update(posts).set({ publishedAt: sql`now() - interval '1 second'` }).where(eq(posts.slug, "bald"));
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

  it("ends the first archive page with any post list change, the later ones only with a change to a post they show", async () => {
    const author = await insertUser(db());
    for (let i = 0; i < 15; i++) await insertPost(db(), { authorId: author.id, slug: `q-${i}`, publishedAt: hoursAgo(100 - i) });
    tagged.reset();
    await listPublishedPosts({ page: 1 });
    expect(tagged.tags).toContain(POST_LISTS_TAG);
    tagged.reset();
    const second = await listPublishedPosts({ page: 2 });
    // A publish names POST_LISTS_TAG; the later pages follow it within a minute instead (LATER_PAGES_FOLLOW_WITHIN_SECONDS).
    expect(tagged.tags).not.toContain(POST_LISTS_TAG);
    expect(second?.items).toHaveLength(5);
    expect(tagged.tags).toEqual(expect.arrayContaining(second!.items.map((item) => tagFor.post(item.id))));
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
    // next due time + pinned posts + count (its own cached entry, shared by every archive page, which asks the next due
    // time again here: Next caches that too) + page + categories + comment counts: the same for 1 teaser or 10.
    expect(queries()).toHaveLength(7);
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
});
