// Cached search results are not dropped by every publish (docs/search.md, „Caching“), but a change to a post a
// search shows must reach that search at once: an edited title, a withdrawn post.
import { expect, test } from "./support/test";
import { accounts, newPost, signIn, ui } from "./support/dashboard";

function uniqueWord(): string {
  // One made-up word, so the search finds exactly this test's post (German stemming leaves it as it is).
  return `Frischewort${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
}

test("a search shows a post's new title and drops a withdrawn post at once", async ({ page, browser, baseURL }) => {
  await signIn(page, accounts.editor);
  const word = uniqueWord();
  await newPost(page, `Sprechstunde ${word}`, `Ein Absatz mit dem Suchwort ${word}.`);
  await ui(page).getByRole("button", { name: "Jetzt veröffentlichen" }).click();
  await expect(ui(page).getByTestId("speicherstatus")).toContainText("Veröffentlicht");

  const reader = await browser.newContext({ baseURL });
  const search = await reader.newPage();
  const hits = search.getByRole("list", { name: "Suchergebnisse" }).getByRole("listitem");
  await search.goto(`/suche?q=${word}`);
  await expect(hits).toHaveCount(1);
  await expect(hits.first().getByRole("heading", { level: 2 })).toHaveText(`Sprechstunde ${word}`);
  // The same search again is answered from the cache (same result), which is what the next steps must not keep.
  await search.reload();
  await expect(hits).toHaveCount(1);

  await ui(page).getByLabel("Titel").fill(`Bürgersprechstunde ${word}`);
  await ui(page).getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(ui(page).getByTestId("speicherstatus")).toContainText(/Gespeichert/);
  await search.goto(`/suche?q=${word}`);
  await expect(hits.first().getByRole("heading", { level: 2 })).toHaveText(`Bürgersprechstunde ${word}`);

  page.once("dialog", (dialog) => void dialog.accept());
  await ui(page).getByRole("button", { name: "Zurückziehen" }).click();
  await expect(ui(page).getByTestId("speicherstatus")).toContainText("Entwurf");
  await search.goto(`/suche?q=${word}`);
  await expect(hits).toHaveCount(0);
  await reader.close();
});
