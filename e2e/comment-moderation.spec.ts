// The moderation screen by keyboard alone: bulk approval, editing a comment, the editorial team's reply, the settings'
// error, and the erasure of one address's comments; axe on the article with comments and with a form error, and on
// the moderation screen with its forms open and refusing.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/checks";
import { accounts, signIn } from "./support/dashboard";
import { e2eFixtures } from "./support/fixture-posts";

test.beforeEach(() => test.setTimeout(240_000));

const article = `/artikel/${e2eFixtures.commentsQueueSlug}`;
const form = (page: Page) => page.locator("#kommentar-formular");

async function writeComment(page: Page, values: { name: string; body: string; email?: string }) {
  await form(page).getByLabel(/^Name/).fill(values.name);
  await form(page).getByLabel(/^E-Mail-Adresse/).fill(values.email ?? "");
  await form(page).getByLabel(/^Ihr Kommentar/).fill(values.body);
  await form(page).getByRole("button", { name: "Kommentar senden" }).click();
}

/** Opens a <details> by its summary with the keyboard. */
async function openByKeyboard(page: Page, summary: ReturnType<Page["getByText"]>) {
  await summary.focus();
  await page.keyboard.press("Enter");
}

test("an editor moderates by keyboard; the reader sees the edited text and the team's reply; an admin erases an address", async ({ page, browser }) => {
  const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const first = `Wie oft prüfen Sie die Warteschlange am Wochenende? ${run}`;
  const second = `Wir beantworten Fragen nur werktags, das steht im Impressum. ${run}`;
  const address = `leserin-${run}@example.org`;
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "203.0.113.61" });

  await page.goto(article);
  // A refused comment: the error is announced, the text is kept, and the page with the error passes axe.
  await writeComment(page, { name: "", body: first, email: address });
  await expect(page.getByTestId("kommentar-ergebnis")).toContainText("Bitte prüfen Sie die markierten Felder");
  await expect(form(page).getByLabel(/^Ihr Kommentar/)).toHaveValue(first);
  await expectAccessible(page);
  await writeComment(page, { name: `Leserin ${run}`, body: first, email: address });
  await expect(page.getByTestId("kommentar-ergebnis")).toContainText("Danke!");
  await page.goto(article);
  await writeComment(page, { name: `Leser ${run}`, body: second });
  await expect(page.getByTestId("kommentar-ergebnis")).toContainText("Danke!");

  const admin = await (await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.62" } })).newPage();
  await signIn(admin, accounts.admin);
  await admin.goto("/dashboard/kommentare");
  const queued = (text: string) => admin.locator("[data-comment-id]").filter({ hasText: text });

  // Bulk approval: two checkboxes with Space, the action's default is „Freigeben“, Tab to „Ausführen“, Enter.
  for (const text of [first, second]) {
    await queued(text).getByRole("checkbox").focus();
    await admin.keyboard.press("Space");
    await expect(queued(text).getByRole("checkbox")).toBeChecked();
  }
  await admin.getByRole("combobox", { name: "Mit der Auswahl" }).focus();
  await expect(admin.getByRole("combobox", { name: "Mit der Auswahl" })).toHaveValue("approve");
  await admin.keyboard.press("Tab");
  await expect(admin.getByRole("button", { name: "Ausführen" })).toBeFocused();
  await admin.keyboard.press("Enter");
  await expect(admin.locator("#kommentare-meldung")).toHaveText("2 Kommentare freigegeben.");
  await expect(queued(first)).toHaveCount(0);

  // Editing: an empty text is refused under its field and kept out; then the new text is saved.
  await admin.goto("/dashboard/kommentare?status=approved");
  // Found by its id: once saved, the comment no longer holds the text it is first found by.
  const approvedId = await queued(first).getAttribute("data-comment-id");
  const approved = admin.locator(`[data-comment-id="${approvedId}"]`);
  await openByKeyboard(admin, approved.getByText("Text bearbeiten"));
  const text = approved.getByLabel("Ihr Kommentar");
  await text.focus();
  await admin.keyboard.press("ControlOrMeta+a");
  await admin.keyboard.press("Delete");
  await admin.keyboard.press("Tab");
  await expect(approved.getByRole("button", { name: "Text speichern" })).toBeFocused();
  await admin.keyboard.press("Enter");
  await expect(approved.getByRole("alert")).toBeVisible();
  await expect(text).toHaveAttribute("aria-describedby", /fehler/);
  await expectAccessible(admin);
  const edited = `Wie oft prüfen Sie die Warteschlange am Wochenende und an Feiertagen? ${run}`;
  await text.focus();
  await admin.keyboard.type(edited);
  await admin.keyboard.press("Tab");
  await admin.keyboard.press("Enter");
  await expect(approved.getByRole("form", { name: "Text bearbeiten" }).getByRole("status")).toHaveText("Text gespeichert.");

  // The editorial team's reply.
  const reply = `Am Wochenende schaut einmal am Tag jemand hinein. ${run}`;
  const withEdit = queued(edited);
  await openByKeyboard(admin, withEdit.getByText("Als Redaktion antworten", { exact: true }).first());
  await withEdit.getByRole("textbox", { name: "Als Redaktion antworten" }).focus();
  await admin.keyboard.type(reply);
  await admin.keyboard.press("Tab");
  await expect(withEdit.getByRole("button", { name: "Antwort veröffentlichen" })).toBeFocused();
  await admin.keyboard.press("Enter");
  await expect(withEdit.getByRole("form", { name: "Als Redaktion antworten" }).getByRole("status")).toHaveText("Antwort veröffentlicht.");

  // The reader's next request shows the edit and the reply in the thread, marked as the editorial team's.
  await page.goto(article);
  const thread = page.locator("#kommentare > ol > li").filter({ hasText: edited });
  await expect(thread).toContainText(`Leserin ${run}`);
  await expect(thread.locator("ol")).toContainText(reply);
  await expect(thread.locator("ol")).toContainText("Redaktion");
  await expect(page.locator("#kommentare")).not.toContainText(first);
  await expect(page.locator("#kommentare")).toContainText(second);
  await expectAccessible(page);

  // Erasure (Art. 17 DSGVO): every comment of that address goes, the other reader's stays.
  const erasure = admin.getByRole("form", { name: /Alle Kommentare einer E-Mail-Adresse löschen/ });
  await erasure.getByLabel("E-Mail-Adresse").focus();
  await admin.keyboard.type(address);
  await admin.keyboard.press("Tab");
  await expect(erasure.getByRole("button", { name: "Alle Kommentare dieser Adresse endgültig löschen" })).toBeFocused();
  await admin.keyboard.press("Enter");
  await expect(erasure.getByRole("status")).toHaveText("1 Kommentar gelöscht.");
  await page.goto(article);
  await expect(page.locator("#kommentare")).not.toContainText(edited);
  await expect(page.locator("#kommentare")).toContainText(second);
  await admin.context().close();
});

test("the comment settings refuse an impossible closing time and keep what was typed", async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "203.0.113.63" });
  await signIn(page, accounts.editor);
  await page.goto("/dashboard/kommentare");
  const settings = page.getByRole("form", { name: "Einstellungen für Kommentare" });
  const days = settings.getByLabel(/Kommentare automatisch schließen nach/);
  await days.fill("99999");
  await settings.getByRole("button", { name: "Einstellungen speichern" }).click();
  await expect(settings.locator("#kommentare-schliessen-fehler")).toHaveText("Bitte eine ganze Zahl zwischen 0 und 3650 angeben.");
  await expect(days).toHaveValue("99999");
  await expectAccessible(page);
});
