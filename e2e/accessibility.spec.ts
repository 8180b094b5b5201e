import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./support/test";
import { accounts, DEMO_PASSWORD, FIRST_SAVE_MS } from "./support/dashboard";

// axe-core (WCAG 2.0/2.1 A and AA) on every page type of the dashboard and of the reader site, with a summary per
// page type written to test-results/axe/<group>.json (and attached to the report).

type Row = { type: string; url: string; violations: number; rules: string[] };

async function audit(page: Page, rows: Row[], type: string): Promise<void> {
  await page.waitForLoadState("networkidle");
  // After a server action the refreshed route's <title> is put back a moment later; a page that never gets one fails here.
  await page.waitForFunction(() => document.title.trim() !== "", undefined, { timeout: 5000 });
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const url = new URL(page.url());
  rows.push({
    type,
    url: url.pathname + url.search,
    violations: results.violations.length,
    rules: results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ")}`),
  });
}

async function report(group: string, rows: Row[]): Promise<void> {
  const dir = path.resolve("test-results", "axe");
  mkdirSync(dir, { recursive: true });
  const body = JSON.stringify(rows, null, 2);
  writeFileSync(path.join(dir, `${group}.json`), body);
  await test.info().attach(`axe-${group}.json`, { body, contentType: "application/json" });
  console.log(rows.map((row) => `${row.type} | ${row.url} | ${row.violations}`).join("\n"));
  expect(rows.filter((row) => row.violations > 0)).toEqual([]);
}

function view(page: Page, name: string) {
  return page.locator(`[data-view="${name}"]:visible`);
}

test("every dashboard page type has no axe violations", async ({ page, request }) => {
  // About 30 dashboard states, each with an axe run of a few seconds; in CI it shares 2 cores with another worker
  // and reached the footer-links screen, near the end, at 180 s.
  test.setTimeout(360_000);
  const rows: Row[] = [];
  const suffix = Date.now().toString(36);

  // A message for the feedback list, sent as a reader would.
  await request.post("/barriere-melden/senden", {
    form: { message: `Axe-Probe ${suffix}`, pageUrl: "/", name: "", email: "", website: "" },
    headers: { "x-forwarded-for": "198.51.100.41" },
    maxRedirects: 0,
  });

  await page.goto("/anmelden");
  await audit(page, rows, "sign-in");
  await page.getByLabel("E-Mail-Adresse").fill(accounts.admin);
  await page.getByLabel("Passwort").fill("falsches-passwort");
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByText("E-Mail-Adresse oder Passwort stimmen nicht.")).toBeVisible();
  await audit(page, rows, "sign-in, wrong password");
  await page.getByLabel("Passwort").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).toHaveURL(/\/dashboard\/beitraege$/);
  await audit(page, rows, "post list");

  const basics = await page.locator("main:visible select[name=kategorie] option", { hasText: "Basics" }).getAttribute("value");
  await page.goto(`/dashboard/beitraege?status=veroeffentlicht&kategorie=${basics}&q=Instagram`);
  await audit(page, rows, "post list with filters");

  await page.goto("/dashboard/beitraege/neu");
  await audit(page, rows, "post editor, new");
  const editor = view(page, "editor");
  await editor.getByLabel("Text (Markdown)").fill("Erste Fassung für die Prüfung.");
  await editor.getByLabel("Erste Kategorie (Pflicht)").selectOption({ label: "Basics" });
  await editor.getByLabel("Titel").fill(`Barrierefreiheitsprüfung ${suffix}`);
  await expect(page).toHaveURL(/\/dashboard\/beitraege\/\d+$/, { timeout: FIRST_SAVE_MS });
  const postPath = new URL(page.url()).pathname;
  await view(page, "editor").getByRole("button", { name: "Jetzt veröffentlichen" }).click();
  await expect(view(page, "editor").getByTestId("speicherstatus")).toContainText("Veröffentlicht");
  await view(page, "editor").getByLabel("Text (Markdown)").fill("Zweite Fassung für die Prüfung.");
  await view(page, "editor").getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(view(page, "editor").getByTestId("speicherstatus")).toContainText(/Gespeichert/);
  await audit(page, rows, "post editor, existing");

  await view(page, "editor").getByLabel("Titel").fill("");
  await view(page, "editor").getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(view(page, "editor").getByText("Bitte geben Sie einen Titel ein.")).toBeVisible();
  await audit(page, rows, "post editor, field errors");

  await page.goto(`${postPath}/versionen`);
  await expect(view(page, "versionen").getByTestId("unterschiede").locator("ins")).toContainText(["Zweite"]);
  await audit(page, rows, "post revisions with diff");

  await page.goto(`/vorschau/${postPath.split("/").pop()}`);
  await audit(page, rows, "preview");

  await page.goto("/dashboard/kategorien");
  await audit(page, rows, "categories and series");

  await page.goto("/dashboard/schlagwoerter");
  await audit(page, rows, "tags");

  await page.goto("/dashboard/benutzer");
  await audit(page, rows, "users");

  await page.goto("/dashboard/medien");
  await audit(page, rows, "media library");
  await page.goto("/dashboard/medien?art=dokumente");
  await audit(page, rows, "media library, filtered");

  await page.goto("/dashboard/seiten");
  await audit(page, rows, "pages list");
  const create = view(page, "seiten").getByRole("form", { name: "Neue Seite" });
  const pageTitle = `Prüfseite ${suffix}`;
  await create.getByLabel("Titel").fill(pageTitle);
  await create.getByLabel("Text (Markdown)").fill("Erste Fassung.");
  await create.getByRole("button", { name: "Neue Seite" }).click();
  await expect(create.getByRole("status")).toHaveText("Seite angelegt.");
  await view(page, "seiten").getByRole("link", { name: pageTitle, exact: true }).click();
  await expect(view(page, "seite").getByLabel("Titel")).toHaveValue(pageTitle);
  await view(page, "seite").getByLabel("Text (Markdown)").fill("Zweite Fassung.");
  await view(page, "seite").getByRole("button", { name: "Seite speichern" }).click();
  await expect(view(page, "seite").getByRole("status").filter({ hasText: "Seite gespeichert." })).toBeVisible();
  await audit(page, rows, "page editor");
  await view(page, "seite").getByRole("link", { name: "Versionen" }).click();
  await expect(view(page, "versionen").getByTestId("unterschiede").locator("ins")).toContainText(["Zweite"]);
  await audit(page, rows, "page revisions with diff");

  await page.goto("/dashboard/rechtliches");
  await audit(page, rows, "legal: Impressum and Barrierefreiheit editors");

  await page.goto("/dashboard/rueckmeldungen");
  await expect(view(page, "rueckmeldungen").getByText(`Axe-Probe ${suffix}`)).toBeVisible();
  await audit(page, rows, "feedback list (each message in full)");
  await page.goto("/dashboard/rueckmeldungen?status=neu");
  await audit(page, rows, "feedback list, filtered");

  await page.goto("/dashboard/fusszeile");
  await audit(page, rows, "footer navigation");
  const add = view(page, "fusszeile").getByRole("form", { name: "Link hinzufügen" });
  await add.getByLabel("Linktext").fill("X");
  await add.getByLabel("Pfad", { exact: true }).fill("javascript:alert(1)");
  await add.getByRole("button", { name: "Link hinzufügen" }).click();
  await expect(add.getByRole("alert")).toBeVisible();
  await audit(page, rows, "footer navigation, field errors");

  await page.goto("/dashboard/seiten/999999999");
  await expect(page.getByText("Seite nicht gefunden")).toBeVisible();
  await audit(page, rows, "dashboard not found");

  await report("dashboard", rows);
});

