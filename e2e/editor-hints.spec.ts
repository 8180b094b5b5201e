import { expect, test } from "./support/test";
import { accounts, FIRST_SAVE_MS, signIn } from "./support/dashboard";
import { expectAccessible } from "./support/checks";

test("the editor warns about a skipped heading level and an image without alt text while writing", async ({ page }) => {
  await signIn(page, accounts.editor);
  await page.goto("/dashboard/beitraege/neu");
  const ui = page.locator("[data-view]:visible");
  const hints = ui.getByTestId("barrierefreiheit-hinweise");
  await ui.getByLabel("Text (Markdown)").fill("## Einstieg\n\n#### Zu tief\n\n![](/covers/rathaus.svg)");
  // Text alone is autosaved, and the first save hands over to the post's own page: typing on before that lands in
  // the page being replaced.
  await expect(page).toHaveURL(/\/dashboard\/beitraege\/\d+$/, { timeout: FIRST_SAVE_MS });
  await expect(hints).toContainText("springt von Ebene 2 auf Ebene 4");
  await expect(hints).toContainText("Dem Bild /covers/rathaus.svg fehlt der Alternativtext");
  await expectAccessible(page);
  await ui.getByLabel("Text (Markdown)").fill("## Einstieg\n\n### Richtig\n\n![Das Rathaus am Markt](/covers/rathaus.svg)");
  await expect(hints).toBeEmpty();
});
