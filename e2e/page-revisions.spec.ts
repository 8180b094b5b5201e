import { expect, test, type Page } from "./support/test";
import { expectAccessible } from "./support/checks";
import { accounts, signIn } from "./support/dashboard";

function view(page: Page, name: string) {
  return page.locator(`[data-view="${name}"]:visible`);
}

function unique(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
}

/** Creates a published page from the list and opens its editor. */
async function createPage(page: Page, title: string, body: string): Promise<void> {
  await page.goto("/dashboard/seiten");
  const create = view(page, "seiten").getByRole("form", { name: "Neue Seite" });
  await create.getByLabel("Titel").fill(title);
  await create.getByLabel("Text (Markdown)").fill(body);
  await create.getByLabel("Status").selectOption("published");
  await create.getByRole("button", { name: "Neue Seite" }).click();
  await expect(create.getByRole("status")).toHaveText("Seite angelegt.");
  await view(page, "seiten").getByRole("link", { name: title, exact: true }).click();
  await expect(view(page, "seite").getByRole("heading", { level: 1 })).toHaveText("Seite bearbeiten");
}

async function saveBody(page: Page, body: string): Promise<void> {
  const editor = view(page, "seite");
  await editor.getByLabel("Text (Markdown)").fill(body);
  await editor.getByRole("button", { name: "Seite speichern" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Seite gespeichert." })).toBeVisible();
}

test("an editor edits a page twice, compares the versions and restores the first one for readers", async ({ page, request }) => {
  await signIn(page, accounts.editor);
  const title = unique("Öffnungszeiten");
  await createPage(page, title, "Montag bis Freitag von 8 bis 12 Uhr.");
  await expectAccessible(page);
  await saveBody(page, "Montag bis Donnerstag von 8 bis 12 Uhr.");
  await saveBody(page, "Montag bis Donnerstag von 8 bis 16 Uhr.");

  await view(page, "seite").getByRole("link", { name: "Versionen" }).click();
  const revisions = view(page, "versionen");
  await expect(revisions.getByRole("heading", { level: 1 })).toHaveText(`Versionen: ${title}`);
  await expect(revisions.locator("ol > li")).toHaveCount(3);
  // The two newest versions are compared first, line by line.
  const diff = revisions.getByTestId("unterschiede");
  await expect(diff.locator("del")).toContainText(["Montag bis Donnerstag von 8 bis 12 Uhr."]);
  await expect(diff.locator("ins")).toContainText(["Montag bis Donnerstag von 8 bis 16 Uhr."]);
  await expect(diff.getByRole("heading", { name: "Kurzfassung" })).toHaveCount(0);
  await expectAccessible(page);

  // Any two can be compared: the first against the newest.
  await revisions.getByRole("link", { name: "Vergleichen Version 1" }).click();
  await expect(view(page, "versionen").getByRole("heading", { level: 2 })).toHaveText("Version 1 → Version 3");
  await expect(view(page, "versionen").getByTestId("unterschiede").locator("del")).toContainText(["Montag bis Freitag von 8 bis 12 Uhr."]);

  page.once("dialog", (dialog) => void dialog.accept());
  await view(page, "versionen").getByRole("button", { name: "Diese Version wiederherstellen (Version 1)" }).click();
  await expect(page.getByText("Version wiederhergestellt.")).toBeVisible();
  await expect(view(page, "versionen").locator("ol > li")).toHaveCount(4);
  const slug = title.toLowerCase().replace("ö", "oe").replace("ä", "ae").replace(/ /g, "-");
  const reader = await request.get(`/info/${slug}`);
  expect(reader.status()).toBe(200);
  expect(await reader.text()).toContain("Montag bis Freitag von 8 bis 12 Uhr.");

  // A revision of another page, an unknown one and a bad address are refused without a crash.
  const pageId = page.url().match(/seiten\/(\d+)\/versionen/)![1];
  expect((await page.goto(`/dashboard/seiten/${pageId}/versionen?von=abc&zu=999999`))?.status()).toBe(200);
  // Dashboard pages stream after the session check, so "not found" arrives as a page, not as a status code.
  for (const path of ["/dashboard/seiten/abc/versionen", "/dashboard/seiten/99999999", "/dashboard/seiten/1e3"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(500);
    await expect(page.getByText("Seite nicht gefunden")).toBeVisible();
  }
});

test("two editors on one page: the stale save is refused, its text kept, and the newer version can be taken over", async ({ browser }) => {
  const first = await browser.newContext();
  const second = await browser.newContext();
  const jana = await first.newPage();
  const ada = await second.newPage();
  await signIn(jana, accounts.editor);
  await createPage(jana, unique("Kontakt"), "Telefon: 030 123456.");
  const url = jana.url();
  await signIn(ada, accounts.admin);
  await ada.goto(url);
  await expect(view(ada, "seite").getByLabel("Text (Markdown)")).toHaveValue("Telefon: 030 123456.");

  await saveBody(jana, "Telefon: 030 654321.");

  const mine = "Telefon und E-Mail – diese Fassung darf nicht verloren gehen.";
  await view(ada, "seite").getByLabel("Text (Markdown)").fill(mine);
  await view(ada, "seite").getByRole("button", { name: "Seite speichern" }).click();
  await expect(view(ada, "seite").getByText(/Jemand anderes hat diese Seite inzwischen gespeichert/)).toBeVisible();
  await expect(view(ada, "seite").getByLabel("Text (Markdown)")).toHaveValue(mine);
  await view(ada, "seite").getByRole("button", { name: "Neuere Fassung ansehen" }).click();
  await expect(view(ada, "seite").locator("#fremde-fassung")).toHaveValue("Telefon: 030 654321.");
  await expect(view(ada, "seite").getByText(/Gespeichert von Jana Wiesner/)).toBeVisible();
  await expectAccessible(ada);
  await view(ada, "seite").getByRole("button", { name: "Neuere Fassung übernehmen" }).click();
  await expect(view(ada, "seite").getByLabel("Text (Markdown)")).toHaveValue("Telefon: 030 654321.");
  await saveBody(ada, "Telefon: 030 654321, E-Mail: presse@example.org.");
  await first.close();
  await second.close();
});

test("bad input in the page editor is named under its field, and nothing typed is lost", async ({ page }) => {
  await signIn(page, accounts.editor);
  await createPage(page, unique("Anfahrt"), "Mit dem Bus bis Rathaus.");
  const editor = view(page, "seite");
  await editor.getByLabel("Titel").fill("");
  await editor.getByLabel("Adresse").fill("javascript:alert(1)");
  await editor.getByLabel("Text (Markdown)").fill("Mit der Straßenbahn bis Marktplatz.");
  await editor.getByRole("button", { name: "Seite speichern" }).click();
  await expect(editor.getByRole("alert")).toContainText("Bitte prüfen Sie die markierten Felder.");
  await expect(editor.getByText("Bitte geben Sie einen Titel ein.")).toBeVisible();
  await expect(editor.getByLabel("Titel")).toHaveAttribute("aria-invalid", "true");
  await expect(editor.getByLabel("Text (Markdown)")).toHaveValue("Mit der Straßenbahn bis Marktplatz.");
  await expect(editor.getByLabel("Adresse")).toHaveValue("javascript:alert(1)");
  await expectAccessible(page);
});