test("every public page type has no axe violations", async ({ page }) => {
  // 23 public page types; a helper saw 120 s run out at a load average of 15.
  test.setTimeout(300_000);
  const rows: Row[] = [];
  const pages: [string, string][] = [
    ["start page", "/"],
    ["list page 2", "/seite/2"],
    ["article", "/artikel/willkommen-bei-amtsblatt-digital"],
    ["article with embeds", "/artikel/instagram-stories-fuer-behoerden"],
    ["article in a series", "/artikel/fediverse-im-landratsamt-5-fragen-an-jonas-terhaar"],
    ["category", "/kategorie/basics"],
    ["category page 2", "/kategorie/basics/seite/2"],
    ["parent category", "/kategorie/rechtliches"],
    ["subcategory", "/kategorie/urheberrecht"],
    ["tag", "/schlagwort/video"],
    ["author", "/autor/jana-wiesner"],
    ["series", "/serie/fuenf-fragen-an"],
    ["search results", "/suche?q=Instagram"],
    ["search, nothing found", "/suche?q=Zzyzxwq"],
    ["search, no query", "/suche"],
    ["Impressum", "/impressum"],
    ["Datenschutz", "/datenschutz"],
    ["Barrierefreiheit", "/barrierefreiheit"],
    ["Leichte Sprache", "/leichte-sprache"],
    ["Barriere melden", "/barriere-melden"],
    ["not found", "/gibt-es-nicht"],
    ["bad address (400)", "/artikel/%E0%A4%A"],
  ];
  for (const [type, url] of pages) {
    await page.goto(url);
    await audit(page, rows, type);
  }
  await page.goto("/barriere-melden");
  await page.getByLabel(/Ihre E-Mail-Adresse/).fill("kaputt@");
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "198.51.100.42" });
  await page.getByRole("button", { name: "Nachricht senden" }).click();
  await expect(page.getByTestId("feedback-result")).toContainText("Bitte prüfen Sie die markierten Felder");
  await audit(page, rows, "Barriere melden, field errors");
  await report("public", rows);
});
