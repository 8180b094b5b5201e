import { describe, expect, it } from "vitest";
import { freshDatabaseFor, testDrivers } from "../testing/databases";
import { insertPost, insertUser } from "../testing/fixtures";
import { postSlugHistory } from "../schema";
import { isDeletedPostSlug } from "./gone-posts";

describe.each(testDrivers)("deleted post addresses on %s", (driver) => {
  const { db } = freshDatabaseFor(driver);

  it("knows a deleted post's slug, but not a moved one or an unknown one", async () => {
    const author = await insertUser(db());
    const post = await insertPost(db(), { authorId: author.id });
    await db().insert(postSlugHistory).values([
      { slug: "geloescht", postId: null },
      { slug: "umgezogen", postId: post.id },
    ]);
    expect(await isDeletedPostSlug(db(), "geloescht")).toBe(true);
    expect(await isDeletedPostSlug(db(), "umgezogen")).toBe(false);
    expect(await isDeletedPostSlug(db(), "unbekannt")).toBe(false);
  });
});
