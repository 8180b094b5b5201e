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
