import { readFileSync } from "node:fs";
import { expect, test } from "./support/test";
import { e2eFixtures } from "./support/fixture-posts";

test("hostile Markdown reaches readers as harmless text", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`/artikel/${e2eFixtures.hostileSlug}`);
  const body = page.locator("main:visible .prose");
  await expect(body.getByRole("heading", { name: "Harmlose Überschrift" })).toBeVisible();
  await expect(body.getByText("Betonung")).toBeVisible();
  expect(await body.locator("script, [onerror], [onclick], a[href^='javascript:']").count()).toBe(0);
  await body.getByText("Gefährlicher Link").click();
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test("drafts stay invisible in lists and at their address", async ({ page, request }) => {
  expect((await request.get(`/artikel/${e2eFixtures.draftSlug}`)).status()).toBe(404);
  await page.goto("/kategorie/allgemein");
  await expect(page.getByText("Unveröffentlichter Entwurf für Tests")).toHaveCount(0);
});

test("a scheduled post appears by itself once it is due", async ({ page, request }) => {
  test.setTimeout(150_000);
  const { scheduledDueAt } = JSON.parse(readFileSync(".data/e2e/fixtures.json", "utf8")) as { scheduledDueAt: string };
  const dueAt = new Date(scheduledDueAt).getTime();
  const path = `/artikel/${e2eFixtures.scheduledSlug}`;

  if (Date.now() < dueAt - 2000) {
    expect((await request.get(path)).status()).toBe(404);
    await page.goto("/");
    await expect(page.getByText(e2eFixtures.scheduledTitle)).toHaveCount(0);
  }

  // The front page is asked again until the post is on it: the due time was fixed when the server started, and cached
  // pages are refreshed in the background once it has passed, so the wait is bounded by both.
  const refresh = 30_000;
  await expect(async () => {
    await page.goto("/");
    // Other tests publish at the same time, so the post need not be the newest; it must be on the front page.
    await expect(page.locator("main:visible").getByRole("heading", { name: e2eFixtures.scheduledTitle })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: Math.max(0, dueAt - Date.now()) + refresh, intervals: [1000, 2000] });
  expect(Date.now(), "shown only once it was due").toBeGreaterThanOrEqual(dueAt);
  await expect(async () => {
    expect((await request.get(path)).status()).toBe(200);
  }).toPass({ timeout: refresh, intervals: [500, 1000] });
});
