// Stored and reflected XSS: the corpus (e2e/security/corpus.ts), seeded into every field that reaches a page, is
// rendered in Chromium on every reader and dashboard screen that shows it; the trap fails the test on any script
// execution, dialog or request to another host, and the suite's fixture on any CSP violation.
import { XMLValidator } from "fast-xml-parser";
import { accounts, signIn } from "../support/dashboard";
import { expect, test, type Page } from "../support/test";
import { corpusSize, xssCorpus } from "./corpus";
import { securityFixtures as f } from "./seed";
import { setTrap } from "./trap";

test.describe.configure({ mode: "parallel" });
// Each test renders dozens of pages for the first time; on the shared CI cores that takes minutes.
test.setTimeout(180_000);
test.use({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.131" } });

const postPaths = Array.from({ length: f.postCount }, (_, i) => `/artikel/${f.postSlugPrefix}${i + 1}`);

async function visitAll(page: Page, paths: string[], onEach?: (path: string) => Promise<void>) {
  for (const path of paths) {
    // Chromium now and then reports a navigation as aborted when the previous page was still busy; the trap keeps
    // recording either way, so one more try loses nothing.
    const response = await page.goto(path, { waitUntil: "load" }).catch(() => page.goto(path, { waitUntil: "load" }));
    expect(response?.status(), path).toBeLessThan(500);
    await onEach?.(path);
  }
}

test("the corpus is big enough to mean something", () => {
  expect(corpusSize).toBeGreaterThanOrEqual(100);
});

test("reader pages show every payload as text: articles, lists, author, series, page, JSON-LD", async ({ page, baseURL }) => {
  const trap = await setTrap(page, new URL(baseURL!).origin);
  await visitAll(page, postPaths, async (path) => {
    // JSON-LD stays one parseable JSON document, however the title tries to end the script element.
    for (const block of await page.locator('script[type="application/ld+json"]').allTextContents()) {
      expect(() => JSON.parse(block), path).not.toThrow();
    }
    await expect(page.getByRole("heading", { level: 1 }).first()).toContainText("]]> ]]>");
  });
  await visitAll(page, [
    `/kategorie/${f.categorySlug}`,
    `/autor/${f.authorSlug}`,
    `/serie/${f.seriesSlug}`,
    `/info/${f.pageSlug}`,
    "/impressum",
  ]);
  await expect(page.locator("main")).toBeVisible();
  trap.check();
});

test("reflected input: search, feedback prefill and sign-in return paths", async ({ page, baseURL }) => {
  const trap = await setTrap(page, new URL(baseURL!).origin);
  const sample = xssCorpus.filter((_, i) => i % 10 === 0);
  const paths = sample.flatMap((payload) => [
    `/suche?q=${encodeURIComponent(payload)}`,
    `/barriere-melden?seite=${encodeURIComponent(payload)}`,
    `/anmelden?callbackUrl=${encodeURIComponent(payload)}`,
  ]);
  await visitAll(page, paths);
  trap.check();
});

test("feeds stay well-formed and carry the payloads as text", async ({ page, request, baseURL }) => {
  const scopes = [`/kategorie/${f.categorySlug}`, `/autor/${f.authorSlug}`, `/serie/${f.seriesSlug}`];
  for (const scope of scopes) {
    for (const format of ["xml", "atom"]) {
      const response = await request.get(`${scope}/feed.${format}`);
      expect(response.status()).toBe(200);
      const xml = await response.text();
      expect(XMLValidator.validate(xml), `${scope}/feed.${format}`).toBe(true);
      // Outside CDATA sections (text by definition), no element the corpus tried to smuggle in survives as markup.
      const markup = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "");
      expect(markup).not.toMatch(/<(x:)?script\b|<svg\b|<img\b|<iframe\b|<style\b/i);
    }
    const json = (await (await request.get(`${scope}/feed.json`)).json()) as { items: { title: string }[] };
    expect(json.items.length).toBeGreaterThan(0);
  }
  // And opened in the browser, as a reader clicking the feed link would.
  const trap = await setTrap(page, new URL(baseURL!).origin);
  await visitAll(page, scopes.flatMap((scope) => [`${scope}/feed.xml`, `${scope}/feed.atom`]));
  trap.check();
});

test("dashboard screens show the payloads as text: posts, editor, preview, feedback, users, categories, log", async ({ page, request, baseURL }) => {
  // A failed sign-in with a hostile address puts the payload into the admins' list of failed sign-ins.
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: xssCorpus[2]!, password: "falsch", callbackUrl: "/dashboard" },
    headers: { "x-forwarded-for": xssCorpus[3]! },
  });
  const feed = (await (await request.get(`/kategorie/${f.categorySlug}/feed.json`)).json()) as { items: { id: string }[] };
  const ids = feed.items.map((item) => Number(/post-(\d+)$/.exec(item.id)?.[1])).slice(0, 3);
  expect(ids.length).toBe(3);

  const trap = await setTrap(page, new URL(baseURL!).origin);
  await signIn(page, accounts.admin);
  await visitAll(page, [
    "/dashboard/beitraege?status=published&seite=1",
    ...ids.flatMap((id) => [`/dashboard/beitraege/${id}`, `/vorschau/${id}`, `/dashboard/beitraege/${id}/versionen`]),
    "/dashboard/rueckmeldungen",
    "/dashboard/benutzer",
    "/dashboard/kategorien",
    "/dashboard/seiten",
    "/dashboard/protokoll",
  ], async (path) => {
    if (path === "/dashboard/protokoll") await expect(page.getByRole("cell", { name: xssCorpus[2]! })).toBeVisible();
  });
  // The editor's live preview renders the body through the server action.
  await page.goto(`/dashboard/beitraege/${ids[0]}`);
  await expect(page.locator("main")).toContainText("]]> ]]>");
  trap.check();
});
