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

test("a signed-in editor following a hostile link stays on this site", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  await signIn(page, accounts.editor);
  const origin = new URL(baseURL!).origin;
  for (const raw of hostile) {
    // Signed in, the page redirects at once; Chromium may report the first navigation as aborted by the second.
    await page.goto(`/anmelden?callbackUrl=${encodeURIComponent(raw)}`).catch(() => undefined);
    await page.waitForLoadState("load");
    expect(new URL(page.url()).origin, raw).toBe(origin);
  }
});

test("signing in through a link with /.//evil.example ends on the dashboard", async ({ page, baseURL }) => {
  await page.goto(`/anmelden?callbackUrl=${encodeURIComponent("/.//evil.example/phish")}`);
  await page.getByLabel("E-Mail-Adresse").fill(accounts.author);
  await page.getByLabel("Passwort").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).toHaveURL(new RegExp(`^${new URL(baseURL!).origin}/dashboard`));
});
