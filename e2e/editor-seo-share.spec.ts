// The editor's tools around a post (issue 17): „Änderung planen“ for a live post, and the rest of what editors of
// WordPress and Ghost reach for — each by keyboard, axe-clean in each new state.
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { accounts, signIn, ui } from "./support/dashboard";
import { expectAccessible } from "./support/checks";

// Each save and render waits on cores shared with other suites: conditions get time, never a fixed sleep.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });

function unique(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
}

async function publishedPost(page: Page, title: string, body: string): Promise<string> {
  await page.goto("/dashboard/beitraege/neu");
  await ui(page).getByLabel("Titel").fill(title);
  await ui(page).getByLabel("Erste Kategorie (Pflicht)").selectOption({ label: "Basics" });
  await ui(page).getByLabel("Text (Markdown)").fill(body);
  await expect(page).toHaveURL(/\/dashboard\/beitraege\/\d+$/);
  await expect(ui(page).getByLabel("Titel")).toHaveValue(title);
  await ui(page).getByRole("button", { name: "Jetzt veröffentlichen" }).click();
  await expect(ui(page).getByTestId("speicherstatus")).toContainText("Veröffentlicht");
  return ui(page).getByLabel("Adresse (Slug)").inputValue();
}

/** "2026-12-02T14:31:20": a moment `seconds` from now as the site's wall clock (Europe/Berlin) shows it. */
function berlinLocal(seconds: number): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Berlin",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(new Date(Date.now() + seconds * 1000))
      .map((part) => [part.type, part.value]),
  );
  const local = `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
  // Chromium writes a whole minute without `:00`; Playwright's fill wants the value kept exactly.
  return local.endsWith(":00") ? local.slice(0, -3) : local;
}

test("„Änderung planen“: a live post stays online with its old text and shows the new one after the planned time", async ({ page, request }) => {
  test.setTimeout(180_000);
  await signIn(page, accounts.editor);
  const marker = unique("Planänderung");
  const slug = await publishedPost(page, marker, `Alter Text ${marker}.`);
  await ui(page).getByLabel("Text (Markdown)").fill(`Neuer Text ${marker}.`);
  const when = ui(page).getByLabel("Veröffentlichen am");

  // Asking first; Escape takes the question back and the focus returns to „Planen“.
  await when.fill("2031-03-14T09:30");
  await ui(page).getByRole("button", { name: "Planen" }).click();
  const question = ui(page).getByRole("alertdialog", { name: "Dieser Beitrag ist online." });
  await expect(question).toContainText("lässt die jetzige Fassung online, bis Ihre geänderte Fassung am 14.03.2031 um 09:30");
  await expect(question.getByRole("button", { name: "Änderung planen" })).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(question).toHaveCount(0);
  await expect(ui(page).getByRole("button", { name: "Planen" })).toBeFocused();

  // Planned for a few seconds from now (the field takes seconds typed in; the server reads them in the site's zone).
  await when.fill(berlinLocal(25));
  await page.keyboard.press("Tab");
  await ui(page).getByRole("button", { name: "Planen" }).press("Enter");
  await question.getByRole("button", { name: "Änderung planen" }).press("Enter");
  await expect(ui(page).getByRole("status").filter({ hasText: "Änderung geplant" })).toBeVisible();
  await expect(ui(page).getByTestId("speicherstatus")).toContainText("Veröffentlicht");
  await expect(ui(page).getByTestId("geplante-aenderung")).toContainText("Eine geänderte Fassung ist für");
  await expectAccessible(page);

  const live = await request.get(`/artikel/${slug}`);
  expect(live.status()).toBe(200);
  const before = await live.text();
  expect(before).toContain(`Alter Text ${marker}.`);
  expect(before).not.toContain(`Neuer Text ${marker}.`);

  // Every answer meanwhile is the live article; after the planned time, the new text.
  await expect
    .poll(
      async () => {
        const response = await request.get(`/artikel/${slug}`);
        expect(response.status()).toBe(200);
        return (await response.text()).includes(`Neuer Text ${marker}.`);
      },
      { timeout: 120_000, intervals: [2_000] },
    )
    .toBe(true);
  await page.reload();
  await expect(ui(page).getByLabel("Text (Markdown)")).toHaveValue(`Neuer Text ${marker}.`);
  await expect(ui(page).getByTestId("geplante-aenderung")).toHaveCount(0);
});

test("a planned change can be discarded; the live text stays", async ({ page, request }) => {
  await signIn(page, accounts.editor);
  const marker = unique("Verworfene Planänderung");
  const slug = await publishedPost(page, marker, `Bleibender Text ${marker}.`);
  await ui(page).getByLabel("Text (Markdown)").fill(`Verworfener Text ${marker}.`);
  await ui(page).getByLabel("Veröffentlichen am").fill("2031-03-14T09:30");
  await ui(page).getByRole("button", { name: "Planen" }).click();
  await ui(page).getByRole("button", { name: "Änderung planen" }).click();
  await expect(ui(page).getByTestId("geplante-aenderung")).toContainText("14. März 2031 um 09:30");
  await ui(page).getByRole("button", { name: "Geplante Änderung verwerfen" }).click();
  await expect(ui(page).getByRole("status").filter({ hasText: "Die geplante Änderung ist verworfen." })).toBeVisible();
  await expect(ui(page).getByTestId("geplante-aenderung")).toHaveCount(0);
  const article = await request.get(`/artikel/${slug}`);
  expect(article.status()).toBe(200);
  expect(await article.text()).toContain(`Bleibender Text ${marker}.`);
});

test("an editor changes a post's author and backdates it; the article follows, and authors get neither tool", async ({ page, request, browser }) => {
  await signIn(page, accounts.editor);
  const title = unique("Übergebener Beitrag");
  const slug = await publishedPost(page, title, "Text zum Übergeben.");
  const tools = page.locator("main:visible").getByTestId("werkzeuge");
  await expect(tools.getByRole("heading", { name: "Weitere Werkzeuge" })).toBeVisible();
  await expectAccessible(page);

  await tools.getByLabel("Autorin/Autor des Beitrags").selectOption({ label: "Tobias Brandt" });
  // Each tool is its own form with its own message: the author's stays when the date is changed next.
  const authorForm = tools.getByRole("form", { name: "Autorin/Autor ändern" });
  const dateForm = tools.getByRole("form", { name: "Datum ändern" });
  await tools.getByRole("button", { name: "Autorin/Autor ändern" }).press("Enter");
  await expect(authorForm.getByRole("status")).toHaveText("Autorin/Autor geändert.");
  expect(await (await request.get(`/artikel/${slug}`)).text()).toContain("Tobias Brandt");

  const date = tools.getByLabel("Veröffentlicht am");
  await date.fill("2031-01-01T10:00");
  await tools.getByRole("button", { name: "Datum ändern" }).click();
  await expect(dateForm.getByRole("alert")).toHaveText("Bitte prüfen Sie die markierten Felder.");
  await expect(tools.getByText("Das Datum liegt in der Zukunft – dafür gibt es „Planen“.")).toBeVisible();
  await expectAccessible(page);
  await date.fill("2020-01-15T10:00");
  await tools.getByRole("button", { name: "Datum ändern" }).click();
  await expect(dateForm.getByRole("status")).toHaveText("Veröffentlichungsdatum geändert.");
  const article = await request.get(`/artikel/${slug}`);
  expect(article.status()).toBe(200);
  expect(await article.text()).toContain("15. Januar 2020");
  // The editor above took the new version: saving there is not refused as stale.
  await ui(page).getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(ui(page).getByTestId("speicherstatus")).toContainText(/Gespeichert \d/);

  const authorPage = await (await browser.newContext()).newPage();
  await signIn(authorPage, accounts.author);
  await authorPage.goto(page.url());
  await expect(authorPage.locator("main:visible").getByLabel("Autorin/Autor des Beitrags")).toHaveCount(0);
  await expect(authorPage.locator("main:visible").getByLabel("Veröffentlicht am")).toHaveCount(0);
});

test("duplicating makes a new draft „Kopie von …“ by the current user, with a new address and no versions", async ({ page }) => {
  await signIn(page, accounts.author);
  await page.goto("/dashboard/beitraege/neu");
  const title = unique("Vorlage");
  await ui(page).getByLabel("Titel").fill(title);
  await ui(page).getByLabel("Erste Kategorie (Pflicht)").selectOption({ label: "Basics" });
  await ui(page).getByLabel("Text (Markdown)").fill("Text der Vorlage.");
  await expect(page).toHaveURL(/\/dashboard\/beitraege\/\d+$/);
  await ui(page).getByRole("button", { name: "Entwurf speichern" }).click();
  await expect(ui(page).getByTestId("speicherstatus")).toContainText(/Gespeichert \d/);
  const original = page.url();

  await page.locator("main:visible").getByRole("button", { name: "Als neuen Entwurf duplizieren" }).press("Enter");
  await expect(page).not.toHaveURL(original);
  await expect(page).toHaveURL(/\/dashboard\/beitraege\/\d+$/);
  await expect(ui(page).getByLabel("Titel")).toHaveValue(`Kopie von ${title}`);
  await expect(ui(page).getByLabel("Adresse (Slug)")).toHaveValue(/^kopie-von-vorlage-/);
  await expect(ui(page).getByLabel("Text (Markdown)")).toHaveValue("Text der Vorlage.");
  await expect(ui(page).getByTestId("speicherstatus")).toContainText("Entwurf");
  await expectAccessible(page);
  await page.goto(`${new URL(page.url()).pathname}/versionen`);
  await expect(page.getByText("Noch keine Versionen")).toBeVisible();
});

test("a shareable preview link shows the current draft to someone without an account, noindex and cookie-free, until revoked", async ({ page, browser }) => {
  await signIn(page, accounts.author);
  await page.goto("/dashboard/beitraege/neu");
  const title = unique("Geteilter Entwurf");
  await ui(page).getByLabel("Titel").fill(title);
  await ui(page).getByLabel("Text (Markdown)").fill("Erste Fassung zum Teilen.");
  await expect(page).toHaveURL(/\/dashboard\/beitraege\/\d+$/);
  await expect(ui(page).getByTestId("speicherstatus")).toContainText(/Gespeichert \d/);

  const share = page.locator("main:visible").getByTestId("vorschau-link");
  await share.getByRole("button", { name: "Vorschau-Link erstellen" }).press("Enter");
  await expect(share.getByRole("status")).toHaveText("Vorschau-Link erstellt.");
  const field = share.getByRole("textbox", { name: "Vorschau-Link", exact: true });
  await expect(field).toHaveValue(/\/geteilt\/\d+\.\d+\.[\w-]{43}$/);
  await expect(field).toHaveAccessibleDescription(/Gültig bis/);
  await expectAccessible(page);
  const path = new URL(await field.inputValue()).pathname;

  const stranger = await browser.newContext();
  const visitor = await stranger.newPage();
  const response = await visitor.goto(path);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["x-robots-tag"]).toContain("noindex");
  await expect(visitor.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(visitor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(visitor.getByText("Erste Fassung zum Teilen.")).toBeVisible();
  await expect(visitor.getByRole("status")).toContainText("Vorschau");
  expect(await stranger.cookies()).toEqual([]);
  await expectAccessible(visitor);

  // The link shows the draft as it is now.
  await ui(page).getByLabel("Text (Markdown)").fill("Zweite Fassung zum Teilen.");
  await ui(page).getByRole("button", { name: "Entwurf speichern" }).click();
  await expect(ui(page).getByTestId("speicherstatus")).toContainText(/Gespeichert \d/);
  await visitor.reload();
  await expect(visitor.getByText("Zweite Fassung zum Teilen.")).toBeVisible();

  // A changed character, and then the revoked link itself, find nothing.
  const tampered = path.replace(/.$/, (c) => (c === "A" ? "B" : "A"));
  expect((await visitor.request.get(tampered)).status()).toBe(404);
  await share.getByRole("button", { name: "Vorschau-Link widerrufen" }).click();
  await expect(share.getByRole("status")).toHaveText("Vorschau-Link widerrufen: Er führt ab sofort ins Leere.");
  await expect(field).toHaveCount(0);
  const gone = await visitor.goto(path);
  expect(gone?.status()).toBe(404);
  await expect(visitor.getByText("Dieser Vorschau-Link gilt nicht (mehr)")).toBeVisible();
  expect(await stranger.cookies()).toEqual([]);
  await stranger.close();
});
