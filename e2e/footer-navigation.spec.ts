import { expect, test, type Page } from "./support/test";
import { expectAccessible } from "./support/checks";
import { accounts, signIn } from "./support/dashboard";

function view(page: Page) {
  return page.locator('[data-view="fusszeile"]:visible');
}

const legal = ["Impressum", "Datenschutz", "Barrierefreiheit", "Leichte Sprache", "Barriere melden"];

async function footerLabels(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  const labels = await page.getByRole("contentinfo").getByRole("navigation").getByRole("link").allTextContents();
  return labels.map((label) => label.replace(/\s*\(externe Website\)$/, "").trim());
}

test("an editor adds footer links, readers see them on the next request, reorders them by keyboard and removes one; the legal links stay", async ({
  page,
  browser,
}) => {
  const suffix = Date.now().toString(36);
  const archive = `Archiv ${suffix}`;
  const federal = `Bundesportal ${suffix}`;
  // Without JavaScript the reader's pages prefetch nothing: a prefetch rendered while the change is being saved could
  // be cached with the old footer (Next stores a render that started before an invalidation), which is not what
  // this test is about.
  const reader = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  // Cached before the change: the footer must still change on the next request.
  expect(await footerLabels(reader, "/")).not.toContain(archive);

  await signIn(page, accounts.editor);
  await page.goto("/dashboard/fusszeile");
  await expect(view(page).getByRole("heading", { level: 1 })).toHaveText("Links in der Fußzeile");
  const fixed = view(page).getByRole("list", { name: "Feste Einträge" });
  for (const label of legal) await expect(fixed).toContainText(label);
  await expect(view(page).getByRole("button", { name: /^Entfernen\s*: (Impressum|Datenschutz)/ })).toHaveCount(0);
  await expectAccessible(page);

  const add = view(page).getByRole("form", { name: "Link hinzufügen" });
  await add.getByLabel("Linktext").fill(archive);
  await add.getByLabel("Pfad", { exact: true }).fill("/suche?q=Instagram");
  await add.getByRole("button", { name: "Link hinzufügen" }).click();
  await expect(add.getByRole("status")).toHaveText("Link hinzugefügt.");
  await expect(add.getByLabel("Linktext")).toHaveValue("");

  await add.getByLabel("Linktext").fill(federal);
  await add.getByRole("radio", { name: "Externe Adresse" }).check();
  await add.getByLabel("Adresse mit https://", { exact: true }).fill("https://www.bund.de");
  await add.getByRole("button", { name: "Link hinzufügen" }).click();
  await expect(add.getByRole("status")).toHaveText("Link hinzugefügt.");
  await expect(view(page).getByRole("form", { name: federal })).toBeVisible();
  await expectAccessible(page);

  const article = "/artikel/willkommen-bei-amtsblatt-digital";
  let labels = await footerLabels(reader, article);
  expect(labels.indexOf(archive)).toBeGreaterThan(labels.indexOf("Startseite"));
  expect(labels.indexOf(federal)).toBeGreaterThan(labels.indexOf(archive));
  for (const label of legal) expect(labels).toContain(label);
  await expect(reader.getByRole("contentinfo").getByRole("link", { name: archive })).toHaveAttribute("href", "/suche?q=Instagram");
  await expect(reader.getByRole("contentinfo").getByRole("link", { name: `${federal} (externe Website)` })).toHaveAttribute("href", "https://www.bund.de/");
  await reader.getByRole("contentinfo").getByRole("link", { name: archive }).click();
  await expect(reader).toHaveURL(/\/suche\?q=Instagram$/);
  const withScript = await (await browser.newContext()).newPage();
  // Its link prefetches never reach the server (see above).
  await withScript.route("**/*", (route) => (route.request().headers()["next-router-prefetch"] ? route.abort() : route.continue()));
  await withScript.goto(article);
  await expect(withScript.getByRole("contentinfo").getByRole("link", { name: archive })).toBeVisible();
  await expectAccessible(withScript);
  await withScript.context().close();

  // Reordering with the keyboard: focus the button, press Enter; focus stays on the moved link's buttons.
  await view(page).getByRole("button", { name: new RegExp(`^Nach oben\\s*: ${federal}$`) }).focus();
  await page.keyboard.press("Enter");
  await expect(view(page).getByRole("form", { name: federal }).getByRole("status")).toHaveText("Verschoben.");
  await expect(view(page).getByRole("form", { name: federal })).toContainText("Position 1 von 2");
  await expect(page.locator(":focus")).toHaveAccessibleName(new RegExp(`^Nach unten\\s*: ${federal}$`));
  labels = await footerLabels(reader, "/");
  expect(labels.indexOf(federal)).toBeLessThan(labels.indexOf(archive));

  await page.keyboard.press("Enter");
  await expect(view(page).getByRole("form", { name: federal })).toContainText("Position 2 von 2");
  await expect(page.locator(":focus")).toHaveAccessibleName(new RegExp(`^Nach oben\\s*: ${federal}$`));
  labels = await footerLabels(reader, "/kategorie/basics");
  expect(labels.indexOf(federal)).toBeGreaterThan(labels.indexOf(archive));

  await view(page).getByRole("button", { name: new RegExp(`^Entfernen\\s*: ${archive}$`) }).focus();
  await page.keyboard.press("Enter");
  await expect(view(page).getByRole("form", { name: archive })).toHaveCount(0);
  await expect(page.locator(":focus")).toHaveText("Eigene Links");
  labels = await footerLabels(reader, "/impressum");
  expect(labels).not.toContain(archive);
  expect(labels).toContain(federal);
  for (const label of legal) expect(labels).toContain(label);

  await view(page).getByRole("button", { name: new RegExp(`^Entfernen\\s*: ${federal}$`) }).click();
  await expect(view(page).getByRole("form", { name: federal })).toHaveCount(0);
  expect(await footerLabels(reader, "/")).not.toContain(federal);
  await reader.context().close();
});

