import { expect, test } from "./support/test";
import { expectAccessible, expectNoCookies, watchRequests } from "./support/checks";
import { e2eFixtures } from "./support/fixture-posts";

const searchField = "Beiträge durchsuchen";

test("a reader without JavaScript searches from the header, sees highlighted hits and pages on", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  const requests = watchRequests(page, baseURL!);

  await page.goto("/kategorie/interviews");
  await page.getByRole("searchbox", { name: searchField }).fill("Behörden");
  await page.getByRole("button", { name: "Suchen" }).click();

  await expect(page).toHaveURL(/\/suche\?q=Beh%C3%B6rden$/);
  await expect(page).toHaveTitle("Suche – Amtsblatt digital");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Suche nach „Behörden“");
  await expect(page.getByRole("searchbox", { name: searchField })).toHaveValue("Behörden");
  await expect(page.getByText(/^\d+ Treffer für „Behörden“ · Seite 1 von \d+$/)).toBeVisible();

  const hits = page.getByRole("list", { name: "Suchergebnisse" }).getByRole("listitem");
  await expect(hits).toHaveCount(10);
  // Stemming: „Behörden“ also finds „Behörde“, and each hit shows where it matched.
  await expect(page.locator("main mark").first()).toBeVisible();
  await expect(page.locator("main mark").filter({ hasText: /^Behörde$/ }).first()).toBeVisible();
  await expect(hits.first().locator("time")).toBeVisible();

  await page.getByRole("link", { name: "Weitere Treffer" }).click();
  await expect(page).toHaveURL(/\/suche\?q=Beh%C3%B6rden&seite=2$/);
  await expect(page.getByText(/· Seite 2 von \d+$/)).toBeVisible();

  await hits.first().getByRole("heading", { level: 2 }).getByRole("link").click();
  await expect(page).toHaveURL(/\/artikel\//);
  expect(requests.foreign()).toEqual([]);
  await expectNoCookies(page);
  await context.close();
});

test("with JavaScript: a typo gets „Meinten Sie …?“, and nothing found shows help and the categories", async ({ page }) => {
  await page.goto("/");
  const field = page.getByRole("searchbox", { name: searchField });
  await field.fill("Instgram Behrden");
  await field.press("Enter");
  await expect(page).toHaveURL(/\/suche\?q=Instgram\+Behrden$/);
  await expect(page.getByText("Zu „Instgram Behrden“ haben wir keinen Beitrag gefunden.")).toBeVisible();
  const suggestion = page.getByRole("link", { name: "„Instagram Behörden“" });
  await expect(suggestion).toBeVisible();
  await expectAccessible(page);

  await suggestion.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Suche nach „Instagram Behörden“");
  const hits = page.getByRole("list", { name: "Suchergebnisse" });
  await expect(hits.getByRole("link", { name: "Instagram Stories für Behörden: So gelingt der Einstieg" })).toBeVisible();
  await expect(hits.locator("mark").first()).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("searchbox", { name: searchField }).fill("Quastenflosser");
  await page.getByRole("searchbox", { name: searchField }).press("Enter");
  await expect(page.getByText("Zu „Quastenflosser“ haben wir keinen Beitrag gefunden.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Tipps für die Suche" })).toBeVisible();
  await page.locator("main:visible").getByRole("link", { name: "Interviews" }).click();
  await expect(page).toHaveURL(/\/kategorie\/interviews$/);
});

test("phrases and exclusions work from the address bar", async ({ page }) => {
  await page.goto(`/suche?q=${encodeURIComponent('"Instagram Stories" -Einstieg')}`);
  await expect(page.getByRole("link", { name: "Instagram Stories für Behörden: So gelingt der Einstieg" })).toHaveCount(0);
  await page.goto(`/suche?q=${encodeURIComponent('"Stories Instagram"')}`);
  await expect(page.getByText(/haben wir keinen Beitrag gefunden|Treffer für/)).toBeVisible();
});

test("drafts and scheduled posts are never found", async ({ request }) => {
  const cases = [
    { q: "Unveröffentlichter Entwurf", hidden: e2eFixtures.draftSlug },
    { q: "Neue Plattformen prüfen Checkliste", hidden: "neue-plattformen-pruefen-checkliste" },
    { q: "Untertitel Videos Praxis", hidden: "untertitel-fuer-videos-in-der-praxis" },
  ];
  for (const { q, hidden } of cases) {
    const response = await request.get(`/suche?q=${encodeURIComponent(q)}`);
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).not.toContain(`/artikel/${hidden}`);
  }
});

test("hostile and odd queries get a normal page, never an error", async ({ request }) => {
  const queries = [
    "q=",
    "",
    "q=%20%20%20",
    `q=${encodeURIComponent("die und der")}`,
    `q=${encodeURIComponent("x".repeat(2000))}`,
    `q=${encodeURIComponent("' & | ! : * ( )")}`,
    `q=${encodeURIComponent("Instagram' & | ! : * ( ) \\")}`,
    `q=${encodeURIComponent("'; drop table posts; --")}`,
    `q=${encodeURIComponent("😀🎉 Instagram 🚀")}`,
    `q=${encodeURIComponent("שלום עולם")}`,
    `q=${encodeURIComponent("‏مرحبا‎ Behörde")}`,
    `q=${encodeURIComponent("<script>alert(1)</script>")}`,
    "q=Instagram&q=Facebook",
    "q=Instagram&seite=999",
    "q=Instagram&seite=abc",
    "q=Instagram&seite=-1",
    "q=%00%01",
    "q=%E0%A4%A",
  ];
  for (const query of queries) {
    const response = await request.get(`/suche?${query}`);
    expect(response.status(), query).toBe(200);
    const html = await response.text();
    expect(html, query).toContain("<h1");
    expect(html, query).not.toContain("<script>alert(1)</script>");
  }
  const pastEnd = await (await request.get("/suche?q=Instagram&seite=999")).text();
  expect(pastEnd).toContain("Eine Seite 999 gibt es für diese Suche nicht");
  const twice = await (await request.get("/suche?q=Instagram&q=Facebook")).text();
  expect(twice).toContain("Suche nach „Instagram“");
});
