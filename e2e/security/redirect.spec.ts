// Open redirects after sign-in: every form of "another host" in callbackUrl ends on this site.
import { accounts, DEMO_PASSWORD, signIn } from "../support/dashboard";
import { expect, test } from "../support/test";

test.use({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.133" } });

const hostile = [
  "//evil.example/phish",
  "/.//evil.example/phish",
  "/./\\evil.example",
  "/..//evil.example",
  "/x/..//evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "/\t/evil.example",
  "/%2e//evil.example",
  "%2F%2Fevil.example",
  "https://evil.example/",
  "https:evil.example",
  "http://127.0.0.1.evil.example/",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  " //evil.example",
  "/%09/evil.example",
  "/%5Cevil.example",
];

test("the sign-in form carries only a path on this site, whatever callbackUrl says", async ({ request }) => {
  for (const raw of hostile) {
    const html = await (await request.get(`/anmelden?callbackUrl=${encodeURIComponent(raw)}`)).text();
    const value = /name="callbackUrl" value="([^"]*)"/.exec(html)?.[1]?.replaceAll("&amp;", "&") ?? "";
    expect(value, raw).toMatch(/^\/(?![/\\])/);
    expect(new URL(value, "http://own.invalid").host, raw).toBe("own.invalid");
  }
});

/** Where a response sends the browser: a Location header, or the refresh that Next streams once the page has begun. */
function redirectTarget(status: number, headers: Record<string, string>, html: string): string | undefined {
  if (status >= 300 && status < 400) return headers["location"];
  const refresh = /<meta[^>]*http-equiv="refresh"[^>]*content="\d+;\s*url=([^"]*)"/i.exec(html)?.[1];
  return refresh?.replaceAll("&amp;", "&");
}

// The signed-in redirect is read from the response, resolved as a browser resolves it, with the browser's own session:
// following each link into the dashboard once took over twenty seconds a link on busy shared cores. The browser
// follows one at the end.
test("a signed-in editor following a hostile link is sent to a path on this site", async ({ page, baseURL }) => {
  await signIn(page, accounts.editor);
  const origin = new URL(baseURL!).origin;
  for (const raw of hostile) {
    const url = `${origin}/anmelden?callbackUrl=${encodeURIComponent(raw)}`;
    const response = await page.request.get(url, { maxRedirects: 0 });
    const target = redirectTarget(response.status(), response.headers(), await response.text());
    expect(target, raw).toBeDefined();
    const resolved = new URL(target!, url);
    expect(resolved.origin, raw).toBe(origin);
  }
  await page.goto(`/anmelden?callbackUrl=${encodeURIComponent("/.//evil.example/phish")}`);
  // /dashboard itself forwards to the post list; which of the two the browser shows at a given moment is timing.
  await expect(page).toHaveURL(new RegExp(`^${origin}/dashboard(/beitraege)?$`));
});

test("signing in through a link with /.//evil.example ends on the dashboard", async ({ page, baseURL }) => {
  await page.goto(`/anmelden?callbackUrl=${encodeURIComponent("/.//evil.example/phish")}`);
  await page.getByLabel("E-Mail-Adresse").fill(accounts.author);
  await page.getByLabel("Passwort").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).toHaveURL(new RegExp(`^${new URL(baseURL!).origin}/dashboard`));
});
