import { describe, expect, it } from "vitest";
import { testDrivers, freshDatabaseFor } from "../testing/databases";
import { hoursAgo, insertCategory, insertPost, insertSeries, insertUser } from "../testing/fixtures";
import { getPublishedPost, getSeriesWithParts } from "./articles";

describe.each(testDrivers)("article queries on %s", (driver) => {
  const { db } = freshDatabaseFor(driver);

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
