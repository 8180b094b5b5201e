// One regression test per finding of the security review that is best shown end to end (the others have unit and
// data tests beside their code; docs/security.md lists them all).
import { accounts, DEMO_PASSWORD, signIn } from "../support/dashboard";
import { expect, test, type APIRequestContext, type Page } from "../support/test";
import { securityFixtures } from "./seed";

test.use({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.134" } });

/** The tests play the one trusted proxy (TRUSTED_PROXIES=1): it appends the address it saw; the rest is the client's. */
const via = (client: string, forged = "") => ({ "x-forwarded-for": forged ? `${forged}, ${client}` : client });

async function credentials(request: APIRequestContext, email: string, password: string, headers: Record<string, string>) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf", { headers })).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, callbackUrl: "/dashboard" },
    headers,
    maxRedirects: 0,
  });
  return response.headers()["location"] ?? "";
}

test("2+3: forged X-Forwarded-For entries do not escape the sign-in slowdown, and the owner still gets in", async ({ playwright, baseURL }) => {
  const attacker = await playwright.request.newContext({ baseURL });
  // Each guess claims another address in front of the one the proxy saw. If the claim counted, every guess would
  // come from a fresh address and none would ever wait; as it is, the waits double until one guess is refused.
  const answers: string[] = [];
  for (let i = 0; i < 12 && !answers.some((answer) => /code=throttled-\d+/.test(answer)); i++) {
    answers.push(await credentials(attacker, accounts.author, `geraten-${i}`, via("203.0.113.140", `10.9.${i}.1, 172.16.${i}.9`)));
  }
  expect(answers.slice(0, 3).every((answer) => answer.includes("error=CredentialsSignin") && !answer.includes("throttled"))).toBe(true);
  expect(answers.at(-1)).toMatch(/code=throttled-\d+/);
  // The real author, at another address with no failures, signs in at once: nothing is locked.
  const owner = await playwright.request.newContext({ baseURL });
  expect(await credentials(owner, accounts.author, DEMO_PASSWORD, via("198.51.100.141"))).not.toContain("error=");
  await Promise.all([attacker.dispose(), owner.dispose()]);
});

test("2: rotating forged addresses does not get around the feedback form's per-sender limit", async ({ request }) => {
  const send = (i: number) =>
    request.post("/barriere-melden/senden", {
      form: { message: `Prüfnachricht ${i}`, name: "", email: "", pageUrl: "", website: "" },
      headers: via("203.0.113.142", `192.0.2.${i}`),
      maxRedirects: 0,
    });
  for (let i = 0; i < 5; i++) expect((await send(i)).headers()["location"]).toContain("gesendet=1");
  expect((await send(5)).headers()["location"]).toContain("entwurf=");
});

test("6: a huge refused feedback is kept cut to its form's limits, in the database, not whole in memory", async ({ request }) => {
  // 3 MB of message and name: refused as too long, and what comes back is bounded by lib/form-drafts.ts.
  const huge = "Barriere ".repeat(350_000);
  const answer = await request.post("/barriere-melden/senden", {
    form: { message: huge, name: huge, email: "", pageUrl: "/", website: "" },
    headers: via("203.0.113.166"),
    maxRedirects: 0,
  });
  expect(answer.status()).toBe(303);
  const location = answer.headers()["location"] ?? "";
  expect(location).toContain("entwurf=");
  const page = await request.get(new URL(location).pathname + new URL(location).search);
  expect(page.status()).toBe(200);
  const html = await page.text();
  const kept = /<textarea[^>]*name="message"[^>]*>([^<]*)<\/textarea>/.exec(html)?.[1] ?? "";
  expect(kept.length).toBeGreaterThan(1_000);
  expect(kept.length).toBeLessThanOrEqual(20_000);
  expect(html.length).toBeLessThan(200_000);
});

