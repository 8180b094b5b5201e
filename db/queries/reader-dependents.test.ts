import { describe, expect, it } from "vitest";
import { freshDatabaseFor, testDrivers } from "../testing/databases";
import { hoursAgo, insertCategory, insertPost, insertSeries, insertUser } from "../testing/fixtures";
import { postScheduledChanges, redirects } from "../schema";
import { readerTagsOfPost, readerTagsOfPosts, sitemapFilesOf } from "./reader-dependents";

describe.each(testDrivers)("what a post change invalidates, on %s", (driver) => {
  const { db } = freshDatabaseFor(driver);

  it("names the lists, the article under every slug, its author, categories, series and neighbours, nothing else", async () => {
    const jana = await insertUser(db());
    const other = await insertUser(db());
    const basics = await insertCategory(db());
    const unrelatedCategory = await insertCategory(db());
    const serie = await insertSeries(db());
    const older = await insertPost(db(), { authorId: other.id, publishedAt: hoursAgo(30), categoryIds: [unrelatedCategory.id] });
    const post = await insertPost(db(), {
      authorId: jana.id,
      slug: "neue-adresse",
      publishedAt: hoursAgo(20),
      categoryIds: [basics.id],
      seriesId: serie.id,
      seriesPosition: 1,
    });
    const newer = await insertPost(db(), { authorId: other.id, publishedAt: hoursAgo(10), categoryIds: [unrelatedCategory.id] });
    const unrelated = await insertPost(db(), { authorId: other.id, publishedAt: hoursAgo(50), categoryIds: [unrelatedCategory.id] });
    await db().insert(redirects).values({ sourcePath: "/artikel/alte-adresse", targetPath: "/artikel/neue-adresse", postId: post.id, origin: "rename" });

    const tags = await readerTagsOfPost(db(), post.id);
    expect(new Set(tags)).toEqual(
      new Set([
        "posts",
        `post:${post.id}`,
        "post-slug:neue-adresse",
        "post-slug:alte-adresse",
        `author:${jana.id}`,
        `category:${basics.id}`,
        `series:${serie.id}`,
        `post:${older.id}`,
        `post:${newer.id}`,
        "sitemap-posts:1",
      ]),
    );
    expect(tags).not.toContain(`post:${unrelated.id}`);
    expect(tags).not.toContain(`category:${unrelatedCategory.id}`);
    expect(tags).not.toContain("content");
    // The next due time is in every cached page: a live post's change must not move it, or every page is dropped.
    expect(tags).not.toContain("schedule");
  });

  it("names the next due time only for a scheduled post or one with a planned change", async () => {
    const jana = await insertUser(db());
    const scheduled = await insertPost(db(), { authorId: jana.id, publishedAt: new Date(Date.now() + 3_600_000) });
    const live = await insertPost(db(), { authorId: jana.id, publishedAt: hoursAgo(2) });
    expect(await readerTagsOfPost(db(), scheduled.id)).toContain("schedule");
    expect(await readerTagsOfPost(db(), live.id)).not.toContain("schedule");
    await db().insert(postScheduledChanges).values({
      postId: live.id,
      dueAt: new Date(Date.now() + 3_600_000),
      content: { title: "Neu", excerpt: "", body: "", categoryIds: [], seriesId: null, seriesPosition: null, coverMediaId: null, attachmentIds: [] },
    });
    expect(await readerTagsOfPost(db(), live.id)).toContain("schedule");
  });

  it("names no neighbours for a draft, which no reader page links to", async () => {
    const jana = await insertUser(db());
    await insertPost(db(), { authorId: jana.id, publishedAt: hoursAgo(30) });
    const draft = await insertPost(db(), { authorId: jana.id, status: "draft", publishedAt: null, slug: "entwurf" });
    expect(new Set(await readerTagsOfPost(db(), draft.id))).toEqual(
      new Set(["posts", `post:${draft.id}`, "post-slug:entwurf", `author:${jana.id}`]),
    );
    expect(await readerTagsOfPost(db(), 999_999)).toEqual([]);
  });

  it("names a post's own sitemap file and every later one, and none for a post not listed", async () => {
    const jana = await insertUser(db());
    const listed = [];
    for (const hours of [50, 40, 30, 20, 10]) listed.push(await insertPost(db(), { authorId: jana.id, publishedAt: hoursAgo(hours) }));
    const hidden = await insertPost(db(), { authorId: jana.id, publishedAt: hoursAgo(5), noindex: true });
    // Files of two posts each, oldest first: the 1st and 2nd post, the 3rd and 4th, the 5th.
    const all = await Promise.all(listed.map((post) => sitemapFilesOf(db(), [post.id], 2)));
    const file = (n: number) => `sitemap-posts:${n}`;
    expect(all[1]).toEqual([file(1), file(2), file(3)]);
    expect(all[2]).toEqual([file(2), file(3)]);
    expect(all[4]).toEqual([file(3)]);
    expect(await sitemapFilesOf(db(), [hidden.id], 2)).toEqual([]);
    // Several posts at once: from the oldest listed one's file on.
    expect(await sitemapFilesOf(db(), [listed[4]!.id, hidden.id, listed[2]!.id], 2)).toEqual([file(2), file(3)]);
  });

  it("gives several posts the union of their own tags, counting the sitemap files once", async () => {
    const jana = await insertUser(db());
    const ids = [];
    for (const hours of [50, 40, 30]) ids.push((await insertPost(db(), { authorId: jana.id, publishedAt: hoursAgo(hours) })).id);
    const each = new Set((await Promise.all(ids.map((id) => readerTagsOfPost(db(), id)))).flat());
    expect(new Set(await readerTagsOfPosts(db(), [...ids, ids[0]!, 999_999]))).toEqual(each);
  });
});
