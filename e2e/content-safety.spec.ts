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
  await page.waitForTimeout(Math.max(0, dueAt - Date.now()));

  // Cached pages are refreshed in the background once the due time has passed: a reload or two later it is there.
  await expect(async () => {
    await page.goto("/");
    // Other tests publish at the same time, so the post need not be the newest; it must be on the front page.
    await expect(page.locator("main:visible").getByRole("heading", { name: e2eFixtures.scheduledTitle })).toBeVisible();
  }).toPass({ timeout: 30_000, intervals: [500, 1000] });
  await expect(async () => {
    expect((await request.get(path)).status()).toBe(200);
  }).toPass({ timeout: 30_000, intervals: [500, 1000] });
});
