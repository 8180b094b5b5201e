// A post change drops the cached pages that show that post, and no others (docs/caching.md): publishing must not
// make every article on the site render again, which is what the load run measured when it did.
import { expect, test } from "./support/test";
import { accounts, newPost, signIn, ui } from "./support/dashboard";
import { e2eFixtures } from "./support/fixture-posts";

test("publishing a new post leaves an unrelated article in the page cache", async ({ page, request }) => {
  test.setTimeout(120_000);
  await signIn(page, accounts.editor);
  // An old article, far from the new post's neighbours, in no list the new post joins above the first page.
  const unrelated = `/artikel/${e2eFixtures.hostileSlug}`;
  // Served from a cache: Next's page cache (x-nextjs-cache), or the front cache in front of it, which every change
  // empties (docs/performance.md, „Front cache“) so that the request after a publish reaches Next's.
  const cacheOf = async () => {
    const headers = (await request.get(unrelated)).headers();
    return headers["x-blattwerk-cache"] === "hit" ? "HIT" : headers["x-nextjs-cache"];
  };

  // Another spec running beside this one may drop everything (a category change does, on purpose), so the whole
  // sequence is repeated until one run of it was undisturbed; with the bug, no run ever is.
  await expect(async () => {
    await cacheOf();
    expect(await cacheOf()).toBe("HIT");
    await newPost(page, `Beitrag ohne Nebenwirkungen ${Date.now().toString(36)}`);
    await ui(page).getByRole("button", { name: "Jetzt veröffentlichen" }).click();
    await expect(ui(page).getByTestId("speicherstatus")).toContainText("Veröffentlicht");
    expect(await cacheOf()).toBe("HIT");
  }).toPass({ intervals: [1_000], timeout: 100_000 });
});
