import { expect, test } from "./support/test";
import { accounts, DEMO_PASSWORD, FIRST_SAVE_MS, signIn } from "./support/dashboard";
import { e2eFixtures } from "./support/fixture-posts";
import { expectAccessible } from "./support/checks";

test("signed-out visitors are sent to the sign-in page, which keeps the e-mail after a wrong password", async ({ page }) => {
  await page.goto("/dashboard/beitraege");
  await expect(page).toHaveURL(/\/anmelden\?callbackUrl=%2Fdashboard%2Fbeitraege$/);
  await expect(page.getByRole("heading", { level: 1, name: "Anmelden" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("E-Mail-Adresse").fill(accounts.editor);
  await page.getByLabel("Passwort").fill("falsches-passwort");
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByText("E-Mail-Adresse oder Passwort stimmen nicht.")).toBeVisible();
  await expect(page.getByLabel("E-Mail-Adresse")).toHaveValue(accounts.editor);

  await page.getByLabel("Passwort").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).toHaveURL(/\/dashboard\/beitraege$/);
  await expect(page.getByRole("heading", { level: 1, name: "Beiträge" })).toBeVisible();
  await expect(page.getByText("Angemeldet als Jana Wiesner")).toBeVisible();
  const session = (await page.context().cookies()).find((cookie) => cookie.name === "authjs.session-token");
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  await expectAccessible(page);

  await page.getByRole("button", { name: "Abmelden" }).click();
  await expect(page).toHaveURL(/\/anmelden/);
  await page.goto("/dashboard/beitraege");
  await expect(page).toHaveURL(/\/anmelden/);
});

test("after sign-in only paths on this site are followed", async ({ page }) => {
  await page.goto("/anmelden?callbackUrl=https%3A%2F%2Fevil.example%2F");
  await page.getByLabel("E-Mail-Adresse").fill(accounts.admin);
  await page.getByLabel("Passwort").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/dashboard\/beitraege$/, { timeout: 20_000 });
});

test("repeated wrong passwords slow sign-in down with a message saying so", async ({ page }) => {
  await page.goto("/anmelden");
  // Each failure doubles the wait before this address may try again (1 s, 2 s, …): quick guesses soon meet it.
  const throttled = page.getByText(/Zu viele Fehlversuche/);
  for (let attempt = 0; attempt < 10 && !(await throttled.isVisible()); attempt++) {
    await page.getByLabel("E-Mail-Adresse").fill(e2eFixtures.throttledEmail);
    await page.getByLabel("Passwort").fill(`falsch-${attempt}`);
    await page.getByRole("button", { name: "Anmelden" }).click();
    await expect(page.getByText(/E-Mail-Adresse oder Passwort stimmen nicht\.|Zu viele Fehlversuche/)).toBeVisible();
  }
  await expect(throttled).toBeVisible();
  await expect(page).toHaveURL(/\/anmelden/);
});

test("the credentials endpoint works for scripts", async ({ request }) => {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: accounts.author, password: DEMO_PASSWORD, callbackUrl: "/dashboard" },
  });
  expect(response.ok()).toBe(true);
  const session = (await (await request.get("/api/auth/session")).json()) as { user?: { name?: string } };
  expect(session.user?.name).toBe("Tobias Brandt");
});

test("an author sees only their own posts and cannot publish", async ({ page }) => {
  await signIn(page, accounts.author);
  const rows = page.getByRole("row");
  await expect(rows.nth(1)).toBeVisible();
  // The author column, wherever the list puts it (a selection column comes first when bulk actions are offered).
  const headers = await page.locator("main:visible thead th").allTextContents();
  const column = headers.findIndex((text) => text.trim() === "Autorin/Autor") + 1;
  expect(column).toBeGreaterThan(0);
  const authors = await page.locator(`main:visible tbody tr td:nth-child(${column})`).allTextContents();
  expect(new Set(authors)).toEqual(new Set(["Tobias Brandt"]));
  await page.getByRole("link", { name: "Neuer Beitrag" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Neuer Beitrag" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Jetzt veröffentlichen" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Planen" })).toHaveCount(0);
  await expectAccessible(page);
});

test("the preview of an unpublished post needs a signed-in user", async ({ page, browser }) => {
  await signIn(page, accounts.editor);
  await page.getByRole("combobox", { name: "Status" }).selectOption("entwurf");
  await page.getByRole("button", { name: "Anwenden" }).click();
  await expect(page).toHaveURL(/status=entwurf/);
  await page.locator("main:visible tbody a").first().click();
  await expect(page).toHaveURL(/beitraege\/\d+$/, { timeout: FIRST_SAVE_MS });
  const id = page.url().match(/beitraege\/(\d+)/)![1];
  await page.goto(`/vorschau/${id}`);
  await expect(page.getByText("Vorschau – nur für angemeldete Redaktionsmitglieder sichtbar.")).toBeVisible();

  const stranger = await browser.newContext();
  const anonymous = await stranger.newPage();
  await anonymous.goto(`/vorschau/${id}`);
  await expect(anonymous).toHaveURL(/\/anmelden/);
  await stranger.close();
});
