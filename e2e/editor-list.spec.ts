// The post list (issue 17, finding 7 and the bulk actions): publication date, sortable columns, the review queue with
// its count in the navigation, and bulk actions on a selection — by keyboard, axe-clean in each state.
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { accounts, signIn, ui } from "./support/dashboard";
import { expectAccessible } from "./support/checks";

// Each save and render waits on cores shared with other suites: conditions get time, never a fixed sleep.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });

/** A marker no other spec's titles contain, so the list can be narrowed to this test's posts. */
function marker(): string {
  return `Liste${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
}

async function newPost(page: Page, title: string, category: string | null = "Basics") {
  await page.goto("/dashboard/beitraege/neu");
  await ui(page).getByLabel("Titel").fill(title);
  if (category) await ui(page).getByLabel("Erste Kategorie (Pflicht)").selectOption({ label: category });
  await ui(page).getByLabel("Text (Markdown)").fill("Ein Absatz für die Liste.");
  await expect(page).toHaveURL(/\/dashboard\/beitraege\/\d+$/);
  await expect(ui(page).getByLabel("Titel")).toHaveValue(title);
  // An explicit save: the list must show exactly what was typed, whatever the autosave is doing.
  await ui(page).getByRole("button", { name: "Entwurf speichern" }).click();
  await expect(ui(page).getByTestId("speicherstatus")).toContainText(/Gespeichert \d/);
}

async function titlesInList(page: Page): Promise<string[]> {
  return page.locator("main:visible table tbody tr td:nth-child(2) a").allInnerTexts();
}

test("an editor sorts the list by each column with links, sees the publication date, and aria-sort says how", async ({ page }) => {
  const m = marker();
  await signIn(page, accounts.editor);
  await newPost(page, `${m} Beta`);
  await ui(page).getByRole("button", { name: "Jetzt veröffentlichen" }).click();
  await expect(ui(page).getByTestId("speicherstatus")).toContainText("Veröffentlicht");
  await newPost(page, `${m} Alpha`);
  await newPost(page, `${m} Gamma`);
  await ui(page).getByLabel("Veröffentlichen am").fill("2031-03-14T09:30");
  await ui(page).getByRole("button", { name: "Planen" }).click();
  await expect(ui(page).getByTestId("speicherstatus")).toContainText("Geplant");

  await page.goto(`/dashboard/beitraege?q=${m}`);
  const table = page.locator("main:visible table");
  await expect(table.getByRole("columnheader", { name: "Veröffentlichung" })).toBeVisible();
  await expect(table.locator("tr", { hasText: `${m} Gamma` })).toContainText("geplant 14. März 2031 um 09:30");
  await expect(table.locator("tr", { hasText: `${m} Alpha` }).locator("td").nth(5)).toHaveText("–");

  // By keyboard: the header is a link; Enter sorts A–Z, Enter again Z–A.
  const titleHeader = table.getByRole("columnheader", { name: "Titel" });
  await titleHeader.getByRole("link").focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/sortiert=titel&richtung=auf/);
  await expect(titleHeader).toHaveAttribute("aria-sort", "ascending");
  expect(await titlesInList(page)).toEqual([`${m} Alpha`, `${m} Beta`, `${m} Gamma`]);
  await expectAccessible(page);
  await titleHeader.getByRole("link").focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/sortiert=titel&richtung=ab/);
  await expect(titleHeader).toHaveAttribute("aria-sort", "descending");
  expect(await titlesInList(page)).toEqual([`${m} Gamma`, `${m} Beta`, `${m} Alpha`]);

  // Newest publication first (the scheduled one is the latest date), drafts without a date last.
  const dateHeader = table.getByRole("columnheader", { name: "Veröffentlichung" });
  await dateHeader.getByRole("link").click();
  await expect(dateHeader).toHaveAttribute("aria-sort", "descending");
  await expect(titleHeader).not.toHaveAttribute("aria-sort", /./);
  expect(await titlesInList(page)).toEqual([`${m} Gamma`, `${m} Beta`, `${m} Alpha`]);
  await table.getByRole("columnheader", { name: "Status" }).getByRole("link").click();
  await expect(table.getByRole("columnheader", { name: "Status" })).toHaveAttribute("aria-sort", "ascending");
  expect((await titlesInList(page))[0]).toBe(`${m} Alpha`);
  await table.getByRole("columnheader", { name: "Letzte Änderung" }).getByRole("link").click();
  await expect(table.getByRole("columnheader", { name: "Letzte Änderung" })).toHaveAttribute("aria-sort", "descending");
  expect(await titlesInList(page)).toEqual([`${m} Gamma`, `${m} Alpha`, `${m} Beta`]);
  // The filters keep the order, and the order keeps the filters: plain links and a GET form, no script needed.
  await expect(table.getByRole("columnheader", { name: "Titel" }).getByRole("link")).toHaveAttribute("href", new RegExp(`q=${m}.*sortiert=titel`));
});

test("the review queue: editors see a count in the navigation and a filter „Wartet auf Prüfung“", async ({ browser }) => {
  const m = marker();
  const authorPage = await (await browser.newContext()).newPage();
  await signIn(authorPage, accounts.author);
  // Authors have no queue to work through: no count for them.
  await expect(authorPage.getByRole("navigation", { name: "Redaktion" }).getByRole("link", { name: /Zur Prüfung/ })).toHaveCount(0);
  await newPost(authorPage, `${m} Einreichung`);
  await ui(authorPage).getByRole("button", { name: "Zur Prüfung einreichen" }).click();
  await expect(ui(authorPage).getByTestId("speicherstatus")).toContainText("Zur Prüfung");

  const page = await (await browser.newContext()).newPage();
  await signIn(page, accounts.editor);
  const nav = page.getByRole("navigation", { name: "Redaktion" });
  const queue = nav.getByRole("link", { name: /Zur Prüfung/ });
  await expect(queue.getByTestId("wartende-beitraege")).toHaveText(/^\d+/);
  await expect(queue).toHaveAccessibleName(/\d+ Beitr(ag wartet|äge warten) auf Prüfung/);
  await queue.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/status=pruefung/);
  await expect(page.locator("main:visible table tbody")).toContainText(`${m} Einreichung`);
  for (const status of await page.locator("main:visible table tbody tr td:nth-child(3)").allInnerTexts()) expect(status).toBe("Zur Prüfung");
  const filter = page.locator("main:visible").getByRole("link", { name: /Wartet auf Prüfung \(\d+\)/ });
  await expect(filter).toHaveAttribute("aria-current", "page");
  await expectAccessible(page);
});

test("bulk actions: select all by keyboard, add a category, publish, and a summary of what was refused", async ({ page }) => {
  const m = marker();
  await signIn(page, accounts.editor);
  await newPost(page, `${m} Eins`);
  await newPost(page, `${m} Zwei`);
  await newPost(page, `${m} Ohne Kategorie`, null);

  await page.goto(`/dashboard/beitraege?q=${m}&sortiert=titel&richtung=auf`);
  const main = page.locator("main:visible");
  const selectAll = main.getByRole("checkbox", { name: "Alle Beiträge dieser Seite auswählen" });
  await selectAll.focus();
  await page.keyboard.press("Space");
  for (const box of await main.getByRole("checkbox", { name: /auswählen$/ }).all()) await expect(box).toBeChecked();
  await main.getByRole("checkbox", { name: `„${m} Ohne Kategorie“ auswählen` }).press("Space");
  await expect(selectAll).not.toBeChecked();

  await main.getByRole("combobox", { name: /^Aktion/ }).selectOption({ label: "Kategorie hinzufügen" });
  await main.getByLabel("Kategorie (für Kategorie-Aktionen)").selectOption({ label: "Strategie" });
  await main.getByRole("button", { name: "Für die Auswahl ausführen" }).press("Enter");
  await expect(main.getByRole("status")).toHaveText(`2 Beiträge um die Kategorie ergänzt: „${m} Eins“, „${m} Zwei“.`);
  await expect(main.locator("tr", { hasText: `${m} Eins` })).toContainText("Basics, Strategie");
  await expectAccessible(page);

  // Publishing all three: the one without a category is refused, by name and reason; the others go live.
  await selectAll.check();
  await main.getByRole("combobox", { name: /^Aktion/ }).selectOption({ label: "Veröffentlichen" });
  await main.getByRole("button", { name: "Für die Auswahl ausführen" }).click();
  const summary = main.getByRole("alert");
  await expect(summary).toContainText(`2 Beiträge veröffentlicht: „${m} Eins“, „${m} Zwei“.`);
  await expect(summary).toContainText(`Nicht geändert: „${m} Ohne Kategorie“ (Titel oder Kategorie fehlt).`);
  await expect(main.locator("tr", { hasText: `${m} Eins` })).toContainText("Veröffentlicht");
  await expect(main.locator("tr", { hasText: `${m} Ohne Kategorie` })).toContainText("Entwurf");
  await expectAccessible(page);

  // Nothing chosen: a message, nothing changed.
  await selectAll.uncheck();
  await main.getByRole("button", { name: "Für die Auswahl ausführen" }).click();
  await expect(main.getByRole("alert")).toHaveText("Bitte wählen Sie mindestens einen Beitrag aus.");

  await main.getByRole("checkbox", { name: `„${m} Ohne Kategorie“ auswählen` }).check();
  await main.getByRole("combobox", { name: /^Aktion/ }).selectOption({ label: "In den Papierkorb" });
  await main.getByRole("button", { name: "Für die Auswahl ausführen" }).click();
  await expect(main.getByRole("status")).toHaveText(`1 Beitrag in den Papierkorb gelegt: „${m} Ohne Kategorie“.`);
  await expect(main.locator("tr", { hasText: `${m} Ohne Kategorie` })).toHaveCount(0);
  await expectAccessible(page);

  // „Rückgängig“ beside the message, by keyboard: the post is back in the list.
  const undo = main.getByRole("button", { name: "Rückgängig" });
  await undo.focus();
  await page.keyboard.press("Enter");
  await expect(main.getByRole("status")).toHaveText(`1 Beitrag aus dem Papierkorb zurückgeholt: „${m} Ohne Kategorie“.`);
  await expect(main.locator("tr", { hasText: `${m} Ohne Kategorie` })).toHaveCount(1);
  await expect(main.getByRole("button", { name: "Rückgängig" })).toHaveCount(0);
});

test("the dashboard prefetches nothing: each page is rendered on the server only when the editor opens it", async ({ page }) => {
  await signIn(page, accounts.editor);
  const prefetched: string[] = [];
  page.on("request", (request) => {
    const headers = request.headers();
    if (headers["rsc"] !== undefined || headers["next-router-prefetch"] !== undefined) prefetched.push(request.url());
  });
  // The list links every post's editor and the navigation every section: none of them is fetched in advance.
  await page.goto("/dashboard/beitraege");
  await expect(page.locator("main:visible table tbody tr").first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  await page.mouse.move(0, 0);
  await page.locator("main:visible table tbody tr td:nth-child(2) a").first().hover();
  await page.waitForLoadState("networkidle");
  expect(prefetched).toEqual([]);

  // Following a link still works, as a client navigation.
  await page.locator("main:visible table tbody tr td:nth-child(2) a").first().click();
  await expect(page).toHaveURL(/\/dashboard\/beitraege\/\d+$/);
  await expect(ui(page).getByLabel("Titel")).toBeVisible();
});
