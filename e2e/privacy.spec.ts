import { expect, test } from "./support/test";

// Privacy by proof: every public page type is visited as an anonymous reader while every request and response is
// recorded. All requests must go to our own origin, no response may set a cookie, and the browser must end up with
// no cookie and nothing in local or session storage.
const pageTypes = [
  ["start page", "/"],
  ["list page 2", "/seite/2"],
  ["article", "/artikel/willkommen-bei-amtsblatt-digital"],
  ["article with embeds", "/artikel/instagram-stories-fuer-behoerden"],
  ["article in a series with a Mastodon link", "/artikel/fediverse-im-landratsamt-5-fragen-an-jonas-terhaar"],
  ["category", "/kategorie/basics"],
  ["author", "/autor/jana-wiesner"],
  ["series", "/serie/fuenf-fragen-an"],
  ["search", "/suche?q=Instagram"],
  ["Impressum", "/impressum"],
  ["Datenschutz", "/datenschutz"],
  ["Barrierefreiheit", "/barrierefreiheit"],
  ["Leichte Sprache", "/leichte-sprache"],
  ["Barriere melden", "/barriere-melden"],
  ["not found", "/gibt-es-nicht"],
  ["feed", "/feed.xml"],
] as const;

test("anonymous readers load nothing from other hosts and receive no cookie on any public page type", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  const cookieHeaders: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("response", async (response) => {
    // A prefetch may still answer while the test closes the page; such a late answer cannot be read any more.
    const setCookie = await response.headerValue("set-cookie").catch(() => null);
    if (setCookie) cookieHeaders.push(`${response.url()}: ${setCookie}`);
  });

  const log: string[] = [];
  for (const [name, path] of pageTypes) {
    const before = requests.length;
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(name === "not found" ? 404 : 200);
    if (name !== "feed") {
      await page.waitForLoadState("networkidle");
      const storage = await page.evaluate(() => ({
        cookie: document.cookie,
        local: window.localStorage.length,
        session: window.sessionStorage.length,
      }));
      expect(storage, path).toEqual({ cookie: "", local: 0, session: 0 });
    }
    log.push(`${name} (${path}): ${requests.length - before} requests`);
  }

  // The feedback form's POST and its redirect set no cookie either.
  await page.goto("/barriere-melden?seite=/impressum");
  await page.getByLabel(/Ihre Nachricht/).fill("Datenschutz-Probe: keine Cookies.");
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "198.51.100.21" });
  await page.getByRole("button", { name: "Nachricht senden" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Vielen Dank" })).toBeVisible();

  const foreign = requests.filter((url) => !url.startsWith(origin) && !url.startsWith("data:"));
  expect(foreign).toEqual([]);
  expect(cookieHeaders).toEqual([]);
  expect(await page.context().cookies()).toEqual([]);
  const hosts = [...new Set(requests.map((url) => new URL(url).origin))];
  log.push(`total: ${requests.length} requests to ${hosts.join(", ")}; Set-Cookie headers: ${cookieHeaders.length}`);
  await test.info().attach("request-log.txt", { body: log.join("\n"), contentType: "text/plain" });
  console.log(log.join("\n"));
});

test("links to YouTube and Mastodon in a post are static placeholders with a plain link", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.goto("/artikel/instagram-stories-fuer-behoerden");
  const youtube = page.locator('figure[data-embed="youtube"]');
  await expect(youtube).toContainText("Hier ist ein Inhalt von YouTube verlinkt");
  await expect(youtube.getByRole("link", { name: "Auf YouTube ansehen" })).toHaveAttribute("href", /^https:\/\/www\.youtube\.com\/watch/);
  await page.goto("/artikel/fediverse-im-landratsamt-5-fragen-an-jonas-terhaar");
  const mastodon = page.locator('figure[data-embed="mastodon"]');
  await expect(mastodon.getByRole("link", { name: "Auf Mastodon ansehen" })).toBeVisible();
  await expect(page.locator("iframe, video, object, embed")).toHaveCount(0);
  expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
});
