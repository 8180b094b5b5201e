import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, expectNoCookies, watchRequests } from "./support/checks";
import { accounts, signIn } from "./support/dashboard";
import { e2eFixtures } from "./support/fixture-posts";

// Each test comments from its own address, so the per-sender rate limit of one test never touches another.
async function sendFrom(page: Page, address: string) {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": address });
}

// Two journeys cross reader and editor and run axe three times: give them room on a shared, busy machine.
test.beforeEach(() => test.setTimeout(180_000));

const form = (page: Page) => page.locator("#kommentar-formular");

async function writeComment(page: Page, values: { name: string; body: string; email?: string }) {
  await form(page).getByLabel(/^Name/).fill(values.name);
  if (values.email) await form(page).getByLabel(/^E-Mail-Adresse/).fill(values.email);
  await form(page).getByLabel(/^Ihr Kommentar/).fill(values.body);
  await form(page).getByRole("button", { name: "Kommentar senden" }).click();
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a reader comments, keeps the text on an error, sees the thanks; an editor approves; the next request shows it", async ({ page, browser, baseURL }) => {
    await sendFrom(page, "203.0.113.21");
    const requests = watchRequests(page, baseURL!);
    const article = `/artikel/${e2eFixtures.commentsSlug}`;
    await page.goto(article);
    const text = `Ohne JavaScript kommentiert ${Date.now()}`;
    await writeComment(page, { name: "", body: text });
    await expect(page.getByTestId("kommentar-ergebnis")).toContainText("Bitte prüfen Sie die markierten Felder");
    await expect(form(page).getByLabel(/^Name/)).toHaveAttribute("aria-invalid", "true");
    await expect(form(page).getByLabel(/^Ihr Kommentar/)).toHaveValue(text);
    await form(page).getByLabel(/^Name/).fill("Leserin Ohne Skript");
    await form(page).getByRole("button", { name: "Kommentar senden" }).click();
    await expect(page.getByTestId("kommentar-ergebnis")).toHaveText("Danke! Ihr Kommentar erscheint, sobald die Redaktion ihn freigegeben hat.");
    await expect(page.locator("#kommentare")).not.toContainText(text);
    expect(requests.foreign()).toEqual([]);
    await expectNoCookies(page);

    const editor = await (await browser.newContext({ javaScriptEnabled: true })).newPage();
    await signIn(editor, accounts.editor);
    await editor.goto("/dashboard/kommentare");
    await expect(editor.getByRole("navigation", { name: "Redaktion" }).getByTestId("ausstehende-kommentare")).toBeVisible();
    const item = editor.getByRole("listitem").filter({ hasText: text });
    await expect(item).toContainText("Leserin Ohne Skript");
    await expectAccessible(editor);
    await item.getByRole("button", { name: "Freigeben" }).click();
    await expect(editor.locator("#kommentare-meldung")).toHaveText("1 Kommentar freigegeben.");
    await editor.context().close();

    await page.goto(article);
    const shown = page.locator("#kommentare article").filter({ hasText: text });
    await expect(shown).toContainText("Leserin Ohne Skript");
    await expect(page.locator("article header").first()).toContainText("1 Kommentar");
    const id = await shown.getAttribute("id");
    expect(id).toMatch(/^kommentar-\d+$/);
    const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
    expect(jsonLd).toContain('"commentCount":1');
    expect(jsonLd).toContain(text);
  });

  test("a reply link opens the form for that thread; the reply joins the thread once approved", async ({ page, browser }) => {
    await sendFrom(page, "203.0.113.22");
    await page.goto("/artikel/kommentarmoderation-loeschen-verbergen-antworten");
    const first = page.locator("#kommentare > ol > li").first();
    await expect(first).toContainText("Sabine Krüger");
    await expect(first.locator("ol")).toContainText("Redaktion");
    await first.getByRole("link", { name: "Antworten an Sabine Krüger" }).click();
    await expect(page).toHaveURL(/\?antwort=\d+#kommentar-formular$/);
    await expect(page.getByTestId("kommentar-antwort-auf")).toContainText("Sabine Krüger");
    const text = `Eine Antwort im Faden ${Date.now()}`;
    await writeComment(page, { name: "Antwortender Leser", body: text });
    await expect(page.getByTestId("kommentar-ergebnis")).toContainText("Danke!");

    const editor = await (await browser.newContext({ javaScriptEnabled: true })).newPage();
    await signIn(editor, accounts.editor);
    await editor.goto("/dashboard/kommentare");
    const item = editor.getByRole("listitem").filter({ hasText: text });
    await expect(item).toContainText("Antwort auf Sabine Krüger");
    await item.getByRole("button", { name: "Freigeben" }).click();
    await expect(editor.locator("#kommentare-meldung")).toHaveText("1 Kommentar freigegeben.");
    await editor.context().close();

    await page.goto("/artikel/kommentarmoderation-loeschen-verbergen-antworten");
    await expect(page.locator("#kommentare > ol > li").first().locator("ol")).toContainText(text);
  });

  test("a closed post shows its comments and says it is closed", async ({ page }) => {
    await page.goto(`/artikel/${e2eFixtures.commentsClosedSlug}`);
    await expect(page.locator("#kommentare")).toContainText(e2eFixtures.closedComment);
    await expect(page.getByTestId("kommentare-geschlossen")).toHaveText("Die Kommentare zu diesem Beitrag sind geschlossen.");
    await expect(page.locator("#kommentar-formular")).toHaveCount(0);
  });

  test("hostile input is refused with a German message or kept as inert text", async ({ page }) => {
    await sendFrom(page, "203.0.113.23");
    const article = `/artikel/${e2eFixtures.commentsHostileSlug}`;
    await page.goto(article);
    const long = "Sehr lang. ".repeat(10_000);
    await writeComment(page, { name: "Lang", body: long });
    await expect(form(page).locator("#kommentar-text-fehler")).toContainText("höchstens 5.000 Zeichen");
    expect((await form(page).getByLabel(/^Ihr Kommentar/).inputValue()).length).toBe(20_000);
    await writeComment(page, { name: "Nullbyte", body: "Text mit \u0000 Nullbyte" });
    await expect(form(page).locator("#kommentar-text-fehler")).toContainText("Steuerzeichen");
  });
});

test("with JavaScript the reply is set in place, and the comment is sent", async ({ page }) => {
  await sendFrom(page, "203.0.113.24");
  await page.goto("/artikel/kommentarmoderation-loeschen-verbergen-antworten");
  await page.getByRole("link", { name: "Antworten an M. Özdemir" }).click();
  await expect(page.getByTestId("kommentar-antwort-auf")).toContainText("M. Özdemir");
  await expect(page).not.toHaveURL(/antwort=/);
  await expect(form(page).getByLabel(/^Ihr Kommentar/)).toBeFocused();
  await writeComment(page, { name: "Mit Skript", body: `Am Wochenende moderieren wir gar nicht. ${Date.now()}` });
  await expect(page.getByTestId("kommentar-ergebnis")).toContainText("Danke!");
  await expectNoCookies(page);
});
