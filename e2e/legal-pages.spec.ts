import { expect, test, type Page } from "./support/test";
import { expectAccessible } from "./support/checks";
import { accounts, signIn } from "./support/dashboard";

function view(page: Page, name: string) {
  return page.locator(`[data-view="${name}"]:visible`);
}

test("the legal pages render from their fields and pages, each under its one address", async ({ page }) => {
  const expectations: [string, string, string][] = [
    ["/impressum", "Impressum", "Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV"],
    ["/barrierefreiheit", "Erklärung zur Barrierefreiheit", "Schlichtungsverfahren"],
    ["/datenschutz", "Datenschutzerklärung", "Verantwortliche Stelle"],
    ["/leichte-sprache", "Leichte Sprache", "Worum geht es in den Texten?"],
  ];
  for (const [path, title, text] of expectations) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByRole("main")).toContainText(text);
    await expect(page).toHaveURL(path);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${path}$`));
    await expectAccessible(page);
  }
  await expect(page.goto("/barrierefreiheit")).resolves.toBeTruthy();
  await expect(page.getByRole("link", { name: "Formular „Barriere melden“" })).toHaveAttribute("href", "/barriere-melden");
  // The page route's own address of a legal page redirects to the fixed one; unknown pages are a 404.
  await page.goto("/info/datenschutz");
  await expect(page).toHaveURL("/datenschutz");
  expect((await page.goto("/info/gibt-es-nicht"))?.status()).toBe(404);
  expect((await page.goto("/info/Ungültig"))?.status()).toBe(404);
});

test("an admin completes the Impressum: the warning names missing fields until they are filled in", async ({ page }) => {
  await signIn(page, accounts.admin);
  await page.goto("/dashboard/rechtliches");
  const ui = view(page, "rechtliches");
  await expectAccessible(page);
  const form = ui.getByRole("form", { name: "Impressum" });
  const organisation = `Stadt Musterhausen ${Date.now().toString(36)}`;
  await form.getByLabel(/Name der Behörde/).fill(organisation);
  await form.getByLabel(/^Telefon/).fill("");
  await form.getByRole("button", { name: "Speichern" }).click();
  await expect(form.getByRole("status")).toHaveText("Gespeichert.");
  await page.reload();
  await expect(page.getByRole("note")).toContainText("Im Impressum fehlen Pflichtangaben: Telefon");
  await page.goto("/impressum");
  await expect(page.getByRole("main")).toContainText(organisation);

  await page.goto("/dashboard/rechtliches");
  const again = view(page, "rechtliches").getByRole("form", { name: "Impressum" });
  await again.getByLabel(/^Telefon/).fill("+49 30 1234567-0");
  await again.getByRole("button", { name: "Speichern" }).click();
  await expect(again.getByRole("status")).toHaveText("Gespeichert.");
  await page.reload();
  await expect(page.getByRole("note")).toHaveCount(0);
});

test("an editor edits a page, sees it on the site, and cannot reach the admin's legal settings", async ({ page }) => {
  await signIn(page, accounts.editor);
  await page.goto("/dashboard/rechtliches");
  await expect(page.getByText("Seite nicht gefunden")).toBeVisible();
  await expect(page.getByRole("form", { name: "Impressum" })).toHaveCount(0);
  await page.goto("/dashboard/seiten");
  const ui = view(page, "seiten");
  await expectAccessible(page);
  const create = ui.getByRole("form", { name: "Neue Seite" });
  const title = `Über uns ${Date.now().toString(36)}`;
  await create.getByLabel("Titel").fill(title);
  await create.getByLabel("Adresse").fill("suche");
  await create.getByLabel("Text (Markdown)").fill("Wir sind die **Redaktion**.");
  await create.getByLabel("Status").selectOption("published");
  await create.getByRole("button", { name: "Neue Seite" }).click();
  await expect(create.getByRole("alert")).toContainText("Bitte prüfen Sie die markierten Felder.");
  await expect(create.getByLabel("Titel")).toHaveValue(title);
  await create.getByLabel("Adresse").fill("");
  await create.getByRole("button", { name: "Neue Seite" }).click();
  await expect(create.getByRole("status")).toHaveText("Seite angelegt.");
  const slug = title.toLowerCase().replace("ü", "ue").replace(/ /g, "-");
  await page.goto(`/info/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("main").locator("strong")).toHaveText("Redaktion");
});

test("the legal pages are listed in the pages sitemap under their fixed addresses", async ({ request, baseURL }) => {
  const xml = await (await request.get("/sitemaps/seiten.xml")).text();
  for (const path of ["/impressum", "/barrierefreiheit", "/datenschutz", "/leichte-sprache"]) {
    expect(xml).toContain(`<loc>${baseURL}${path}</loc>`);
  }
  expect(xml).not.toContain("/info/datenschutz");
});
