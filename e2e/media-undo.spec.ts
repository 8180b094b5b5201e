// Deleting library files (issue 17, finding 6): an unused file goes at once with „Rückgängig“, a file in use first
// names its posts in one message; either way the file is gone for readers until it is restored. By keyboard.
import sharp from "sharp";
import { expect, test, type Page } from "./support/test";
import { accounts, FIRST_SAVE_MS, signIn, ui } from "./support/dashboard";
import { expectAccessible } from "./support/checks";

const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

function card(page: Page, name: string) {
  return ui(page).getByTestId("medium").filter({ has: page.getByRole("heading", { name, exact: true }) });
}

async function upload(page: Page, name: string, seed: number) {
  await page.goto("/dashboard/medien");
  const buffer = await sharp({ create: { width: 800, height: 450, channels: 3, background: { r: seed * 40, g: Number.parseInt(run.slice(-2), 36) % 255, b: 90 } } })
    .png()
    .toBuffer();
  await ui(page).getByLabel("Dateien hierher ziehen oder auswählen").setInputFiles({ name: `${name}.png`, mimeType: "image/png", buffer });
  await expect(ui(page).getByTestId("upload").filter({ hasText: name }).getByRole("status")).toHaveText("Hochgeladen", { timeout: 30_000 });
  await expect(card(page, name)).toBeVisible();
  return (await card(page, name).getByRole("link", { name: "Bild öffnen" }).getAttribute("href"))!;
}