test("7: ids beyond PostgreSQL's integer, NUL characters and TRACE get clear answers, never a 500", async ({ page, request }) => {
  expect((await request.fetch("/", { method: "TRACE" })).status()).toBe(405);
  const nul = await request.post("/barriere-melden/senden", {
    form: { message: "Kontrast\u0000 zu schwach", name: "Na\u0000me", email: "", pageUrl: "/\u0000", website: "" },
    headers: via("203.0.113.143"),
    maxRedirects: 0,
  });
  expect(nul.headers()["location"]).toContain("gesendet=1");
  expect((await request.put("/api/medien/1e10?stand=" + "0".repeat(64))).status()).toBe(404);

  await signIn(page, accounts.admin);
  // Dashboard pages stream (the status is sent before the page knows), so the proof is the not-found page itself.
  for (const path of ["/dashboard/beitraege/2147483648", "/dashboard/beitraege/1e10", "/vorschau/99999999999", "/dashboard/seiten/1e10"]) {
    expect((await page.goto(path))?.status(), path).toBeLessThan(500);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(/nicht gefunden/i);
  }
  await page.goto("/dashboard/rueckmeldungen");
  // Other specs send feedback meanwhile and the newest stands first, so the form is pinned by its message's id.
  const id = await page.getByRole("form", { name: /^Status:/ }).first().locator('input[name="id"]').inputValue();
  const form = page.locator(`article[aria-labelledby="rueckmeldung-${id}"]:visible`).getByRole("form", { name: /^Status:/ });
  await form.locator('input[name="id"]').evaluate((input: HTMLInputElement) => (input.value = "1e10"));
  await form.getByRole("button", { name: "Status speichern" }).click();
  await expect(form.getByRole("alert")).toHaveText("Diese Rückmeldung gibt es nicht.");
});

test("8: an image from another host becomes a link; readers' browsers never ask that host", async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on("request", (r) => (new URL(r.url()).origin !== new URL(baseURL!).origin && !r.url().startsWith("data:") ? foreign.push(r.url()) : undefined));
  await page.goto(`/info/${securityFixtures.pageSlug}`);
  await expect(page.getByRole("link", { name: /^Bild auf einer anderen Website/ }).first()).toBeVisible();
  expect(foreign).toEqual([]);
});

async function createAccount(page: Page, name: string, email: string, password: string) {
  await page.goto("/dashboard/benutzer");
  const form = page.getByRole("form", { name: "Konto anlegen" });
  await form.getByLabel("E-Mail-Adresse").fill(email);
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Erstes Passwort (mindestens 10 Zeichen)").fill(password);
  await form.getByRole("button", { name: "Konto anlegen" }).click();
  await expect(form.getByRole("status")).toHaveText("Konto angelegt.");
}

async function sessionName(page: Page): Promise<string | undefined> {
  return ((await (await page.request.get("/api/auth/session")).json()) as { user?: { name?: string } } | null)?.user?.name;
}

