// The editors' everyday work (issue 17): each test holds one finding that a new editor tripped over.
import { expect, test, type Page } from "@playwright/test";
import { accounts, FIRST_SAVE_MS, newPost, signIn, ui } from "./support/dashboard";
import { expectAccessible } from "./support/checks";

function unique(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
}

async function published(page: Page, title: string, body = "Erster Absatz.") {
  await newPost(page, title, body);
  await ui(page).getByRole("button", { name: "Jetzt veröffentlichen" }).click();
  await expect(ui(page).getByTestId("speicherstatus")).toContainText("Veröffentlicht");
}

test("1: „Planen“ on a live post asks first, and declining keeps it online", async ({ page, request }) => {
  await signIn(page, accounts.editor);
  await published(page, unique("Online bleibender Beitrag"));
  const slug = await ui(page).getByLabel("Adresse (Slug)").inputValue();
  await ui(page).getByLabel("Veröffentlichen am").fill("2031-03-14T09:30");
  await ui(page).getByRole("button", { name: "Planen" }).click();
  // „Änderung planen“ (e2e/editor-seo-share.spec.ts) is offered instead of taking the post offline; declining changes nothing.
  const question = ui(page).getByRole("alertdialog", { name: "Dieser Beitrag ist online." });
  await expect(question).toContainText("lässt die jetzige Fassung online");
  await question.getByRole("button", { name: "Abbrechen" }).click();
  await expect(question).toHaveCount(0);
  await expect(ui(page).getByTestId("speicherstatus")).toContainText("Veröffentlicht");
  expect((await request.get(`/artikel/${slug}`)).status()).toBe(200);
});

test("2 + 9: a new post is saved as a draft with only its text, shows „Gespeichert hh:mm“, and submitting names what is missing", async ({ page }) => {
  await signIn(page, accounts.author);
  await page.goto("/dashboard/beitraege/neu");
  await ui(page).getByLabel("Text (Markdown)").fill("Ein Anfang ohne Titel und ohne Kategorie.");
  // The first autosave creates the draft; its page takes over and says when it was saved.
  await expect(page).toHaveURL(/\/dashboard\/beitraege\/\d+$/, { timeout: FIRST_SAVE_MS });
  await expect(ui(page).getByTestId("speicherstatus")).toContainText(/Entwurf\s*Gespeichert \d{2}:\d{2}/);
  await page.reload();
  await expect(ui(page).getByLabel("Text (Markdown)")).toHaveValue("Ein Anfang ohne Titel und ohne Kategorie.");

  await ui(page).getByRole("button", { name: "Zur Prüfung einreichen" }).click();
  await expect(ui(page).getByText("Bitte geben Sie einen Titel ein.")).toBeVisible();
  await expect(ui(page).getByText("Bitte wählen Sie eine bis drei Kategorien.")).toBeVisible();
  await expect(ui(page).getByLabel("Titel")).toHaveAttribute("aria-invalid", "true");
  await expect(ui(page).getByTestId("speicherstatus")).toContainText("Entwurf");
  await expect(ui(page).getByLabel("Text (Markdown)")).toHaveValue("Ein Anfang ohne Titel und ohne Kategorie.");
  await expectAccessible(page);
});

test("3 + 8: restoring a version asks first, and „Zurück zum Beitrag“ then shows the restored text", async ({ page }) => {
  await signIn(page, accounts.editor);
  await published(page, unique("Beitrag mit Versionen"), "Ursprünglicher Satz.");
  await ui(page).getByLabel("Text (Markdown)").fill("Geänderter Satz.");
  await ui(page).getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(ui(page).getByTestId("speicherstatus")).toContainText(/Gespeichert \d/);

  await ui(page).getByRole("link", { name: "Versionen" }).click();
  await expect(page).toHaveURL(/\/versionen$/);
  const restore = ui(page).getByRole("button", { name: /Diese Version wiederherstellen/ }).last();
  // Declining the question changes nothing.
  page.once("dialog", (dialog) => void dialog.dismiss());
  await restore.click();
  await expect(page).not.toHaveURL(/wiederhergestellt/);
  page.once("dialog", (dialog) => {
    expect(dialog.message()).toContain("wiederherstellen?");
    void dialog.accept();
  });
  await restore.click();
  await expect(page).toHaveURL(/wiederhergestellt=1/, { timeout: 15_000 });
  await expect(page.getByText("Version wiederhergestellt.")).toBeVisible();

  await ui(page).getByRole("link", { name: /Zurück zum Beitrag/ }).click();
  await expect(ui(page).getByLabel("Text (Markdown)")).toHaveValue("Ursprünglicher Satz.");
  // Saving from here is not refused as stale.
  await ui(page).getByLabel("Kurzfassung").fill("Nach dem Wiederherstellen weitergeschrieben.");
  await ui(page).getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(ui(page).getByTestId("speicherstatus")).toContainText(/Gespeichert \d/);
  await expect(ui(page).getByText(/Jemand anderes hat diesen Beitrag/)).toHaveCount(0);
});

