// Signing in through the real form, as an editor would.
import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD, demoAdmin } from "../../scripts/demo-content/site";

export const accounts = {
  admin: demoAdmin.email,
  editor: "jana.wiesner@amtsblatt-digital.example",
  author: "tobias.brandt@amtsblatt-digital.example",
};

export { DEMO_PASSWORD };

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/anmelden");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill(password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  // Checking the password (argon2) and the redirect chain take several seconds when the shared cores are busy.
  await expect(page).toHaveURL(/\/dashboard\/beitraege/, { timeout: 20_000 });
}

/**
 * How long a new post's first autosave may take to hand over to the post's own page: 1.5 s after the last keystroke,
 * then a save and a page load, which on busy shared cores has taken more than Playwright's default 5 s.
 */
export const FIRST_SAVE_MS = 20_000;

/** The visible page: Next keeps the previous route mounted but hidden after client navigation. */
export function ui(page: Page) {
  return page.locator("[data-view]:visible");
}

/** A new post with its text, the first category and a title, once its first save has moved to the post's own page. */
export async function newPost(page: Page, title: string, body = "Erster Absatz."): Promise<void> {
  await page.goto("/dashboard/beitraege/neu");
  await ui(page).getByLabel("Text (Markdown)").fill(body);
  await ui(page).getByLabel("Erste Kategorie (Pflicht)").selectOption({ label: "Basics" });
  await ui(page).getByLabel("Titel").fill(title);
  await expect(page).toHaveURL(/\/dashboard\/beitraege\/\d+$/, { timeout: FIRST_SAVE_MS });
  await expect(ui(page).getByLabel("Titel")).toHaveValue(title);
}

/**
 * A `datetime-local` value in Berlin time, to the second. Chromium writes a whole minute without `:00`, and
 * Playwright's fill rejects a value the field does not keep exactly as given, so a due time that fell on a whole
 * minute used to fail the test once in 60 runs.
 */
export function berlinDateTimeLocal(date: Date): string {
  const local = new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
  }).format(date).replace(" ", "T");
  return local.endsWith(":00") ? local.slice(0, -3) : local;
}
