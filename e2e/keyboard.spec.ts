import { expect, test, type Page } from "./support/test";
import { accounts, DEMO_PASSWORD, FIRST_SAVE_MS } from "./support/dashboard";

// Journeys done with the keyboard alone: Tab, Shift+Tab, Enter, Space, arrow keys and typing. No clicks, no fill.
// Every element that receives focus on the way must show it.

type Focused = { tag: string; id: string; text: string; name: string; label: string; href: string; outline: string; visible: boolean };

async function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const labelled = (el as HTMLInputElement).labels?.[0]?.textContent ?? "";
    const rect = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      text: (el.textContent ?? "").replace(/\s+/g, " ").trim(),
      name: el.getAttribute("name") ?? "",
      href: el.getAttribute("href") ?? "",
      label: (el.getAttribute("aria-label") ?? labelled).replace(/\s+/g, " ").trim(),
      outline: style.outlineStyle === "none" || style.outlineWidth === "0px" ? "none" : style.outlineStyle,
      visible: rect.width > 0 && rect.height > 0 && style.visibility !== "hidden",
    };
  });
}

/** Presses Tab until the focused element matches; fails if it never does, or if focus on the way was invisible. */
async function tabTo(page: Page, matches: (el: Focused) => boolean, what: string, max = 150): Promise<void> {
  const unseen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    let el = await focused(page);
    if (!el) continue;
    if (!el.visible) {
      // The new post's page takes over from the new-post page after the first autosave, whenever that falls: for a
      // moment the focus is on the hidden old page, until the new one puts it back. Only a lasting loss counts.
      await page.waitForFunction(() => (document.activeElement?.getBoundingClientRect().width ?? 0) > 0, null, { timeout: 3000 }).catch(() => undefined);
      el = await focused(page);
      if (!el) continue;
    }
    if (el.outline === "none" || !el.visible) unseen.push(`${el.tag}#${el.id} ${el.text || el.label}`.slice(0, 80));
    if (matches(el)) {
      expect(unseen, `focus not visible on the way to ${what}`).toEqual([]);
      return;
    }
  }
  throw new Error(`Tab never reached ${what}`);
}

test("an editor signs in, writes a post and publishes it with the keyboard alone; readers then see it", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const title = `Tastatur statt Maus ${Date.now().toString(36)}`;
  await page.goto("/anmelden");
  await tabTo(page, (el) => el.id === "email", "the e-mail field");
  await page.keyboard.type(accounts.editor);
  await tabTo(page, (el) => el.id === "password", "the password field");
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/dashboard\/beitraege$/);

  await tabTo(page, (el) => el.tag === "a" && el.text === "Neuer Beitrag", "the link to a new post");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/dashboard\/beitraege\/neu$/);
  const editor = page.locator('[data-view="editor"]:visible');
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText("Neuer Beitrag");

  await tabTo(page, (el) => el.id === "titel", "the title");
  await page.keyboard.type(title);
  await tabTo(page, (el) => el.id === "kurzfassung", "the excerpt");
  await page.keyboard.type("Ein Beitrag, nur mit der Tastatur geschrieben.");
  await tabTo(page, (el) => el.id === "text", "the body");
  await page.keyboard.type("## Ohne Maus\n\nJede Funktion der Redaktion ist mit der Tastatur erreichbar.");
  // Back to the categories: Shift+Tab walks backwards through the form.
  for (let i = 0; i < 40; i++) {
    const el = await focused(page);
    if (el?.id === "kategorie-1") break;
    await page.keyboard.press("Shift+Tab");
  }
  expect((await focused(page))?.id).toBe("kategorie-1");
  // A closed select takes the first letters of an option.
  await page.keyboard.type("Basics");
  await expect(editor.getByLabel("Erste Kategorie (Pflicht)")).toHaveValue(/\d+/);
  await expect(editor.getByLabel("Erste Kategorie (Pflicht)").locator("option:checked")).toHaveText("Basics");

  // The first autosave creates the post; its own page takes over with the focus where it was.
  await expect(page).toHaveURL(/\/dashboard\/beitraege\/\d+$/, { timeout: FIRST_SAVE_MS });
  await expect(page.locator('[data-view="editor"]:visible').getByTestId("speicherstatus")).toContainText("Entwurf");
  await expect.poll(async () => (await focused(page))?.id).toBe("kategorie-1");
  await expect(page.locator('[data-view="editor"]:visible').getByLabel("Text (Markdown)")).toHaveValue(/Jede Funktion der Redaktion/);

  await tabTo(page, (el) => el.tag === "button" && el.text === "Jetzt veröffentlichen", "the publish button");
  await page.keyboard.press("Space");
  const after = page.locator('[data-view="editor"]:visible');
  // An autosave of what was typed during the hand-over may still travel; the publishing follows it.
  await expect(after.getByRole("status").filter({ hasText: "Veröffentlicht." })).toBeVisible({ timeout: 20_000 });
  await expect(after.getByTestId("speicherstatus")).toContainText("Veröffentlicht");
  const slug = await after.getByLabel("Adresse (Slug)").inputValue();

  const reader = await (await browser.newContext()).newPage();
  const response = await reader.goto(`/artikel/${slug}`);
  expect(response?.status()).toBe(200);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(reader.getByRole("heading", { level: 2, name: "Ohne Maus" })).toBeVisible();
  await reader.context().close();
});

test("a reader reads an article, searches and reports a barrier with the keyboard alone", async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "198.51.100.31" });
  await page.goto("/");
  await page.keyboard.press("Tab");
  expect((await focused(page))?.text).toBe("Zum Inhalt springen");
  await page.keyboard.press("Enter");
  await tabTo(page, (el) => el.tag === "a" && el.text.startsWith("Weiterlesen „"), "the first article's link");
  const link = (await focused(page))!.text;
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(link.replace(/^Weiterlesen „|“$/g, ""));

  // After following a link, the next Tab starts at the top of the new page: skip link, site name, search field.
  await tabTo(page, (el) => el.tag === "input" && el.name === "q", "the search field");
  await page.keyboard.type("Instagram");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/suche\?q=Instagram$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Instagram");
  await tabTo(page, (el) => el.tag === "a" && el.href.startsWith("/artikel/"), "the first search result");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/artikel\//);

  await tabTo(page, (el) => el.tag === "a" && el.text === "Barriere melden", "„Barriere melden“ in the footer", 250);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Barriere melden" })).toBeVisible();
  await expect(page.getByLabel(/Auf welcher Seite/)).toHaveValue(/^\/artikel\//);
  await tabTo(page, (el) => el.id === "feedback-message", "the message field");
  await page.keyboard.type("Mit der Tastatur: Alles erreichbar, danke.");
  await tabTo(page, (el) => el.tag === "button" && el.text === "Nachricht senden", "the send button");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("feedback-result")).toContainText("Vielen Dank");
});
