// Every old address keeps working: a WordPress export is imported into a fresh database by the command line, a
// production server starts on it, and the old site's addresses answer 301 to Blattwerk's pages with the right content
// and images. Then an editor manages redirects and reads the 404 log by keyboard alone.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { expectAccessible } from "./support/checks";

// Beside the suite's own server (E2E_PORT) and the WordPress import spec's (+1000).
const port = Number(process.env.E2E_PORT ?? 3100) + 2000;
const origin = `http://127.0.0.1:${port}`;
const dataRoot = path.resolve(".data/e2e-redirects");
const exportFile = path.join(dataRoot, "musterhausen.xml");
const editor = { email: "umzug.redaktion@example.org", password: "Umzug-Passwort-2026!" };
let server: ChildProcess | null = null;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  rmSync(dataRoot, { recursive: true, force: true });
  mkdirSync(dataRoot, { recursive: true });
  copyFileSync("lib/wordpress/fixtures/musterhausen.xml", exportFile);
  const env = { ...process.env, DATABASE_URL: "", DATA_DIR: dataRoot, UPLOAD_DIR: path.join(dataRoot, "uploads"), NEXT_TELEMETRY_DISABLED: "1" };
  const imported = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/import-wordpress.ts", exportFile, "--uploads", "lib/wordpress/fixtures/uploads"], { env, encoding: "utf8" });
  expect(imported.status, imported.stderr).toBe(0);
  const user = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/user-create.ts", "--email", editor.email, "--name", "Umzug Redaktion", "--role", "editor"], {
    env,
    encoding: "utf8",
    input: `${editor.password}\n`,
  });
  expect(user.status, user.stderr).toBe(0);
  server = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...env, SITE_URL: origin, AUTH_SECRET: randomBytes(32).toString("base64url") },
    stdio: "ignore",
    detached: true,
  });
  await expect.poll(async () => (await fetch(origin).catch(() => null))?.status ?? 0, { timeout: 180_000, intervals: [250, 500, 1000] }).toBe(200);
});

test.afterAll(() => {
  // npx leaves next-server running when only it is killed: end the whole process group.
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
});

async function movedTo(request: APIRequestContext, oldPath: string): Promise<string> {
  const response = await request.get(`${origin}${oldPath}`, { maxRedirects: 0 });
  expect(response.status(), oldPath).toBe(301);
  return new URL(response.headers()["location"]!, origin).pathname;
}

test("old WordPress addresses answer 301 to the right pages, whatever their spelling", async ({ request }) => {
  expect(await movedTo(request, "/2024/03/neuer-marktplatz/")).toBe("/artikel/neuer-marktplatz");
  expect(await movedTo(request, "/2024/03/neuer-marktplatz?utm_source=newsletter&fbclid=abc")).toBe("/artikel/neuer-marktplatz");
  expect(await movedTo(request, "/2024/03/marktplatz-neu/")).toBe("/artikel/neuer-marktplatz");
  expect(await movedTo(request, "/?p=11")).toBe("/artikel/ein-blick-ins-rathaus");
  expect(await movedTo(request, "/index.php?p=11&utm_medium=social")).toBe("/artikel/ein-blick-ins-rathaus");
  expect(await movedTo(request, "/?page_id=30")).toBe("/info/ueber-uns");
  expect(await movedTo(request, "/ueber-uns/team/")).toBe("/info/team");
  expect(await movedTo(request, "/category/verwaltung-service/b%C3%BCrgerb%C3%BCro/")).toBe("/kategorie/buergerbuero");
  expect(await movedTo(request, "/category/verwaltung-service/b%c3%bcrgerb%c3%bcro/page/2/")).toBe("/kategorie/buergerbuero/seite/2");
  expect(await movedTo(request, "/category/verwaltung-service/feed/")).toBe("/kategorie/verwaltung-service/feed.xml");
  expect(await movedTo(request, "/author/anna/")).toBe("/autor/anna-alt");
  expect(await movedTo(request, "/feed/")).toBe("/feed.xml");
  expect(await movedTo(request, "/page/2/")).toBe("/seite/2");
  // A private post's old address keeps its secret.
  expect((await request.get(`${origin}/?p=12`, { maxRedirects: 0 })).status()).toBe(200);
  expect((await request.get(`${origin}/2024/03/gibt-es-nicht/`, { maxRedirects: 0 })).status()).toBe(404);
});