test("hostile and wrong footer targets are refused with a message under the field, keeping what was typed", async ({ page, request }) => {
  await signIn(page, accounts.editor);
  await page.goto("/dashboard/fusszeile");
  const add = view(page).getByRole("form", { name: "Link hinzufügen" });
  await add.getByLabel("Linktext").fill("Gefährlich");
  await add.getByLabel("Pfad", { exact: true }).fill("javascript:alert(document.cookie)");
  await add.getByRole("button", { name: "Link hinzufügen" }).click();
  await expect(add.getByRole("alert")).toHaveText("Bitte prüfen Sie die markierten Felder.");
  await expect(add.getByText(/Bitte eine Adresse auf dieser Website angeben/)).toBeVisible();
  await expect(add.getByLabel("Linktext")).toHaveValue("Gefährlich");
  await expect(add.getByLabel("Pfad", { exact: true })).toHaveValue("javascript:alert(document.cookie)");
  await expectAccessible(page);

  await add.getByRole("radio", { name: "Externe Adresse" }).check();
  await add.getByLabel("Adresse mit https://", { exact: true }).fill("http://unverschluesselt.example");
  await add.getByRole("button", { name: "Link hinzufügen" }).click();
  await expect(add.getByText(/vollständige Adresse mit https:\/\//)).toBeVisible();
  // Switching back finds the text typed before.
  await add.getByRole("radio", { name: "Adresse auf dieser Website" }).check();
  await expect(add.getByLabel("Pfad", { exact: true })).toHaveValue("javascript:alert(document.cookie)");
  await add.getByLabel("Pfad", { exact: true }).fill("/impressum");
  await add.getByRole("button", { name: "Link hinzufügen" }).click();
  await expect(add.getByText("Dieser Link steht schon fest in der Fußzeile.")).toBeVisible();
  await add.getByLabel("Linktext").fill("");
  await add.getByRole("button", { name: "Link hinzufügen" }).click();
  await expect(add.getByText("Bitte einen Linktext angeben.")).toBeVisible();

  const home = await request.get("/");
  expect(await home.text()).not.toContain("javascript:alert");
});

test("authors do not get the footer screen", async ({ page }) => {
  await signIn(page, accounts.author);
  await expect(page.getByRole("link", { name: "Fußzeile" })).toHaveCount(0);
  const response = await page.goto("/dashboard/fusszeile");
  expect(response?.status()).toBeLessThan(500);
  await expect(page.getByText("Seite nicht gefunden")).toBeVisible();
});
