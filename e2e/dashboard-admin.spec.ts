import { expect, test, type Page } from "./support/test";
import { accounts, signIn } from "./support/dashboard";
import { expectAccessible } from "./support/checks";

function view(page: Page, name: string) {
  return page.locator(`[data-view="${name}"]:visible`);
}

test("an editor creates, renames, reorders and deletes a category; a category in use is kept until its posts move", async ({ page }) => {
  await signIn(page, accounts.editor);
  await page.goto("/dashboard/kategorien");
  const ui = view(page, "kategorien");
  await expect(ui.getByRole("heading", { level: 1 })).toHaveText("Kategorien und Serien");
  await expectAccessible(page);

  const name = `Förderprogramme ${Date.now().toString(36)}`;
  const create = ui.getByRole("form", { name: "Neue Kategorie" });
  await create.getByLabel("Name").fill(name);
  await create.getByRole("button", { name: "Anlegen" }).click();
  await expect(create.getByRole("status")).toHaveText("Gespeichert.");
  const row = ui.getByRole("form", { name });
  await expect(row).toBeVisible();
  await expect(row.getByLabel("Adresse (Slug)")).toHaveValue(/^foerderprogramme-/);

  await row.getByRole("button", { name: /^Nach oben\s*:/ }).click();
  await expect(row.getByRole("status")).toHaveText("Gespeichert.");
  // A page of its own (search pages are rendered per request from the cached data): a whole cached page like "/"
  // that another test renders while this change is saved can keep the old order (see docs/caching.md).
  await page.goto(`/suche?q=${encodeURIComponent(name)}`);
  const nav = page.getByRole("navigation", { name: "Kategorien" }).getByRole("link");
  const labels = await nav.allTextContents();
  expect(labels.indexOf(name)).toBe(labels.length - 2);

  await page.goto("/dashboard/kategorien");
  const basics = view(page, "kategorien").getByRole("form", { name: "Basics" });
  await basics.getByRole("button", { name: /^Löschen\s*:/ }).click();
  await expect(basics.getByRole("alert")).toContainText("Wählen Sie, wohin sie verschoben werden sollen.");
  await expect(view(page, "kategorien").getByRole("form", { name: "Basics" })).toBeVisible();

  const mine = view(page, "kategorien").getByRole("form", { name });
  await mine.getByRole("button", { name: /^Löschen\s*:/ }).click();
  // The page refreshes after the change, and the deleted category's form is gone with it.
  await expect(view(page, "kategorien").getByRole("form", { name })).toHaveCount(0);
  await page.goto(`/suche?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole("navigation", { name: "Kategorien" }).getByRole("link", { name })).toHaveCount(0);
});

test("an admin creates an account, and deactivating it ends that user's session", async ({ page, browser }) => {
  await signIn(page, accounts.admin);
  await page.goto("/dashboard/benutzer");
  const ui = view(page, "benutzer");
  await expectAccessible(page);
  const email = `neu-${Date.now().toString(36)}@amtsblatt-digital.example`;
  const form = ui.getByRole("form", { name: "Konto anlegen" });
  await form.getByLabel("E-Mail-Adresse").fill(email);
  await form.getByLabel("Name").fill("Neue Kollegin");
  await form.getByLabel("Erstes Passwort (mindestens 10 Zeichen)").fill("kurz");
  await form.getByRole("button", { name: "Konto anlegen" }).click();
  await expect(form.getByText("Das Passwort braucht mindestens 10 Zeichen.")).toBeVisible();
  await expect(form.getByLabel("E-Mail-Adresse")).toHaveValue(email);
  await form.getByLabel("Erstes Passwort (mindestens 10 Zeichen)").fill("ein-gutes-passwort");
  await form.getByRole("button", { name: "Konto anlegen" }).click();
  await expect(form.getByRole("status")).toHaveText("Konto angelegt.");

  const other = await browser.newContext();
  const colleague = await other.newPage();
  await signIn(colleague, email, "ein-gutes-passwort");

  await page.reload();
  const account = view(page, "benutzer").getByRole("form", { name: "Neue Kollegin" });
  await account.getByRole("button", { name: /^Deaktivieren\s*: Neue Kollegin/ }).click();
  await expect(account.getByRole("status")).toHaveText("Gespeichert.");

  await colleague.goto("/dashboard/beitraege");
  await expect(colleague).toHaveURL(/\/anmelden/);
  await other.close();
});

test("authors do not get the editors' and admins' pages", async ({ page }) => {
  await signIn(page, accounts.author);
  await expect(page.getByRole("link", { name: "Kategorien" })).toHaveCount(0);
  const response = await page.goto("/dashboard/benutzer");
  await expect(page.getByText("Seite nicht gefunden")).toBeVisible();
  expect(response?.status()).toBeLessThan(500);
});
