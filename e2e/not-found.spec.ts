import { expect, test } from "./support/test";
import { e2eFixtures } from "./support/fixture-posts";
import { expectAccessible } from "./support/checks";

const missing = [
  "/gibt-es-nicht",
  "/artikel/unbekannter-beitrag",
  "/artikel/Gross-Geschrieben",
  `/artikel/${"a".repeat(300)}`,
  "/artikel/%00",
  "/artikel/..%2F..%2Fetc%2Fpasswd",
  `/artikel/${e2eFixtures.draftSlug}`,
  "/seite/0",
  "/seite/-1",
  "/seite/abc",
  "/seite/99999",
  "/seite/1.5",
  "/kategorie/unbekannt",
  "/kategorie/basics/seite/999",
  "/kategorie/basics/seite/abc",
  "/autor/niemand",
  "/autor/jana-wiesner/seite/0",
  "/serie/unbekannt",
];

for (const path of missing) {
  test(`${path.slice(0, 60)} answers 404 with the German not-found page`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(404);
    expect(await response.text()).toContain("Seite nicht gefunden");
  });
}

test("/seite/1 redirects to the front page, which has no twin", async ({ request }) => {
  const response = await request.get("/seite/1", { maxRedirects: 0 });
  expect([301, 308]).toContain(response.status());
  expect(response.headers()["location"]).toBe("/");
  const category = await request.get("/kategorie/basics/seite/1", { maxRedirects: 0 });
  expect(category.headers()["location"]).toBe("/kategorie/basics");
});

test("the not-found page is accessible and leads back home", async ({ page }) => {
  const response = await page.goto("/artikel/unbekannter-beitrag");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Zur Startseite" }).click();
  await expect(page.locator("main:visible article").first()).toBeVisible();
});
