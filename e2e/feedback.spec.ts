import { expect, test, type Page } from "./support/test";
import { expectAccessible, expectNoCookies, watchRequests } from "./support/checks";
import { accounts, signIn } from "./support/dashboard";

const article = "/artikel/willkommen-bei-amtsblatt-digital";

// Each test sends from its own address, so the per-sender rate limit of one test never touches another.
async function sendFrom(page: Page, address: string) {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": address });
}

test("a reader reports a barrier from an article: page prefilled, bad input kept, then the editors see it", async ({ page, baseURL }) => {
  await sendFrom(page, "198.51.100.11");
  const requests = watchRequests(page, baseURL!);
  await page.goto(article);
  await page.getByRole("contentinfo").getByRole("link", { name: "Barriere melden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Barriere melden" })).toBeVisible();
  const form = page.locator("form:visible").filter({ has: page.getByLabel(/Ihre Nachricht/) });
  await expect(form.getByLabel(/Auf welcher Seite/)).toHaveValue(article);
  await expectAccessible(page);

  const text = `Das Suchfeld ist mit dem Screenreader nicht beschriftet. ${Date.now()}`;
  await form.getByLabel(/Ihre Nachricht/).fill(text);
  await form.getByLabel(/Ihre E-Mail-Adresse/).fill("keine-adresse");
  await form.getByRole("button", { name: "Nachricht senden" }).click();
  await expect(form.getByTestId("feedback-result")).toContainText("Bitte prüfen Sie die markierten Felder");
  await expect(form.getByLabel(/Ihre E-Mail-Adresse/)).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel(/Ihre Nachricht/)).toHaveValue(text);
  await expectAccessible(page);

  await form.getByLabel(/Ihre E-Mail-Adresse/).fill("leserin@example.org");
  await form.getByRole("button", { name: "Nachricht senden" }).click();
  await expect(form.getByRole("status")).toContainText("Vielen Dank");
  await expect(form.getByLabel(/Ihre Nachricht/)).toHaveValue("");
  expect(requests.foreign()).toEqual([]);
  await expectNoCookies(page);

  await signIn(page, accounts.editor);
  await page.goto("/dashboard/rueckmeldungen");
  const view = page.locator('[data-view="rueckmeldungen"]:visible');
  const item = view.getByRole("listitem").filter({ hasText: text });
  await expect(item).toContainText("leserin@example.org");
  await expect(item).toContainText(article);
  await expect(item.getByRole("heading")).toContainText("neu");
  await expect(item).toContainText("Antwort fällig bis");
  await expectAccessible(page);
  await item.getByLabel("Status", { exact: true }).selectOption("beantwortet");
  await item.getByRole("button", { name: "Status speichern" }).click();
  await expect(item.getByRole("status")).toHaveText("Status gespeichert.");
  await page.goto("/dashboard/rueckmeldungen?status=beantwortet");
  await expect(page.locator('[data-view="rueckmeldungen"]:visible').getByRole("listitem").filter({ hasText: text })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form posts, keeps the text on an error, and confirms", async ({ page }) => {
    await sendFrom(page, "198.51.100.12");
    await page.goto("/barriere-melden?seite=/suche");
    await expect(page.getByLabel(/Auf welcher Seite/)).toHaveValue("/suche");
    const text = `Ohne JavaScript gemeldet ${Date.now()}`;
    await page.getByLabel(/Ihre Nachricht/).fill(text);
    await page.getByLabel(/Ihre E-Mail-Adresse/).fill("kaputt@");
    await page.getByRole("button", { name: "Nachricht senden" }).click();
    await expect(page.getByTestId("feedback-result")).toContainText("Bitte prüfen Sie die markierten Felder");
    await expect(page.getByLabel(/Ihre Nachricht/)).toHaveValue(text);
    await expect(page.getByLabel(/Auf welcher Seite/)).toHaveValue("/suche");
    await page.getByLabel(/Ihre E-Mail-Adresse/).fill("");
    await page.getByRole("button", { name: "Nachricht senden" }).click();
    await expect(page.getByTestId("feedback-result")).toContainText("Vielen Dank");
    await expectNoCookies(page);
  });

  test("too many messages from one sender are refused, keeping the text", async ({ page }) => {
    await sendFrom(page, "198.51.100.13");
    for (let i = 1; i <= 6; i++) {
      await page.goto("/barriere-melden");
      await page.getByLabel(/Ihre Nachricht/).fill(`Nachricht ${i}`);
      await page.getByRole("button", { name: "Nachricht senden" }).click();
      if (i <= 5) await expect(page.getByTestId("feedback-result")).toContainText("Vielen Dank");
    }
    await expect(page.getByTestId("feedback-result")).toContainText("sehr viele Nachrichten");
    await expect(page.getByLabel(/Ihre Nachricht/)).toHaveValue("Nachricht 6");
  });
});

test("every page links the Impressum, the privacy statement, the accessibility statement and the feedback form", async ({ page }) => {
  for (const path of ["/", article, "/suche?q=Instagram", "/impressum", "/gibt-es-nicht"]) {
    await page.goto(path);
    const footer = page.getByRole("contentinfo");
    for (const name of ["Impressum", "Datenschutz", "Barrierefreiheit", "Barriere melden"]) {
      await expect(footer.getByRole("link", { name, exact: true })).toBeVisible();
    }
    await expect(page.getByRole("banner").getByRole("link", { name: "Leichte Sprache" })).toBeVisible();
  }
});

test("a keyboard-only reader reaches the form from the footer and sends a message", async ({ page }) => {
  await sendFrom(page, "198.51.100.14");
  await page.goto(article);
  const tabTo = async (matches: () => Promise<boolean>) => {
    for (let i = 0; i < 200 && !(await matches()); i++) await page.keyboard.press("Tab");
    expect(await matches()).toBe(true);
  };
  await tabTo(() => page.evaluate(() => document.activeElement?.textContent === "Barriere melden"));
  // Focus is visible: the focused link draws an outline.
  expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe("none");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Barriere melden" })).toBeVisible();
  await tabTo(() => page.evaluate(() => document.activeElement?.id === "feedback-message"));
  await page.keyboard.type("Per Tastatur: Der Fokus im Menü ist kaum zu sehen.");
  await tabTo(() => page.evaluate(() => document.activeElement?.textContent === "Nachricht senden"));
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("feedback-result")).toContainText("Vielen Dank");
});
