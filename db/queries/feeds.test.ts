import { describe, expect, it } from "vitest";
import { testDrivers, freshDatabaseFor } from "../testing/databases";
import { hoursAgo, insertCategory, insertPost, insertSeries, insertUser } from "../testing/fixtures";
import { FEED_SIZE, getFeedContent } from "./feeds";

const origin = "https://amtsblatt.example";

describe.each(testDrivers)("feed queries on %s", (driver) => {
  const { db, queries } = freshDatabaseFor(driver);


  it("carries exactly the published, due, untrashed posts of each scope, newest first", async () => {
    const jana = await insertUser(db(), { slug: "jana", displayName: "Jana" });
    const tobias = await insertUser(db(), { slug: "tobias" });
    const recht = await insertCategory(db(), { slug: "recht", name: "Recht", description: "Paragraphen" });
    const other = await insertCategory(db(), { slug: "anderes" });
    const interviews = await insertSeries(db(), { slug: "interviews", title: "Interviews" });
    await insertPost(db(), { authorId: jana.id, slug: "a", publishedAt: hoursAgo(3), categoryIds: [recht.id], seriesId: interviews.id });
    await insertPost(db(), { authorId: tobias.id, slug: "b", publishedAt: hoursAgo(2), categoryIds: [other.id, recht.id] });
    await insertPost(db(), { authorId: jana.id, slug: "c", publishedAt: hoursAgo(1), categoryIds: [other.id] });
    for (const hidden of [
      { slug: "entwurf", status: "draft" as const, publishedAt: null },
      { slug: "pruefung", status: "review" as const },
      { slug: "papierkorb", deletedAt: new Date() },
      { slug: "geplant", publishedAt: new Date(Date.now() + 3600_000) },
    ]) {
      await insertPost(db(), { authorId: jana.id, categoryIds: [recht.id], seriesId: interviews.id, ...hidden });
    }

    const slugs = async (scope: Parameters<typeof getFeedContent>[0]) =>
      (await getFeedContent(scope, origin))?.entries.map((entry) => entry.slug);
    expect(await slugs({ kind: "site" })).toEqual(["c", "b", "a"]);
    expect(await slugs({ kind: "category", slug: "recht" })).toEqual(["b", "a"]);
    expect(await slugs({ kind: "author", slug: "jana" })).toEqual(["c", "a"]);
    expect(await slugs({ kind: "series", slug: "interviews" })).toEqual(["a"]);

    const category = await getFeedContent({ kind: "category", slug: "recht" }, origin);
    expect(category).toMatchObject({ title: "Recht", description: "Paragraphen" });
    expect(category?.entries[0]?.categories.map((c) => c.slug)).toEqual(["anderes", "recht"]);
    expect(category?.entries[0]?.author.slug).toBe("tobias");
  });

  it("is null for unknown scopes and for authors or series without a published post", async () => {
    const silent = await insertUser(db(), { slug: "still" });
    const planned = await insertSeries(db(), { slug: "geplant" });
    await insertCategory(db(), { slug: "leer" });
    await insertPost(db(), { authorId: silent.id, seriesId: planned.id, status: "draft", publishedAt: null });
    expect(await getFeedContent({ kind: "category", slug: "gibt-es-nicht" }, origin)).toBeNull();
    expect(await getFeedContent({ kind: "author", slug: "still" }, origin)).toBeNull();
    expect(await getFeedContent({ kind: "series", slug: "geplant" }, origin)).toBeNull();
    // An empty category still has its page, so it has an (empty) feed.
    expect((await getFeedContent({ kind: "category", slug: "leer" }, origin))?.entries).toEqual([]);
  });

  it("holds the newest twenty in a fixed number of queries, with rendered, absolute content", async () => {
    const author = await insertUser(db());
    const category = await insertCategory(db());
    for (let i = 0; i < FEED_SIZE + 5; i++) {
      await insertPost(db(), {
        authorId: author.id,
        slug: `p-${i}`,
        publishedAt: hoursAgo(100 - i),
        categoryIds: [category.id],
        body: `Siehe [früher](/artikel/p-0) und [unten](#ende).\n\n<script>alert(${i})</script>`,
      });
    }
    queries().length = 0;
    const feed = await getFeedContent({ kind: "site" }, origin);
    expect(feed?.entries).toHaveLength(FEED_SIZE);
    expect(feed?.entries[0]?.slug).toBe(`p-${FEED_SIZE + 4}`);
    // next due time + posts + categories, for one post or twenty.
    expect(queries()).toHaveLength(3);
    const html = feed?.entries[0]?.html ?? "";
    expect(html).toContain(`href="${origin}/artikel/p-0"`);
    expect(html).toContain(`href="${origin}/artikel/p-${FEED_SIZE + 4}#ende"`);
    expect(html).not.toContain("<script");
  });
});
