import { expect, test, type Request } from "@playwright/test";
import { readerPageTypes } from "../scripts/demo-content/reader-pages";
import { accounts, signIn } from "./support/dashboard";

// Byte budgets for a reader on a phone with a weak connection: each public page type is loaded in a fresh browser
// context (nothing cached) and the bytes on the wire are summed by type, images left out. Transfer sizes are
// deterministic for a given build, so the budgets hold exactly; the test prints the table it checked.
const KB = 1024;
// The targets. Reader pages are served without Next's client runtime (lib/http/reader-html.ts), so they load
// no framework chunk at all; the dashboard keeps hydrating (last test).
// The issue allows 2 font files; since the body text uses the reader's own serif (app/fonts.ts), one is all a page needs.
const BUDGET = { total: 150 * KB, script: 100 * KB, fontFiles: 1, prefetches: 0, frameworkChunks: 0 };


type Row = { page: string; document: number; script: number; stylesheet: number; font: number; other: number; total: number; fontFiles: number; prefetches: number; frameworkChunks: number };

/** Next's client runtime and the pages' client components: every hydrating page loads several of these. */
const isFrameworkChunk = (request: Request) => request.resourceType() === "script" && new URL(request.url()).pathname.startsWith("/_next/static/chunks/");

/** Router prefetches and navigations fetch the RSC payload: requests carrying the `rsc` header. */
const isRscFetch = async (request: Request) => (await request.allHeaders())["rsc"] === "1" || request.url().includes("_rsc=");

test("every public page type stays within its byte budget on first view", async ({ browser, baseURL }) => {
  // Ten fresh browsers, each waiting for the network to fall idle.
  test.setTimeout(180_000);
  const rows: Row[] = [];
  for (const { name, path, status } of readerPageTypes) {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    const requests: Request[] = [];
    page.on("requestfinished", (request) => requests.push(request));
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(status);
    // Load-time prefetches start once hydration sees the links; networkidle waits until nothing is in flight.
    await page.waitForLoadState("networkidle");

    const row: Row = { page: `${name} (${path})`, document: 0, script: 0, stylesheet: 0, font: 0, other: 0, total: 0, fontFiles: 0, prefetches: 0, frameworkChunks: 0 };
    for (const request of requests) {
      const type = request.resourceType();
      if (type === "image") continue;
      const sizes = await request.sizes();
      const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
      const column = type === "document" || type === "script" || type === "stylesheet" || type === "font" ? type : "other";
      row[column] += bytes;
      row.total += bytes;
      if (type === "font") row.fontFiles += 1;
      if (await isRscFetch(request)) row.prefetches += 1;
      if (isFrameworkChunk(request)) row.frameworkChunks += 1;
    }
    rows.push(row);
    await context.close();
  }

  const kb = (bytes: number) => (bytes / KB).toFixed(1);
  const table = [
    "| page | document | JS | CSS | fonts | other | total KB | font files | prefetches | Next chunks |",
    "| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: |",
    ...rows.map((r) => `| ${r.page} | ${kb(r.document)} | ${kb(r.script)} | ${kb(r.stylesheet)} | ${kb(r.font)} | ${kb(r.other)} | ${kb(r.total)} | ${r.fontFiles} | ${r.prefetches} | ${r.frameworkChunks} |`),
  ].join("\n");
  console.log(`Bytes transferred on first view (KB, headers included, images left out):\n${table}`);
  await test.info().attach("byte-budget.md", { body: table, contentType: "text/markdown" });

  const overBudget = rows.flatMap((r) => [
    ...(r.total > BUDGET.total ? [`${r.page}: ${kb(r.total)} KB in total`] : []),
    ...(r.script > BUDGET.script ? [`${r.page}: ${kb(r.script)} KB of JavaScript`] : []),
    ...(r.fontFiles > BUDGET.fontFiles ? [`${r.page}: ${r.fontFiles} font files`] : []),
    ...(r.prefetches > BUDGET.prefetches ? [`${r.page}: ${r.prefetches} prefetch requests`] : []),
    ...(r.frameworkChunks > BUDGET.frameworkChunks ? [`${r.page}: ${r.frameworkChunks} scripts from /_next/static/chunks`] : []),
  ]);
  expect(overBudget).toEqual([]);
});

test("the article's cover loads first and eagerly; teaser images below the first load lazily", async ({ page }) => {
  await page.goto("/artikel/willkommen-bei-amtsblatt-digital");
  const cover = page.locator("main figure img").first();
  await expect(cover).toHaveAttribute("fetchpriority", "high");
  await expect(cover).toHaveAttribute("loading", "eager");

  // Other specs publish posts without a cover meanwhile, so the images are checked per teaser, not per position.
  await page.goto("/");
  const loading = await page.locator("main article").evaluateAll((teasers) =>
    teasers.map((teaser) => {
      const image = teaser.querySelector("img");
      return image && `${image.getAttribute("loading")}/${image.getAttribute("fetchpriority") ?? "auto"}`;
    }),
  );
  expect(loading.length).toBeGreaterThan(2);
  const [first, ...rest] = loading;
  expect([null, "eager/high"]).toContain(first);
  expect(rest.filter((value) => value !== null).length).toBeGreaterThan(0);
  expect(new Set(rest.filter((value) => value !== null))).toEqual(new Set(["lazy/auto"]));
});

test("reader pages carry no Next runtime; the dashboard still hydrates and navigates in place", async ({ page }) => {
  test.setTimeout(90_000);
  // The reader's HTML: no runtime chunk, no inline RSC payload, no script preload; structured data stays.
  const article = await (await page.request.get("/artikel/willkommen-bei-amtsblatt-digital")).text();
  expect(article).not.toMatch(/\/_next\/static\/chunks\/[^"]+\.js/);
  expect(article).not.toContain("__next_f");
  expect(article).toContain('type="application/ld+json"');

  const chunks: string[] = [];
  page.on("requestfinished", (request) => {
    if (isFrameworkChunk(request)) chunks.push(request.url());
  });
  await signIn(page, accounts.editor);
  expect(chunks.length).toBeGreaterThan(0);

  // A hydrated app router moves between dashboard pages by fetching their RSC payload, without loading a document.
  const documents: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "document") documents.push(request.url());
  });
  await page.getByRole("navigation", { name: "Redaktion" }).getByRole("link", { name: "Neuer Beitrag" }).click();
  await expect(page).toHaveURL(/\/dashboard\/beitraege\/neu$/, { timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(documents).toEqual([]);
});
