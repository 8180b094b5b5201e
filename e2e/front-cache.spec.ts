// The front cache (lib/http/front-cache.ts) answers cached reader pages before Next's pipeline: it must give exactly
// what Next gives, never show what a change has replaced, let a scheduled post appear on time, and never answer a
// signed-in editor. Other specs publish at the same time, which moves the cache's generation; so a test waits until
// its page is held again instead of assuming it stayed.
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { expect, test, type Page } from "./support/test";
import { accounts, berlinDateTimeLocal, newPost, signIn, ui } from "./support/dashboard";

const HIT = "x-blattwerk-cache";
const article = "/artikel/willkommen-bei-amtsblatt-digital";
// A session cookie sends a request through Next; on a reader page it changes nothing else (the proxy reads it only
// for the dashboard and the sign-in page), so it gives Next's own answer to compare with.
const throughNext = { cookie: "authjs.session-token=nicht-angemeldet" };

function unique(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
}

/** Asks until the front cache answers the page (the first request may fill it), and returns that answer. */
async function held(request: APIRequestContext, path: string): Promise<APIResponse> {
  let answer: APIResponse | undefined;
  await expect(async () => {
    await request.get(path);
    answer = await request.get(path);
    expect(answer.headers()[HIT]).toBe("hit");
  }).toPass({ timeout: 20_000, intervals: [200, 500, 1000] });
  return answer!;
}

const comparable = (response: APIResponse) => {
  const { date: _date, [HIT]: _hit, "x-nextjs-cache": _next, connection: _connection, "keep-alive": _keepAlive, ...rest } = response.headers();
  return rest;
};

test("a cached article's next request comes from the front cache, with Next's headers and body", async ({ request }) => {
  await expect(async () => {
    const fromNext = await request.get(article, { headers: throughNext });
    const fromFront = await held(request, article);
    expect(fromNext.headers()[HIT]).toBeUndefined();
    // Same page version: an invalidation by another spec in between would change the ETag, and the pair is taken again.
    expect(fromFront.headers().etag).toBe(fromNext.headers().etag);
    expect(comparable(fromFront)).toEqual(comparable(fromNext));
    expect(await fromFront.body()).toEqual(await fromNext.body());
  }).toPass({ timeout: 40_000 });

  // Every encoding, HEAD and a conditional request, all from the front cache; a publish by another spec in between
  // empties it, and then the four are asked again once the page is held.
  await expect(async () => {
    const etag = (await held(request, article)).headers().etag!;
    const gzip = await request.get(article, { headers: { "accept-encoding": "gzip" } });
    const plain = await request.get(article, { headers: { "accept-encoding": "identity" } });
    const head = await request.head(article);
    const notModified = await request.get(article, { headers: { "if-none-match": etag } });
    for (const [name, response] of Object.entries({ gzip, plain, head, notModified })) {
      expect(response.headers()[HIT], name).toBe("hit");
      expect(response.headers()["content-security-policy"], name).toContain("default-src 'self'");
    }
    expect(gzip.headers()["content-encoding"]).toBe("gzip");
    expect(plain.headers()["content-encoding"]).toBeUndefined();
    expect(await gzip.body()).toEqual(await plain.body());
    expect((await head.body()).length).toBe(0);
    expect(notModified.status()).toBe(304);
    expect((await notModified.body()).length).toBe(0);
  }).toPass({ timeout: 40_000 });

  // Query strings and 404s never come from it.
  await request.get(`${article}?utm_source=test`);
  expect((await request.get(`${article}?utm_source=test`)).headers()[HIT]).toBeUndefined();
  await request.get("/artikel/gibt-es-nicht-im-front-cache");
  const missing = await request.get("/artikel/gibt-es-nicht-im-front-cache");
  expect(missing.status()).toBe(404);
  expect(missing.headers()[HIT]).toBeUndefined();
});

test("after an editor publishes or edits a post, the very next reader request shows it", async ({ page, request }) => {
  await signIn(page, accounts.editor);
  const title = unique("Frisch aus dem Front-Cache");
  await newPost(page, title, "Erste Fassung des Textes.");
  await held(request, "/");
  await ui(page).getByRole("button", { name: "Jetzt veröffentlichen" }).click();
  await expect(ui(page).getByTestId("speicherstatus")).toContainText("Veröffentlicht");
  // One request each, no retry: a kept front page from before the publish would fail here.
  expect(await (await request.get("/")).text()).toContain(title);

  const slug = await ui(page).getByLabel("Adresse (Slug)").inputValue();
  const path = `/artikel/${slug}`;
  expect(await (await held(request, path)).text()).toContain("Erste Fassung des Textes.");
  await ui(page).getByLabel("Text (Markdown)").fill("Zweite Fassung des Textes.");
  await ui(page).getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(ui(page).getByTestId("speicherstatus")).toContainText(/Gespeichert/);
  const edited = await (await request.get(path)).text();
  expect(edited).toContain("Zweite Fassung des Textes.");
  expect(edited).not.toContain("Erste Fassung des Textes.");
});

async function scheduleFor(page: Page, due: Date): Promise<void> {
  const local = berlinDateTimeLocal(due);
  await ui(page).getByLabel("Veröffentlichen am").fill(local);
  await ui(page).getByRole("button", { name: "Planen" }).click();
  await expect(ui(page).getByTestId("speicherstatus")).toContainText("Geplant");
}

test("a scheduled post appears once it is due, though the front page was held by the front cache", async ({ page, request }) => {
  test.setTimeout(120_000);
  await signIn(page, accounts.editor);
  const title = unique("Planmäßig im Front-Cache");
  await newPost(page, title);
  const due = new Date(Date.now() + 25_000);
  await scheduleFor(page, due);

  const before = await held(request, "/");
  expect(Date.now()).toBeLessThan(due.getTime());
  expect(await before.text()).not.toContain(title);
  // Due, then at most the page's refresh (Next renders it after the due time) plus the few seconds the front cache
  // keeps a page whose age it does not know: far less than the page's s-maxage of up to ten minutes.
  await expect(async () => {
    expect(await (await request.get("/")).text()).toContain(title);
  }).toPass({ timeout: due.getTime() - Date.now() + 30_000, intervals: [500, 1000] });
  expect(Date.now(), "shown only once it was due").toBeGreaterThanOrEqual(due.getTime());
  // And it is held again afterwards, now with the post.
  expect(await (await held(request, "/")).text()).toContain(title);
});

test("a signed-in editor is never answered from the front cache", async ({ page, request }) => {
  await held(request, article);
  await signIn(page, accounts.editor);
  for (const path of [article, "/"]) {
    await held(request, path);
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    expect(response?.headers()[HIT], path).toBeUndefined();
    const again = await page.request.get(path);
    expect(again.headers()[HIT], path).toBeUndefined();
  }
});