test("9+10: sign-out, „Alle Sitzungen beenden“, deactivation and a password change end sessions; admins delete accounts and feedback, audited", async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000);
  const run = Date.now().toString(36);
  const name = `Sitzung Test ${run}`;
  const email = `sitzung-${run}@example.org`;
  await signIn(page, accounts.admin);
  await createAccount(page, name, email, "erstes-passwort-1");

  // Sign-out ends the session: the old cookie, replayed, is refused.
  const user = await browser.newContext({ extraHTTPHeaders: via("198.51.100.150") });
  const userPage = await user.newPage();
  await signIn(userPage, email, "erstes-passwort-1");
  const cookies = await user.cookies();
  await userPage.getByRole("button", { name: "Abmelden" }).click();
  await expect(userPage).toHaveURL(/\/anmelden/);
  const replay = await browser.newContext({ extraHTTPHeaders: via("198.51.100.150") });
  await replay.addCookies(cookies);
  const replayPage = await replay.newPage();
  await replayPage.goto("/dashboard/beitraege");
  await expect(replayPage).toHaveURL(/\/anmelden/);
  expect(await sessionName(replayPage)).toBeUndefined();

  // An admin ends all of the user's sessions.
  await signIn(userPage, email, "erstes-passwort-1");
  expect(await sessionName(userPage)).toBe(name);
  await page.goto("/dashboard/benutzer");
  const row = page.getByRole("listitem").filter({ hasText: email });
  await row.getByRole("button", { name: new RegExp(`^Alle Sitzungen beenden\\s*: ${name}$`) }).click();
  await expect(row.getByRole("status")).toHaveText("Eine Sitzung beendet.");
  await userPage.goto("/dashboard/beitraege");
  await expect(userPage).toHaveURL(/\/anmelden/);

  // Deactivation ends it too: the token no longer answers, not even to the preview action's session check.
  await signIn(userPage, email, "erstes-passwort-1");
  await page.goto("/dashboard/benutzer");
  await row.getByRole("button", { name: new RegExp(`^Deaktivieren\\s*: ${name}$`) }).click();
  await expect(row.getByRole("status")).toHaveText("Gespeichert.");
  expect(await sessionName(userPage)).toBeUndefined();
  await page.reload();
  await row.getByRole("button", { name: new RegExp(`^Aktivieren\\s*: ${name}$`) }).click();
  await expect(row.getByRole("status")).toHaveText("Gespeichert.");

  // A password change signs the user out everywhere; the new password works.
  await signIn(userPage, email, "erstes-passwort-1");
  const second = await browser.newContext({ extraHTTPHeaders: via("198.51.100.151") });
  const secondPage = await second.newPage();
  await signIn(secondPage, email, "erstes-passwort-1");
  await userPage.goto("/dashboard/konto");
  await userPage.getByLabel("Bisheriges Passwort").fill("erstes-passwort-1");
  await userPage.getByLabel("Neues Passwort (mindestens 10 Zeichen)").fill("zweites-passwort-2");
  await userPage.getByRole("button", { name: "Passwort ändern" }).click();
  await expect(userPage).toHaveURL(/\/anmelden/);
  await secondPage.goto("/dashboard/beitraege");
  await expect(secondPage).toHaveURL(/\/anmelden/);
  await signIn(secondPage, email, "zweites-passwort-2");

  // Erasure: the account goes, its posts to the account chosen in the dialog; the log says who did it.
  await page.goto("/dashboard/benutzer");
  await row.getByText(`Löschen … ${name}`).click();
  await row.getByLabel("Beiträge übernimmt").selectOption({ label: "Jana Wiesner" });
  await row.getByRole("button", { name: new RegExp(`^Konto endgültig löschen\\s*: ${name}$`) }).click();
  await expect(page.getByRole("listitem").filter({ hasText: email })).toHaveCount(0);
  await secondPage.goto("/dashboard/beitraege");
  await expect(secondPage).toHaveURL(/\/anmelden/);

  await page.goto("/dashboard/rueckmeldungen");
  const message = page.getByRole("listitem").filter({ has: page.getByText("Löschen …") }).last();
  const heading = await message.getByRole("heading").textContent();
  await message.getByText("Löschen …").click();
  await message.getByRole("button", { name: "Rückmeldung endgültig löschen" }).click();
  await expect(page.getByRole("heading", { name: heading! })).toHaveCount(0);

  await page.goto("/dashboard/protokoll");
  const log = page.getByRole("region", { name: "Einträge" });
  await expect(log.getByRole("row").filter({ hasText: "Konto gelöscht" }).first()).toContainText("Gelöschtes Konto Nr.");
  await expect(log.getByRole("row").filter({ hasText: "Rückmeldung gelöscht" }).first()).toBeVisible();
  await expect(log.getByRole("row").filter({ hasText: "Passwort geändert" }).first()).toBeVisible();
  await expect(log).not.toContainText(name);
  await Promise.all([user.close(), replay.close(), second.close()]);
});
