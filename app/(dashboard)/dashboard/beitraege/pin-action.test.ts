// Pinning drops the front page's lists and every cached page that shows the post: a later archive page (which
// follows new posts only within a minute) must not keep showing it below its new place at the top.
import { describe, expect, it } from "vitest";
import { signInForTests } from "@/db/testing/auth";
import { freshDatabaseFor } from "@/db/testing/databases";
import { insertPost, insertUser } from "@/db/testing/fixtures";
import { invalidated } from "@/db/testing/next-cache";
import { POST_LISTS_TAG, tagFor } from "@/lib/cache-tags";
import { setPostPinnedAction } from "./actions";

describe("pinning a post", () => {
  const { db } = freshDatabaseFor("pglite");

  it("drops the lists and the pages that show the post, pinned and unpinned", async () => {
    const editor = await insertUser(db(), { role: "editor" });
    const post = await insertPost(db(), { authorId: editor.id });
    signInForTests(editor.id);
    for (const pinned of ["ja", "nein"]) {
      invalidated.reset();
      const form = new FormData();
      form.set("postId", String(post.id));
      form.set("pinned", pinned);
      expect(await setPostPinnedAction(form)).toMatchObject({ ok: true });
      expect(invalidated.tags).toEqual(expect.arrayContaining([POST_LISTS_TAG, tagFor.post(post.id)]));
    }
  });
});