test("a dated permalink, /?p= and a category lead to pages with their content", async ({ page }) => {
  const article = await page.goto(`${origin}/2024/03/neuer-marktplatz/`);
  expect(article?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe("/artikel/neuer-marktplatz");
  await expect(page.getByRole("heading", { level: 1, name: "Neuer Marktplatz & neue Öffnungszeiten" })).toBeVisible();
  const photo = page.locator("article").getByRole("img", { name: "Blick über den Marktplatz mit Brunnen" }).last();
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0))).toBeGreaterThan(0);

  await page.goto(`${origin}/?p=11`);
  expect(new URL(page.url()).pathname).toBe("/artikel/ein-blick-ins-rathaus");
  await expect(page.getByRole("heading", { level: 1, name: "Ein Blick ins Rathaus" })).toBeVisible();

  const category = await page.goto(`${origin}/category/verwaltung-service/`);
  expect(category?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe("/kategorie/verwaltung-service");
  await expect(page.getByRole("heading", { level: 1, name: /Verwaltung & Service/ })).toBeVisible();
});

test("an upload and its size variants lead to the library's image", async ({ request, page }) => {
  const original = await movedTo(request, "/wp-content/uploads/2024/03/marktplatz.jpg");
  expect(original).toMatch(/^\/medien\/[0-9a-f]{64}\/\d+\.jpg$/);
  // A size WordPress made but no post names: found by its original.
  expect(await movedTo(request, "/wp-content/uploads/2024/03/marktplatz-300x200.jpg")).toBe(original);
  expect(await movedTo(request, "/wp-content/uploads/2024/03/marktplatz-1024x683.jpg")).toBe(original);
  const image = await request.get(`${origin}/wp-content/uploads/2024/03/marktplatz-1024x683.jpg`);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toMatch(/^image\//);
  await page.goto(`${origin}/wp-content/uploads/2024/03/rathaus-150x150.png`);
  expect(new URL(page.url()).pathname).toMatch(/^\/medien\/[0-9a-f]{64}\/\d+\.jpg$/);
});

async function signIn(page: Page): Promise<void> {
  await page.goto(`${origin}/anmelden`);
  await page.getByLabel("E-Mail-Adresse").fill(editor.email);
  await page.getByLabel("Passwort").fill(editor.password);
  await page.getByLabel("Passwort").press("Enter");
  await expect(page).toHaveURL(/\/dashboard\/beitraege/, { timeout: 60_000 });
}

/** Tabs forward until the element has focus; fails when it never does. */
async function tabTo(page: Page, target: ReturnType<Page["getByRole"]>, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

test("an editor finds a missing address in the 404 log and redirects it, by keyboard alone", async ({ page, request }) => {
  // Readers (and their links) hit two missing addresses: one of the old site's, one of Blattwerk's own shape.
  for (let i = 0; i < 3; i++) {
    const missing = await request.get(`${origin}/2019/05/verschollen/`, { headers: { referer: "https://suchmaschine.example/treffer?q=geheim" }, maxRedirects: 0 });
    expect(missing.status()).toBe(404);
  }
  const reader = await page.context().browser()!.newContext();
  const readerPage = await reader.newPage();
  // A page that exists is no missing address: its HTML once preloaded the not-found pixel, which counted it.
  expect((await readerPage.goto(`${origin}/artikel/ein-blick-ins-rathaus`))?.status()).toBe(200);
  await readerPage.waitForLoadState("networkidle");
  expect((await readerPage.goto(`${origin}/artikel/gibt-es-nicht-mehr`))?.status()).toBe(404);
  // The not-found page counts itself with a same-origin image; readers get no cookie for it.
  await expect.poll(() => readerPage.evaluate(() => [...document.images].some((img) => img.src.endsWith("/api/nicht-gefunden") && img.complete))).toBe(true);
  expect(await reader.cookies()).toEqual([]);
  await reader.close();

  await signIn(page);
  // Counts are written every few seconds: wait for them, not for the clock.
  await expect
    .poll(async () => {
      await page.goto(`${origin}/dashboard/weiterleitungen/fehlende-adressen`);
      return page.getByRole("row", { name: /\/2019\/05\/verschollen/ }).count();
    }, { timeout: 30_000 })
    .toBe(1);
  // The dashboard pages just visited are no missing addresses, whatever their page data loads.
  await expect(page.getByRole("row", { name: /\/dashboard|\/anmelden|ein-blick-ins-rathaus/ })).toHaveCount(0);
  const row = page.getByRole("row", { name: /\/2019\/05\/verschollen/ });
  await expect(row.getByRole("cell").nth(0)).toHaveText("3");
  await expect(row).toContainText("suchmaschine.example");
  await expect(row).not.toContainText("geheim");
  await expect(page.getByRole("row", { name: /\/artikel\/gibt-es-nicht-mehr/ })).toBeVisible();
  await expectAccessible(page);

  const create = page.getByRole("link", { name: "Weiterleitung für /2019/05/verschollen anlegen" });
  await tabTo(page, create);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/dashboard\/weiterleitungen\?quelle=/);
  const form = page.getByRole("form", { name: "Weiterleitung anlegen" });
  await expect(form.getByLabel("Alte Adresse")).toHaveValue("/2019/05/verschollen");
  await form.getByLabel("Alte Adresse").focus();
  // A foreign target is refused with a message under the field; what was typed stays. (The radio group is one stop.)
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(form.getByLabel("Neue Adresse auf dieser Website")).toBeFocused();
  await page.keyboard.type("https://anderswo.example/");
  await page.keyboard.press("Enter");
  await expect(form.getByText("Bitte eine Adresse auf dieser Website angeben", { exact: false })).toBeVisible();
  await expect(form.getByLabel("Alte Adresse")).toHaveValue("/2019/05/verschollen");
  await form.getByLabel("Neue Adresse auf dieser Website").focus();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("/artikel/neuer-marktplatz");
  await page.keyboard.press("Enter");
  await expect(form.getByRole("status")).toHaveText("Weiterleitung angelegt.");
  const listed = page.getByRole("row", { name: /\/2019\/05\/verschollen/ });
  await expect(listed).toContainText("/artikel/neuer-marktplatz");
  await expect(listed).toContainText("Von Hand");
  await expectAccessible(page);
  expect(await movedTo(request, "/2019/05/verschollen")).toBe("/artikel/neuer-marktplatz");

  // Once answered, the address leaves the 404 log.
  await page.goto(`${origin}/dashboard/weiterleitungen/fehlende-adressen`);
  await expect(page.getByRole("row", { name: /\/2019\/05\/verschollen/ })).toHaveCount(0);
});

test("the redirect manager filters, collapses a chain, edits and deletes, by keyboard alone", async ({ page, request }) => {
  await signIn(page);
  await page.goto(`${origin}/dashboard/weiterleitungen`);
  const form = page.getByRole("form", { name: "Weiterleitung anlegen" });
  // B → C exists (the import's dated permalink → the article); adding A → B stores A → C.
  await form.getByLabel("Alte Adresse").focus();
  await page.keyboard.type("/alter-link");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.type("/2024/03/neuer-marktplatz/");
  await page.keyboard.press("Enter");
  await expect(form.getByRole("status")).toContainText("direkt zu /artikel/neuer-marktplatz");
  expect(await movedTo(request, "/alter-link/")).toBe("/artikel/neuer-marktplatz");

  const filter = page.getByRole("searchbox", { name: "Suchen in Quelle oder Ziel" });
  await tabTo(page, filter);
  await page.keyboard.type("alter-link");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=alter-link/);
  await expect(page.getByText("1 Weiterleitung passt zum Filter")).toBeVisible();
  await expectAccessible(page);

  const edit = page.getByRole("link", { name: "Weiterleitung von /alter-link bearbeiten" });
  await tabTo(page, edit);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Weiterleitung bearbeiten" })).toBeVisible();
  const editForm = page.getByRole("form", { name: "Weiterleitung bearbeiten" });
  const gone = editForm.getByRole("radio", { name: "Als gelöscht melden (410)" });
  await editForm.getByRole("radio", { name: "Dauerhaft weiterleiten (301)" }).focus();
  await page.keyboard.press("ArrowDown");
  await expect(gone).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(editForm.getByRole("button", { name: "Speichern" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(editForm.getByRole("status")).toHaveText("Gespeichert.");
  await expectAccessible(page);
  expect((await request.get(`${origin}/alter-link`, { maxRedirects: 0 })).status()).toBe(410);

  page.once("dialog", (dialog) => void dialog.accept());
  await tabTo(page, page.getByRole("button", { name: "Löschen" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/dashboard\/weiterleitungen\?geloescht=1/);
  await expect(page.getByRole("row", { name: /\/alter-link/ })).toHaveCount(0);
  await expect.poll(async () => (await request.get(`${origin}/alter-link`, { maxRedirects: 0 })).status()).toBe(404);
});