test("4: „Bild in den Text einfügen“ puts the image where the cursor is, not at the end", async ({ page }) => {
  await signIn(page, accounts.editor);
  await newPost(page, unique("Bild an der Schreibmarke"), "Erster Absatz.\n\nZweiter Absatz.");
  const body = ui(page).getByLabel("Text (Markdown)");
  await body.click();
  await body.evaluate((area: HTMLTextAreaElement) => area.setSelectionRange("Erster Absatz.".length, "Erster Absatz.".length));
  const choice = ui(page).getByLabel("Bild in den Text einfügen");
  const option = await choice.locator("option").nth(1).getAttribute("value");
  await choice.selectOption(option!);
  await ui(page).getByRole("button", { name: "Einfügen", exact: true }).click();
  const value = await body.inputValue();
  expect(value.startsWith("Erster Absatz.\n\n![")).toBe(true);
  expect(value.trimEnd().endsWith("\n\nZweiter Absatz.")).toBe(true);
});

test("5: an author's published post shows no save or trash buttons, only why", async ({ page }) => {
  await signIn(page, accounts.author);
  await page.goto("/dashboard/beitraege?status=veroeffentlicht");
  await page.locator("main:visible table tbody a").first().click();
  await expect(page).toHaveURL(/\/dashboard\/beitraege\/\d+$/, { timeout: FIRST_SAVE_MS });
  await expect(ui(page).getByTestId("nur-lesen")).toContainText("Änderungen daran nimmt jetzt die Redaktion vor");
  await expect(ui(page).getByRole("button", { name: "Änderungen speichern" })).toHaveCount(0);
  await expect(ui(page).getByRole("button", { name: "In den Papierkorb" })).toHaveCount(0);
  await expect(ui(page).getByLabel("Titel")).toBeDisabled();
  await expectAccessible(page);
});

test("8: moving to the trash says so and offers „Rückgängig“; withdrawing asks first", async ({ page }) => {
  await signIn(page, accounts.editor);
  await published(page, unique("Zurückgezogener Beitrag"));
  // Withdrawing asks; declining leaves the post online.
  page.once("dialog", (dialog) => void dialog.dismiss());
  await ui(page).getByRole("button", { name: "Zurückziehen" }).click();
  await expect(ui(page).getByTestId("speicherstatus")).toContainText("Veröffentlicht");
  page.once("dialog", (dialog) => {
    expect(dialog.message()).toContain("zurückziehen?");
    void dialog.accept();
  });
  await ui(page).getByRole("button", { name: "Zurückziehen" }).click();
  await expect(ui(page).getByRole("status").filter({ hasText: "Zurückgezogen" })).toBeVisible();
  await expect(ui(page).getByTestId("speicherstatus")).toContainText("Entwurf");

  await ui(page).getByRole("button", { name: "In den Papierkorb" }).click();
  const said = ui(page).getByRole("status").filter({ hasText: "In den Papierkorb gelegt." });
  await expect(said).toBeVisible();
  await expect(ui(page).getByText("Gespeichert.", { exact: true })).toHaveCount(0);
  await expect(ui(page).getByTestId("speicherstatus")).toContainText("Im Papierkorb");
  await said.getByRole("button", { name: "Rückgängig" }).click();
  await expect(ui(page).getByTestId("speicherstatus")).toContainText("Entwurf");
  await expect(ui(page).getByRole("button", { name: "In den Papierkorb" })).toBeVisible();
});

test("6: deleting an unused library file takes it away with „Rückgängig“, and undoing keeps it", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, accounts.editor);
  await page.goto("/dashboard/medien");
  const name = `ungenutzt-${Date.now().toString(36)}`;
  await page.locator("[data-view]:visible").getByLabel("Dateien hierher ziehen oder auswählen").setInputFiles({
    name: `${name}.pdf`,
    mimeType: "application/pdf",
    buffer: Buffer.from(`%PDF-1.4\n% ${name}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`),
  });
  await expect(page.getByTestId("upload").filter({ hasText: name }).getByRole("status")).toHaveText("Hochgeladen", { timeout: 30_000 });
  const card = page.locator("[data-view]:visible").getByTestId("medium").filter({ has: page.getByRole("heading", { name }) });
  await card.getByRole("button", { name: `Löschen: ${name}` }).click();
  await expect(card).toHaveCount(0);
  const said = ui(page).getByTestId("loeschen-hinweis");
  await expect(said).toContainText(`„${name}“ gelöscht. Sie können das 30 Minuten lang rückgängig machen.`);
  await expectAccessible(page);
  await said.getByRole("button", { name: "Rückgängig" }).click();
  await expect(said).toHaveText(`„${name}“ ist wiederhergestellt.`);
  await page.reload();
  await expect(card).toHaveCount(1);
});

