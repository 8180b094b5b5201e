// A post change drops the cached pages that show that post, and no others (docs/caching.md): publishing must not
// make every article on the site render again, which is what the load run measured when it did.
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./support/test";
import { accounts, newPost, signIn, ui } from "./support/dashboard";
import { e2eFixtures } from "./support/fixture-posts";

/** Whether a page came from a cache: Next's page cache (x-nextjs-cache), or the front cache in front of it. */
async function cacheOf(request: APIRequestContext, path: string): Promise<string | undefined> {
  const headers = (await request.get(path)).headers();
  return headers["x-blattwerk-cache"] === "hit" ? "HIT" : headers["x-nextjs-cache"];
}

for (const [what, path] of [
  // An old article, far from the new post's neighbours, in no list the new post joins above the first page.
  ["an unrelated article", `/artikel/${e2eFixtures.hostileSlug}`],
  // Later archive pages follow a publish within a minute (LATER_PAGES_FOLLOW_WITHIN_SECONDS in db/queries/posts.ts).
  ["the archive's second page", "/seite/2"],
] as const) {
  test(`publishing a new post leaves ${what} in the page cache`, async ({ page, request }) => {
    test.setTimeout(120_000);
    await signIn(page, accounts.editor);

    // Another spec running beside this one may drop everything (a category change does, on purpose), so the whole
    // sequence is repeated until one run of it was undisturbed; with the bug, no run ever is.
    await expect(async () => {
      await cacheOf(request, path);
      expect(await cacheOf(request, path)).toBe("HIT");
      await newPost(page, `Beitrag ohne Nebenwirkungen ${Date.now().toString(36)}`);
      await ui(page).getByRole("button", { name: "Jetzt veröffentlichen" }).click();
      await expect(ui(page).getByTestId("speicherstatus")).toContainText("Veröffentlicht");
      expect(await cacheOf(request, path)).toBe("HIT");
    }).toPass({ intervals: [1_000], timeout: 100_000 });
  });
}