test("an unused file is deleted at once by keyboard, its address answers 404, and „Rückgängig“ brings it back", async ({ page, request }) => {
  test.setTimeout(120_000);
  await signIn(page, accounts.editor);
  const name = `ungenutzt-${run}`;
  const url = await upload(page, name, 1);
  expect((await request.get(url)).status()).toBe(200);

  await card(page, name).getByRole("button", { name: `Löschen: ${name}` }).focus();
  await page.keyboard.press("Enter");
  await expect(card(page, name)).toHaveCount(0);
  const notice = ui(page).getByTestId("loeschen-hinweis");
  await expect(notice.locator("p")).toHaveText(`„${name}“ gelöscht. Sie können das 30 Minuten lang rückgängig machen.`);
  await expect(notice).toHaveAttribute("role", "status");
  // The card and its button are gone: keyboard users continue from the confirmation.
  await expect(notice).toBeFocused();
  await expectAccessible(page);
  expect((await request.get(url)).status()).toBe(404);
  // Not offered to the editor's posts either.
  await page.goto("/dashboard/beitraege/neu");
  await expect(ui(page).getByLabel("Bild in den Text einfügen").locator("option", { hasText: name })).toHaveCount(0);
  await page.goBack();
  await expect(ui(page).getByTestId("loeschen-hinweis")).toContainText(`„${name}“ gelöscht.`);

  // The notice focuses itself when it mounts again after „Zurück“; a Tab pressed before that effect ran is undone by
  // it, so the keyboard step is repeated until the button holds the focus.
  const undoButton = ui(page).getByRole("button", { name: "Rückgängig" });
  await expect(async () => {
    await ui(page).getByTestId("loeschen-hinweis").focus();
    await page.keyboard.press("Tab");
    await expect(undoButton).toBeFocused({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await page.keyboard.press("Enter");
  await expect(ui(page).getByTestId("loeschen-hinweis")).toHaveText(`„${name}“ ist wiederhergestellt.`);
  await expect(card(page, name)).toBeVisible();
  await expect(page).not.toHaveURL(/geloescht=/);
  expect((await request.get(url)).status()).toBe(200);
  await expectAccessible(page);
});

test("a file in use: one message names its posts, „Trotzdem löschen“ takes it off the article, „Rückgängig“ puts it back", async ({ page, request, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, accounts.editor);
  const name = `titelbild-${run}`;
  const url = await upload(page, name, 2);
  const item = card(page, name);
  await item.getByLabel("Alternativtext", { exact: true }).fill("Der Marktbrunnen im Schnee");
  await item.getByRole("button", { name: "Speichern" }).click();
  await expect(item.getByRole("status").filter({ hasText: "Gespeichert." })).toBeVisible();

  const title = `Mit Titelbild ${run}`;
  await page.goto("/dashboard/beitraege/neu");
  await ui(page).getByLabel("Text (Markdown)").fill("Ein Beitrag mit Titelbild.");
  await ui(page).getByLabel("Erste Kategorie (Pflicht)").selectOption({ label: "Basics" });
  await ui(page).getByRole("group", { name: "Titelbild" }).getByLabel("Aus der Mediathek").selectOption({ label: name });
  await ui(page).getByLabel("Titel", { exact: true }).fill(title);
  await expect(page).toHaveURL(/\/dashboard\/beitraege\/\d+$/, { timeout: FIRST_SAVE_MS });
  await ui(page).getByRole("button", { name: "Jetzt veröffentlichen" }).click();
  await expect(ui(page).getByRole("status").filter({ hasText: "Veröffentlicht." })).toBeVisible();
  const slug = await ui(page).getByLabel("Adresse (Slug)").inputValue();

  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  await reader.goto(`/artikel/${slug}`);
  await expect(reader.locator('main img[alt="Der Marktbrunnen im Schnee"]')).toBeVisible();

  await page.goto("/dashboard/medien");
  await card(page, name).getByRole("button", { name: `Löschen: ${name}` }).focus();
  await page.keyboard.press("Enter");
  const question = card(page, name).getByTestId("loeschen-bestaetigen");
  await expect(question).toHaveAttribute("role", "alert");
  await expect(question.locator("p").first()).toHaveText(`„${name}“ wird in einem Beitrag verwendet:`);
  await expect(question.getByRole("listitem").getByRole("link", { name: title })).toBeVisible();
  await expect(question).toContainText("Wenn Sie die Datei trotzdem löschen, zeigt dieser Beitrag das Bild nicht mehr, weder als Titelbild noch im Text.");
  await expect(question).toContainText("30 Minuten lang lässt sich das rückgängig machen");
  // One message: no „remove it there first“ beside „delete anyway“.
  await expect(question).not.toContainText("zuerst");
  await expectAccessible(page);
  // The question follows the button in the tab order: the post's link, then „Trotzdem löschen“.
  await page.keyboard.press("Tab");
  await expect(question.getByRole("link", { name: title })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(question.getByRole("button", { name: "Trotzdem löschen – 1 Beitrag verliert dieses Bild" })).toBeFocused();
  await page.keyboard.press("Enter");

  const notice = ui(page).getByTestId("loeschen-hinweis");
  await expect(notice).toContainText(`„${name}“ gelöscht – 1 Beitrag zeigt die Datei nicht mehr. Sie können das 30 Minuten lang rückgängig machen.`);
  await expect(card(page, name)).toHaveCount(0);
  await expectAccessible(page);
  await reader.goto(`/artikel/${slug}`);
  await expect(reader.locator("main h1")).toHaveText(title);
  await expect(reader.locator('main img[alt="Der Marktbrunnen im Schnee"]')).toHaveCount(0);
  expect((await request.get(url)).status()).toBe(404);

  await notice.getByRole("button", { name: "Rückgängig" }).click();
  await expect(notice).toHaveText(`„${name}“ ist wiederhergestellt und wieder in 1 Beitrag zu sehen.`);
  await expect(card(page, name).getByRole("link", { name: title })).toBeVisible();
  await reader.goto(`/artikel/${slug}`);
  await expect(reader.locator('main img[alt="Der Marktbrunnen im Schnee"]')).toBeVisible();
  expect((await request.get(url)).status()).toBe(200);
  await readerContext.close();
});

test("an address naming a file that is not deleted, or no file, shows no confirmation and no error", async ({ page }) => {
  await signIn(page, accounts.editor);
  const response = await page.goto("/dashboard/medien?geloescht=987654");
  expect(response?.status()).toBe(200);
  await expect(ui(page).getByTestId("loeschen-hinweis")).toHaveCount(0);
  await page.goto("/dashboard/medien?geloescht=abc");
  await expect(ui(page).getByRole("heading", { name: "Medien", level: 1 })).toBeVisible();
});
