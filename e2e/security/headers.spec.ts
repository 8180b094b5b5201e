// The security headers on every type of response, the two Content-Security-Policies, and framing refused.
import { accounts, signIn } from "../support/dashboard";
import { e2eFixtures } from "../support/fixture-posts";
import { expect, test, type APIRequestContext } from "../support/test";

test.use({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.132" } });

const required = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "cross-origin-opener-policy": "same-origin",
  "x-frame-options": "DENY",
};
const directives = ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"];

function expectSecurityHeaders(name: string, headers: Record<string, string>) {
  for (const [key, value] of Object.entries(required)) expect(headers[key], `${name}: ${key}`).toBe(value);
  // The e2e site runs on plain http: pinning https there would lock browsers out (https: security-headers.test.ts).
  expect(headers["strict-transport-security"], name).toBeUndefined();
  expect(headers["permissions-policy"], name).toMatch(/camera=\(\), .*geolocation=\(\), .*microphone=\(\)/);
  const csp = headers["content-security-policy"] ?? "";
  for (const directive of directives) expect(csp, `${name}: ${directive}`).toContain(directive);
  expect(csp, name).not.toContain("unsafe-eval");
  return csp;
}

async function firstMediaFile(request: APIRequestContext): Promise<string> {
  // A demo article with a cover: the front page may hold only newer posts without one, published by other specs.
  const html = await (await request.get("/artikel/willkommen-bei-amtsblatt-digital")).text();
  const src = /\/medien\/[0-9a-f]{64}\/[0-9a-z.]+/.exec(html)?.[0];
  expect(src).toBeTruthy();
  return src!;
}

test("every response type carries the headers; reader pages allow no script from elsewhere and no eval", async ({ request }) => {
  const responses: [string, string, number][] = [
    ["reader page (cached)", "/", 200],
    ["article", `/artikel/${e2eFixtures.hostileSlug}`, 200],
    ["category page", "/kategorie/e2e-xss-kategorie", 200],
    ["search", "/suche?q=instagram", 200],
    ["legal page", "/impressum", 200],
    ["feedback form", "/barriere-melden", 200],
    ["RSS", "/feed.xml", 200],
    ["Atom", "/feed.atom", 200],
    ["JSON Feed", "/feed.json", 200],
    ["sitemap", "/sitemap.xml", 200],
    ["robots.txt", "/robots.txt", 200],
    ["social image", "/og.png", 200],
    ["auth JSON", "/api/auth/csrf", 200],
    ["not found", "/artikel/gibt-es-nicht", 404],
    ["bad request", "/artikel/%E0%A4%A", 400],
    ["method not allowed", "/", 405],
    ["sign-in page", "/anmelden", 200],
    ["dashboard redirect", "/dashboard", 307],
  ];
  for (const [name, path, status] of responses) {
    const response =
      status === 405
        ? await request.fetch(path, { method: "TRACE", maxRedirects: 0 })
        : await request.get(path, { maxRedirects: 0 });
    expect(response.status(), name).toBe(status);
    const csp = expectSecurityHeaders(name, response.headers());
    if (path.startsWith("/anmelden") || path.startsWith("/dashboard")) {
      expect(csp, name).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
      expect(csp.split(";").find((d) => d.trim().startsWith("script-src")), name).not.toContain("unsafe-inline");
    } else {
      expect(csp, name).toContain("script-src 'self' 'unsafe-inline'");
    }
  }
  const media = await request.get(await firstMediaFile(request));
  expect(media.status()).toBe(200);
  expectSecurityHeaders("media file", media.headers());
  // Reader pages load no Next script (lib/http/reader-html.ts); the sign-in page still hydrates.
  const asset = /\/_next\/static\/[^"]+\.js/.exec(await (await request.get("/anmelden")).text())?.[0];
  expectSecurityHeaders("script asset", (await request.get(asset!)).headers());
});

test("the dashboard gets a fresh nonce per request and its scripts run under it", async ({ page }) => {
  const policies = new Set<string>();
  page.on("response", (response) => {
    if (response.request().resourceType() === "document") policies.add(response.headers()["content-security-policy"] ?? "");
  });
  await signIn(page, accounts.editor);
  await page.goto("/dashboard/beitraege");
  await page.goto("/dashboard/beitraege/neu");
  // The editor's writing hints are computed in the browser: they appear only if its scripts were allowed to run.
  // (The text is autosaved and the page hands over to the post's own address; the hints are there on both.)
  await page.getByLabel("Text (Markdown)").fill("![](/x.png)");
  await expect(page.getByText(/fehlt der Alternativtext/)).toBeVisible();
  const nonces = [...policies].map((policy) => /'nonce-([^']+)'/.exec(policy)?.[1]).filter(Boolean);
  expect(new Set(nonces).size).toBeGreaterThanOrEqual(2);
});

test("no page of this site can be framed, not even by another page of this site", async ({ page, cspViolations }) => {
  await signIn(page, accounts.editor);
  const target = new URL("/dashboard/beitraege", page.url()).href;
  // Every response says frame-ancestors 'none' (checked above); and a page of this site frames nothing at all.
  await page.goto("/impressum");
  const blocked = page.waitForEvent("console", (message) => /frame-src|frame-ancestors/.test(message.text()));
  await page.evaluate((src) => {
    const frame = document.createElement("iframe");
    frame.src = src;
    document.body.append(frame);
  }, target);
  await blocked;
  // The frame shows the browser's refusal, never the dashboard.
  expect(await page.frames()[1]?.getByRole("heading", { name: "Beiträge" }).count().catch(() => 0)).toBe(0);
  // The refusal is this test's expected CSP report, not a broken page.
  cspViolations.splice(0);
});
