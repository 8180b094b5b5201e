// Moving in from WordPress: the hand-written fixture is imported by the command line into a fresh database, a
// production server starts on it, and readers find the posts, pages and images under Blattwerk's addresses.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/checks";

const port = Number(process.env.E2E_PORT ?? 3100) + 1000;
const origin = `http://127.0.0.1:${port}`;
const dataRoot = path.resolve(".data/e2e-wordpress");
const exportFile = path.join(dataRoot, "musterhausen.xml");
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
  expect(imported.stdout).toMatch(/Beiträge\s+7\s+0\s+0\s+0/);
  server = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...env, SITE_URL: origin, AUTH_SECRET: randomBytes(32).toString("base64url") },
    stdio: "ignore",
    detached: true,
  });
  // Ready when it answers; the wait is bounded by the hook's timeout, not by a fixed sleep.
  await expect.poll(async () => (await fetch(origin).catch(() => null))?.status ?? 0, { timeout: 180_000, intervals: [250, 500, 1000] }).toBe(200);
});

test.afterAll(() => {
  // npx leaves next-server running when only it is killed: end the whole process group.
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
});

test("the import report lies next to the export and names what needs a person", () => {
  const report = JSON.parse(readFileSync(`${exportFile}.import-report.json`, "utf8"));
  expect(report.counts.posts).toEqual({ created: 7, updated: 0, unchanged: 0, skipped: 0 });
  expect(report.notPublic).toEqual([
    { title: "Interne Notiz", reason: "private" },
    { title: "Nur für den Beirat", reason: "password" },
  ]);
  expect(report.warnings).toContain("Datei fehlt im Upload-Ordner: 2023/11/fehlt.jpg");
  expect(existsSync(exportFile)).toBe(true);
});

test("an imported post reads as on the old site: text, library image with credit, download, embed, accessible", async ({ page }) => {
  const response = await page.goto(`${origin}/artikel/neuer-marktplatz`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Neuer Marktplatz & neue Öffnungszeiten" })).toBeVisible();
  // Once as the excerpt taken from before <!--more-->, once in the text.
  await expect(page.getByText("Der Marktplatz ist fertig & schöner als je zuvor 😀")).toHaveCount(2);
  const photo = page.locator("article").getByRole("img", { name: "Blick über den Marktplatz mit Brunnen" }).last();
  await expect(photo).toBeVisible();
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0))).toBeGreaterThan(0);
  await expect(page.getByText("Foto: Stadt Musterhausen").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Satzung (PDF)" })).toHaveAttribute("href", /^\/medien\/[0-9a-f]{64}\/original\.pdf$/);
  await expect(page.getByRole("link", { name: "Ein Blick ins Rathaus" }).first()).toHaveAttribute("href", "/artikel/ein-blick-ins-rathaus");
  await expect(page.locator('figure.embed-placeholder[data-embed="youtube"]')).toBeVisible();
  await expectAccessible(page);
});

test("a block-editor post keeps its gallery images, and old slugs answer 301 to the current address", async ({ page, request }) => {
  const moved = await request.get(`${origin}/artikel/marktplatz-neu`, { maxRedirects: 0 });
  expect(moved.status()).toBe(301);
  expect(new URL(moved.headers().location!, origin).pathname).toBe("/artikel/neuer-marktplatz");
  await page.goto(`${origin}/artikel/ein-blick-ins-rathaus`);
  for (const alt of ["Rathaus von Musterhausen", "Erstes Galeriebild: das Treppenhaus", "Zweites Galeriebild: der Ratssaal"]) {
    const img = page.locator("article").getByRole("img", { name: alt }).last();
    // Inline images load lazily: scrolled into view, each must arrive.
    await img.scrollIntoViewIfNeeded();
    await expect(img).toBeVisible();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => (el.complete ? el.naturalWidth : 0))).toBeGreaterThan(0);
  }
  await expect(page.getByText("Bild: Ben Berger").first()).toBeVisible();
});

test("pages arrive under /info, and what WordPress kept private stays hidden", async ({ page, request }) => {
  const team = await page.goto(`${origin}/info/team`);
  expect(team?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Unser Team" })).toBeVisible();
  for (const slug of ["interne-notiz", "nur-fuer-den-beirat", "entwurf-ohne-adresse", "sommerfest-2030"]) {
    expect((await request.get(`${origin}/artikel/${slug}`)).status(), slug).toBe(404);
  }
  expect((await request.get(`${origin}/info/impressum-wordpress`)).status()).toBe(404);
});
