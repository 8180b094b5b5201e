// Tags („Schlagwörter“), subcategories and pinned posts, from the editor's keyboard to what readers get.
import { expect, test, type Page } from "./support/test";
import { accounts, signIn, ui } from "./support/dashboard";
import { expectAccessible } from "./support/checks";

const run = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

// Signing in, saving and first renders take long while the shared cores are busy.
test.describe.configure({ timeout: 180_000 });

/** A new draft in „Basics“, saved explicitly on a fresh load of its own page; returns its address. */
async function startPost(page: Page, title: string): Promise<string> {
  const fill = async () => {
    await ui(page).getByLabel("Titel").fill(title);
    await ui(page).getByLabel("Text (Markdown)").fill("Ein Absatz über Schlagwörter in der Verwaltung.");
    await ui(page).getByLabel("Kurzfassung").fill("Eine kurze Zusammenfassung für die Startseite.");
    await ui(page).getByLabel("Erste Kategorie (Pflicht)").selectOption({ label: "Basics" });
  };
  await page.goto("/dashboard/beitraege/neu");
  await fill();
  // The first autosave creates the post and its own page takes over. That hand-over races with the next autosave
  // when the shared cores are busy, so the post is loaded afresh and saved by hand, which this spec is not about.
  await expect(page).toHaveURL(/\/dashboard\/beitraege\/\d+$/, { timeout: 30_000 });
  page.once("dialog", (dialog) => void dialog.accept());
  await page.goto(page.url());
  await fill();
  await ui(page).getByRole("button", { name: "Entwurf speichern" }).click();
  await expect(ui(page).getByTestId("speicherstatus")).toContainText(/Entwurf\s*Gespeichert/, { timeout: 20_000 });
  const slug = ui(page).getByLabel("Adresse (Slug)");
  await expect(slug).not.toHaveValue("");
  return slug.inputValue();
}

/** Types a tag into the tags field and ends it with Enter, as a keyboard user does. */
async function typeTag(page: Page, name: string) {
  const field = ui(page).getByLabel("Schlagwort hinzufügen");
  await field.focus();
  await page.keyboard.type(name);
  await page.keyboard.press("Enter");
  await expect(field).toHaveValue("");
}

async function publish(page: Page) {
  await ui(page).getByRole("button", { name: "Jetzt veröffentlichen" }).click();
  await expect(ui(page).getByRole("status").filter({ hasText: "Veröffentlicht." })).toBeVisible({ timeout: 20_000 });
}

const chips = (page: Page) => ui(page).getByRole("list", { name: "Schlagwörter" }).getByRole("listitem");

