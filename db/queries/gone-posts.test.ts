import { describe, expect, it } from "vitest";
import { freshDatabaseFor, testDrivers } from "../testing/databases";
import { insertPost, insertUser } from "../testing/fixtures";
import { postSlugHistory } from "../schema";
import { findFormerSlug } from "./gone-posts";

describe.each(testDrivers)("former article addresses on %s", (driver) => {
  const { db } = freshDatabaseFor(driver);

  it("knows deleted and renamed posts, and keeps unpublished ones secret", async () => {
    const author = await insertUser(db());
    const post = await insertPost(db(), { authorId: author.id, slug: "neu" });
    const draft = await insertPost(db(), { authorId: author.id, slug: "entwurf-neu", status: "draft" });
    await db().insert(postSlugHistory).values([
      { slug: "geloescht", postId: null },
      { slug: "umgezogen", postId: post.id },
      { slug: "entwurf-alt", postId: draft.id },
    ]);
    expect(await findFormerSlug(db(), "geloescht")).toEqual({ kind: "gone" });
    expect(await findFormerSlug(db(), "umgezogen")).toEqual({ kind: "moved", slug: "neu" });
    expect(await findFormerSlug(db(), "entwurf-alt")).toBeNull();
    expect(await findFormerSlug(db(), "unbekannt")).toBeNull();
  });
});