test("10: a draft keeps a version on an explicit save, before it was ever published", async ({ page }) => {
  await signIn(page, accounts.author);
  await newPost(page, unique("Entwurf mit Versionen"), "Erste Fassung des Entwurfs.");
  await ui(page).getByLabel("Text (Markdown)").fill("Zweite Fassung des Entwurfs.");
  await ui(page).getByRole("button", { name: "Entwurf speichern" }).click();
  await expect(ui(page).getByTestId("speicherstatus")).toContainText(/Gespeichert \d/);
  await ui(page).getByRole("link", { name: "Versionen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Versionen");
  await expect(ui(page).getByText("Noch keine Versionen")).toHaveCount(0);
  await expect(ui(page).locator("ol > li").first()).toBeVisible();
});

test("11: „Veröffentlichen am“ takes minutes, not seconds, and names its time zone", async ({ page }) => {
  await signIn(page, accounts.editor);
  await newPost(page, unique("Geplant auf die Minute"));
  const when = ui(page).getByLabel("Veröffentlichen am");
  await expect(when).toHaveAttribute("step", "60");
  await expect(when).toHaveAccessibleDescription(/Zeitzone Europe\/Berlin/);
  await when.fill("2031-03-14T09:30");
  await ui(page).getByRole("button", { name: "Planen" }).click();
  await expect(ui(page).getByRole("status").filter({ hasText: "Geplant für 14. März 2031 um 09:30" })).toBeVisible();
});

test("12: the users screen shows a new and a deactivated account at once, and an old message never stands beside a new one", async ({ page }) => {
  await signIn(page, accounts.admin);
  await page.goto("/dashboard/benutzer");
  const name = unique("Vertretung im Sekretariat");
  const email = `neu-${Date.now().toString(36)}@amtsblatt-digital.example`;
  const create = page.getByRole("form", { name: "Konto anlegen" });
  await create.getByLabel("E-Mail").fill(email);
  await create.getByLabel("Name").fill(name);
  await create.getByLabel("Passwort").fill("Ein-sicheres-Passwort-2026");
  await create.getByRole("button", { name: "Konto anlegen" }).click();
  await expect(create.getByRole("status")).toBeVisible();
  // exact: the security work added an „Alle Sitzungen beenden: <name>“ form to each row.
  const account = page.getByRole("form", { name, exact: true });
  await expect(account).toBeVisible();
  await account.getByRole("button", { name: /^Deaktivieren/ }).click();
  await expect(account.getByText(/· Deaktiviert/)).toBeVisible();
  await expect(account.getByRole("button", { name: /^Aktivieren/ })).toBeVisible();

  // The same address again is refused; the earlier success message is gone.
  await create.getByLabel("E-Mail").fill(email);
  await create.getByLabel("Name").fill(name);
  await create.getByLabel("Passwort").fill("Ein-sicheres-Passwort-2026");
  await create.getByRole("button", { name: "Konto anlegen" }).click();
  await expect(create.getByRole("alert")).toBeVisible();
  await expect(create.getByRole("status")).toHaveCount(0);
});

test("13: dashboard addresses for what does not exist or may not be seen answer 404", async ({ page, browser }) => {
  await signIn(page, accounts.author);
  for (const path of [
    "/dashboard/beitraege/999999",
    "/dashboard/beitraege/abc",
    "/dashboard/beitraege/999999/versionen",
    "/dashboard/benutzer",
    "/dashboard/kategorien",
    "/dashboard/seiten",
    "/dashboard/seiten/1",
    "/vorschau/999999",
  ]) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toContain("Seite nicht gefunden");
  }
  // Someone else's draft is as absent for an author as a post that does not exist.
  const editorContext = await browser.newContext();
  const editor = await editorContext.newPage();
  await signIn(editor, accounts.editor);
  await editor.goto(`/dashboard/beitraege?q=${encodeURIComponent("Unveröffentlichter Entwurf")}`);
  const href = await editor.locator("main:visible table tbody a").first().getAttribute("href");
  expect((await editor.request.get(href!)).status()).toBe(200);
  await editorContext.close();
  const response = await page.goto(href!);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
  await expectAccessible(page);
});