test("an editor adds a new and an existing tag by keyboard; readers see them, the tag page and its feed; the tags screen merges two", async ({ page, browser, request }) => {
  const id = run();
  const title = `Schlagwörter im Alltag ${id}`;
  const fresh = `Stadtbücherei ${id}`;
  const freshSlug = `stadtbuecherei-${id}`;
  await signIn(page, accounts.editor);
  const slug = await startPost(page, title);

  // „barrierefreiheit“ in lower case is the demo's existing tag „Barrierefreiheit“; the other one is new.
  await typeTag(page, "barrierefreiheit");
  await typeTag(page, fresh);
  await expect(chips(page)).toHaveText([/^Barrierefreiheit/, new RegExp(`^${fresh}`)]);
  // Enter added the tag instead of saving: the post is still a draft, and typing it again adds nothing.
  await typeTag(page, "Barrierefreiheit");
  await expect(chips(page)).toHaveCount(2);
  await expectAccessible(page);
  await publish(page);

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/artikel/${slug}`);
  const tagList = reader.getByRole("region", { name: "Schlagwörter" });
  await expect(tagList.getByRole("link")).toHaveText(["Barrierefreiheit", fresh]);
  const ld = (await reader.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text));
  const article = ld.flatMap((doc) => doc["@graph"] ?? [doc]).find((thing) => thing["@type"] === "BlogPosting");
  expect(article.keywords).toEqual(["Barrierefreiheit", fresh]);
  await expectAccessible(reader);

  await tagList.getByRole("link", { name: fresh }).click();
  await expect(reader).toHaveURL(new RegExp(`/schlagwort/${freshSlug}$`));
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(fresh);
  await expect(reader.locator("main:visible article").getByRole("heading", { name: title })).toBeVisible();
  await expectAccessible(reader);
  for (const file of ["feed.xml", "feed.atom", "feed.json"]) {
    const feed = await request.get(`/schlagwort/${freshSlug}/${file}`);
    expect(feed.status(), file).toBe(200);
    expect(await feed.text(), file).toContain(title);
  }

  // A second tag on the post, then merged into the first on the tags screen: the post keeps the survivor.
  const other = `Bibliothek ${id}`;
  await typeTag(page, other);
  await ui(page).getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(ui(page).getByTestId("speicherstatus")).toContainText(/Gespeichert/);
  await page.goto(`/dashboard/schlagwoerter?q=${id}`);
  await expect(ui(page).getByRole("form")).toHaveCount(2);
  await expectAccessible(page);
  const row = ui(page).getByRole("form", { name: other });
  await row.getByLabel("Zusammenführen mit").selectOption({ label: fresh });
  await row.getByRole("button", { name: /^Zusammenführen/ }).focus();
  await page.keyboard.press("Enter");
  const message = ui(page).getByTestId("schlagwort-meldung");
  await expect(message).toHaveText(`„${other}“ ist jetzt in „${fresh}“ aufgegangen.`);
  await expect(message).toBeFocused();
  await expect(ui(page).getByRole("form")).toHaveCount(1);
  await expectAccessible(page);

  await expect(async () => {
    await reader.goto(`/artikel/${slug}`);
    await expect(reader.getByRole("region", { name: "Schlagwörter" }).getByRole("link")).toHaveText(["Barrierefreiheit", fresh]);
  }).toPass({ timeout: 20_000 });
  expect((await request.get(`/schlagwort/bibliothek-${id}`)).status()).toBe(404);
  await reader.context().close();
});

test("an editor pins a published post: it heads the front page with „Angeheftet“, and unpinning restores the order", async ({ page, browser }) => {
  const title = `Wichtiger Hinweis zur Wahl ${run()}`;
  await signIn(page, accounts.editor);
  await startPost(page, title);
  await publish(page);
  await page.reload();
  const pinBox = page.getByRole("region", { name: "Angeheftet" });
  await pinBox.getByRole("button", { name: "Auf der Startseite anheften" }).click();
  await expect(pinBox.getByRole("status")).toHaveText(/Angeheftet: Der Beitrag steht jetzt oben/);
  await expect(pinBox.getByTestId("anheft-status")).toContainText("Angeheftet seit");

  const reader = await (await browser.newContext()).newPage();
  // Other specs publish at the same time, but none pins: the newest pin is the first teaser.
  await expect(async () => {
    await reader.goto("/");
    const first = reader.locator("main:visible article").first();
    await expect(first.getByRole("heading", { level: 2 })).toHaveText(title);
    await expect(first.getByText("Angeheftet", { exact: true })).toBeVisible();
  }).toPass({ timeout: 20_000 });
  await expectAccessible(reader);

  await pinBox.getByRole("button", { name: "Nicht mehr anheften" }).click();
  await expect(pinBox.getByRole("status")).toHaveText(/Nicht mehr angeheftet/);
  await expect(async () => {
    await reader.goto("/");
    const first = reader.locator("main:visible article").first();
    await expect(first.getByRole("heading", { level: 2 })).not.toHaveText(title);
    // Back at its place by date, among the newest, without the marker.
    const own = reader.locator("main:visible article").filter({ has: reader.getByRole("heading", { name: title }) });
    await expect(own.getByText("Angeheftet", { exact: true })).toHaveCount(0);
  }).toPass({ timeout: 20_000 });
  await reader.context().close();
});

test("a subcategory sits under its parent: breadcrumbs on its page and its articles, the parent lists its posts, the header only the top level", async ({ page }) => {
  await page.goto("/kategorie/urheberrecht");
  const crumbs = page.getByRole("navigation", { name: "Sie sind hier" });
  await expect(crumbs.getByRole("listitem")).toHaveText(["Startseite", /Rechtliches/, /Urheberrecht/]);
  await expect(crumbs.getByText("Urheberrecht")).toHaveAttribute("aria-current", "page");
  const ld = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text));
  const trail = ld.flatMap((doc) => doc["@graph"] ?? [doc]).find((thing) => thing["@type"] === "BreadcrumbList");
  expect(trail.itemListElement.map((crumb: { name: string }) => crumb.name)).toEqual(["Startseite", "Rechtliches", "Urheberrecht"]);
  await expect(page.getByRole("navigation", { name: "Kategorien" }).getByRole("link", { name: "Urheberrecht" })).toHaveCount(0);
  await expectAccessible(page);

  await page.locator("main:visible article").filter({ hasText: "Bildrechte" }).getByRole("link", { name: /^Weiterlesen/ }).click();
  await expect(page.getByRole("navigation", { name: "Sie sind hier" }).getByRole("link")).toHaveText(["Startseite", "Rechtliches", "Urheberrecht"]);

  await page.getByRole("navigation", { name: "Sie sind hier" }).getByRole("link", { name: "Rechtliches" }).click();
  await expect(page).toHaveURL(/\/kategorie\/rechtliches$/);
  await expect(page.locator("main:visible header").getByRole("link", { name: "Urheberrecht" })).toBeVisible();
  // Filed only under the subcategory, the post is listed on its parent's pages too.
  const titles: string[] = [];
  for (let n = 1; n <= 5; n++) {
    const response = await page.goto(n === 1 ? "/kategorie/rechtliches" : `/kategorie/rechtliches/seite/${n}`);
    if (response?.status() !== 200) break;
    titles.push(...(await page.locator("main:visible article h2").allTextContents()));
  }
  expect(titles.some((text) => text.includes("Bildrechte"))).toBe(true);
});

test("an editor creates a subcategory with the parent select; its page shows parent › child", async ({ page }) => {
  const name = `Pressefotos ${run()}`;
  await signIn(page, accounts.editor);
  await page.goto("/dashboard/kategorien");
  const form = ui(page).getByRole("form", { name: "Neue Kategorie" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Übergeordnete Kategorie").selectOption({ label: "Rechtliches" });
  await form.getByRole("button", { name: "Anlegen" }).click();
  const created = ui(page).getByRole("form", { name, exact: true });
  await expect(created.getByLabel("Übergeordnete Kategorie")).toHaveValue(/^\d+$/, { timeout: 20_000 });
  await expect(created).toContainText("Unterkategorie von „Rechtliches“");
  // A category with a subcategory cannot itself be put under another: only the top level is offered.
  const parent = ui(page).getByRole("form", { name: "Rechtliches", exact: true });
  await expect(parent.getByLabel("Übergeordnete Kategorie").locator("option")).toHaveCount(1);
  await expectAccessible(page);

  const slug = await created.getByLabel("Adresse (Slug)").inputValue();
  await page.goto(`/kategorie/${slug}`);
  await expect(page.getByRole("navigation", { name: "Sie sind hier" }).getByRole("listitem")).toHaveText(["Startseite", /Rechtliches/, new RegExp(name)]);
});
