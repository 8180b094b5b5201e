import { expect, test, type Page } from "./support/test";
import sharp from "sharp";
import { accounts, FIRST_SAVE_MS, signIn, ui } from "./support/dashboard";
import { expectAccessible } from "./support/checks";

const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

/** A landscape photo with a camera name and GPS position in its EXIF block, in a colour unique to this run. */
async function photo(seed: number, width = 2400, height = 1350): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: (seed * 70) % 255, g: Number.parseInt(run.slice(-2), 36) % 255, b: 120 } } })
    .jpeg({ quality: 85 })
    .withExifMerge({
      IFD0: { Make: "Stadtkamera" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "52/1 31/1 12/1", GPSLongitudeRef: "E", GPSLongitude: "13/1 24/1 36/1" },
    })
    .toBuffer();
}

const pdf = () => Buffer.from(`%PDF-1.4\n% Blattwerk ${run}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

function card(page: Page, name: string) {
  return ui(page).getByTestId("medium").filter({ has: page.getByRole("heading", { name }) });
}

test("an editor uploads photos and a whitepaper, credits them, readers get <picture>, credit and downloads; replacing and deleting reach the article", async ({ page, request }) => {
  test.setTimeout(180_000);
  await signIn(page, accounts.editor);
  await page.goto("/dashboard/medien");
  await expect(ui(page).getByRole("heading", { name: "Medien", level: 1 })).toBeVisible();

  const files = [
    { name: `rathaus-${run}.jpg`, mimeType: "image/jpeg", buffer: await photo(1) },
    { name: `sprechstunde-${run}.jpg`, mimeType: "image/jpeg", buffer: await photo(2) },
    { name: `whitepaper-${run}.pdf`, mimeType: "application/pdf", buffer: pdf() },
  ];
  await ui(page).getByLabel("Dateien hierher ziehen oder auswählen").setInputFiles(files);
  const uploads = ui(page).getByTestId("upload");
  await expect(uploads).toHaveCount(3);
  for (const file of files) {
    await expect(uploads.filter({ hasText: file.name }).getByRole("progressbar", { name: `Fortschritt für ${file.name}` })).toBeVisible();
    await expect(uploads.filter({ hasText: file.name }).getByRole("status")).toHaveText("Hochgeladen", { timeout: 30_000 });
  }

  // Content decides, not the name: an HTML page called .png is refused.
  await ui(page).getByLabel("Dateien hierher ziehen oder auswählen").setInputFiles({
    name: `harmlos-${run}.png`,
    mimeType: "image/png",
    buffer: Buffer.from("<!doctype html><script>alert(1)</script>"),
  });
  await expect(uploads.filter({ hasText: `harmlos-${run}.png` }).getByRole("status")).toContainText("Dieser Dateityp wird nicht angenommen");

  const cover = card(page, `rathaus-${run}`);
  await expect(cover).toBeVisible();
  await expect(cover).toContainText("Alternativtext fehlt");
  await cover.getByLabel("Bildnachweis").fill("Jana Beispiel/Stadtverwaltung");
  await cover.getByRole("button", { name: "Speichern" }).click();
  await expect(cover.getByText("Bitte beschreiben Sie das Bild (Alternativtext) oder markieren Sie es als dekorativ.").first()).toBeVisible();
  await expect(cover.getByLabel("Bildnachweis")).toHaveValue("Jana Beispiel/Stadtverwaltung");
  await cover.getByLabel("Alternativtext", { exact: true }).fill("Das Rathaus am Marktplatz im Morgenlicht");
  await cover.getByLabel("Lizenz", { exact: true }).fill("CC BY 4.0");
  await cover.getByLabel("Bildmittelpunkt waagerecht (%)").fill("30");
  await cover.getByRole("button", { name: "Speichern" }).click();
  await expect(cover.getByRole("status").filter({ hasText: "Gespeichert." })).toBeVisible();

  const inline = card(page, `sprechstunde-${run}`);
  await inline.getByLabel("Alternativtext", { exact: true }).fill("Bürgersprechstunde im Foyer");
  await inline.getByLabel("Bildnachweis").fill("Foto: Tobias Brandt");
  await inline.getByRole("button", { name: "Speichern" }).click();
  await expect(inline.getByRole("status").filter({ hasText: "Gespeichert." })).toBeVisible();

  const doc = card(page, `whitepaper-${run}`);
  await doc.getByLabel("Titel (für Downloads)").fill(`Whitepaper: Social Media in Behörden ${run}`);
  await doc.getByRole("button", { name: "Speichern" }).click();
  // The card's heading now shows the new title.
  await expect(card(page, `Whitepaper: Social Media in Behörden ${run}`).getByRole("status").filter({ hasText: "Gespeichert." })).toBeVisible();
  await page.reload();
  await expect(card(page, `rathaus-${run}`)).not.toContainText("Alternativtext fehlt");
  await expectAccessible(page);

  // The post: cover and inline image from the library, the whitepaper attached.
  const title = `Mit Bildern aus der Mediathek ${run}`;
  await page.goto("/dashboard/beitraege/neu");
  await ui(page).getByLabel("Text (Markdown)").fill("Einleitung zum Thema.");
  await ui(page).getByLabel("Kurzfassung").fill("Ein Beitrag mit Fotos und Whitepaper.");
  await ui(page).getByLabel("Erste Kategorie (Pflicht)").selectOption({ label: "Basics" });
  await ui(page).getByRole("group", { name: "Titelbild" }).getByLabel("Aus der Mediathek").selectOption({ label: `rathaus-${run}` });
  await ui(page).getByLabel("Bild in den Text einfügen").selectOption({ label: `sprechstunde-${run}` });
  await ui(page).getByRole("button", { name: "Einfügen" }).click();
  await ui(page).getByLabel(`Whitepaper: Social Media in Behörden ${run}`).check();
  await ui(page).getByLabel("Titel", { exact: true }).fill(title);
  await expect(page).toHaveURL(/\/dashboard\/beitraege\/\d+$/, { timeout: FIRST_SAVE_MS });
  await expect(ui(page).getByTestId("vorschau").locator("picture")).toBeVisible();
  await ui(page).getByRole("button", { name: "Jetzt veröffentlichen" }).click();
  await expect(ui(page).getByRole("status").filter({ hasText: "Veröffentlicht." })).toBeVisible();
  const slug = await ui(page).getByLabel("Adresse (Slug)").inputValue();
  const postUrl = page.url();

  const reader = await page.context().browser()!.newContext();
  const article = await reader.newPage();
  await article.goto(`/artikel/${slug}`);
  const main = article.locator("main");
  const coverFigure = main.locator("figure").first();
  await expect(coverFigure.locator('picture source[type="image/avif"]')).toHaveAttribute("srcset", /480\.avif 480w, .*960\.avif 960w, .*1600\.avif 1600w/);
  await expect(coverFigure.locator('picture source[type="image/webp"]')).toHaveAttribute("sizes", /.+/);
  const coverImg = coverFigure.locator("img");
  await expect(coverImg).toHaveAttribute("alt", "Das Rathaus am Marktplatz im Morgenlicht");
  await expect(coverImg).toHaveAttribute("width", "1600");
  await expect(coverImg).toHaveAttribute("height", "900");
  await expect(coverImg).toHaveCSS("object-position", "30% 50%");
  await expect(coverFigure.locator("figcaption")).toContainText("Foto: Jana Beispiel/Stadtverwaltung");
  await expect(coverFigure.locator("figcaption").getByRole("link", { name: "CC BY 4.0" })).toHaveAttribute("href", /creativecommons\.org/);
  expect(await coverImg.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

  const inlineFigure = main.locator(".prose figure");
  const oldInlineSrc = (await inlineFigure.locator("img").getAttribute("src"))!;
  await expect(inlineFigure.locator("img")).toHaveAttribute("alt", "Bürgersprechstunde im Foyer");
  await expect(inlineFigure.locator("img")).toHaveAttribute("loading", "lazy");
  await expect(inlineFigure.locator("figcaption")).toHaveText("Foto: Tobias Brandt");

  const downloads = main.getByRole("region", { name: "Downloads" });
  const link = downloads.getByRole("link", { name: new RegExp(`^Whitepaper: Social Media in Behörden ${run} \\(PDF, \\d+ Byte\\)$`) });
  await expect(link).toBeVisible();
  const ld = JSON.parse((await article.locator('script[type="application/ld+json"]').first().textContent()) ?? "{}");
  const posting = (ld["@graph"] as { "@type": string; associatedMedia?: unknown[] }[]).find((thing) => thing["@type"] === "BlogPosting");
  expect(posting?.associatedMedia).toHaveLength(1);
  await expectAccessible(article);

  // What readers download: the variant carries no EXIF and comes with safe, immutable headers.
  const variantUrl = (await coverImg.getAttribute("src"))!;
  const variant = await request.get(variantUrl);
  expect(variant.status()).toBe(200);
  expect(variant.headers()["content-type"]).toBe("image/jpeg");
  expect(variant.headers()["x-content-type-options"]).toBe("nosniff");
  expect(variant.headers()["cache-control"]).toContain("immutable");
  const bytes = await variant.body();
  expect((await sharp(bytes).metadata()).exif).toBeUndefined();
  expect(bytes.includes(Buffer.from("Stadtkamera"))).toBe(false);
  // The original photo (with its GPS position) is never served.
  expect((await request.get(variantUrl.replace(/\d+\.jpg$/, "original.jpg"))).status()).toBe(404);

  const pdfUrl = (await link.getAttribute("href"))!;
  const whole = await request.get(pdfUrl);
  expect(whole.headers()["content-type"]).toBe("application/pdf");
  expect(whole.headers()["content-disposition"]).toMatch(/^inline;/);
  const part = await request.get(pdfUrl, { headers: { Range: "bytes=0-7" } });
  expect(part.status()).toBe(206);
  expect(part.headers()["content-range"]).toMatch(/^bytes 0-7\/\d+$/);
  expect(await part.text()).toBe("%PDF-1.4");
  await reader.close();

  // A file in use is refused first: the message and a list name the posts, and deleting anyway is a second step.
  await page.goto("/dashboard/medien");
  const used = card(page, `rathaus-${run}`);
  await expect(used.getByRole("link", { name: title })).toHaveAttribute("href", new URL(postUrl).pathname);
  await used.getByRole("button", { name: `Löschen: rathaus-${run}` }).click();
  const confirmation = used.getByTestId("loeschen-bestaetigen");
  await expect(confirmation).toHaveAttribute("role", "alert");
  await expect(confirmation).toContainText(`„rathaus-${run}“ wird in einem Beitrag verwendet:`);
  await expect(confirmation.getByRole("listitem").getByRole("link", { name: title })).toHaveAttribute("href", new URL(postUrl).pathname);
  await expect(confirmation.getByRole("button", { name: "Trotzdem löschen – 1 Beitrag verliert dieses Bild" })).toBeVisible();
  await expectAccessible(page);
  await confirmation.getByRole("button", { name: "Nicht löschen" }).click();
  await expect(confirmation).toBeHidden();
  await page.reload();
  await expect(card(page, `rathaus-${run}`)).toBeVisible();

  // Replacing the inline photo: same item, new file; the article shows it with the alt text and credit kept.
  const replaced = card(page, `sprechstunde-${run}`);
  const replaceInput = replaced.getByLabel(`Datei ersetzen: sprechstunde-${run}`);
  await expect(replaceInput).toHaveAttribute("accept", /image\/jpeg/);
  await replaced.getByTestId("ersetzen").locator('input[type="file"]').setInputFiles({ name: `sprechstunde-neu-${run}.jpg`, mimeType: "image/jpeg", buffer: await photo(5, 1200, 800) });
  await expect(replaced.getByTestId("ersetzen").getByRole("status")).toHaveText("Ersetzt. Die Beiträge zeigen jetzt die neue Datei.", { timeout: 30_000 });
  await expect(replaced).toContainText(`sprechstunde-neu-${run}.jpg`);
  await expect(replaced.getByLabel("Alternativtext", { exact: true })).toHaveValue("Bürgersprechstunde im Foyer");
  // A document cannot replace a photo; the server says so in German.
  await replaced.getByTestId("ersetzen").locator('input[type="file"]').setInputFiles({ name: `kein-bild-${run}.jpg`, mimeType: "image/jpeg", buffer: pdf() });
  await expect(replaced.getByTestId("ersetzen").getByRole("status")).toHaveText("Fehlgeschlagen: Ein Bild lässt sich nur durch ein Bild ersetzen.", { timeout: 30_000 });

  const readerAgain = await page.context().browser()!.newContext();
  const after = await readerAgain.newPage();
  await after.goto(`/artikel/${slug}`);
  const newInline = after.locator("main .prose figure");
  await expect(newInline.locator("img")).toHaveAttribute("alt", "Bürgersprechstunde im Foyer");
  await expect(newInline.locator("img")).toHaveAttribute("width", "1200");
  await expect(newInline.locator("figcaption")).toHaveText("Foto: Tobias Brandt");
  const newInlineSrc = (await newInline.locator("img").getAttribute("src"))!;
  expect(newInlineSrc).not.toBe(oldInlineSrc);
  expect(await newInline.locator("img").evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  // A page cached before the change still names the old file: it keeps being served.
  expect((await request.get(oldInlineSrc)).status()).toBe(200);

  // Deleting the cover after confirming: the post loses it, the article shows no cover and no broken image.
  await page.goto("/dashboard/medien");
  const doomed = card(page, `rathaus-${run}`);
  await doomed.getByRole("button", { name: `Löschen: rathaus-${run}` }).click();
  await expect(doomed.getByTestId("loeschen-bestaetigen")).toContainText("wird in einem Beitrag verwendet:");
  await expect(doomed.getByTestId("loeschen-bestaetigen")).not.toContainText("Entfernen Sie die Datei zuerst dort");
  await doomed.getByRole("button", { name: "Trotzdem löschen – 1 Beitrag verliert dieses Bild" }).click();
  await expect(card(page, `rathaus-${run}`)).toHaveCount(0);
  await expect(ui(page).getByTestId("loeschen-hinweis").getByRole("button", { name: "Rückgängig" })).toBeVisible();
  await after.goto(`/artikel/${slug}`);
  await expect(after.locator("main h1")).toHaveText(title);
  await expect(after.locator('main img[alt="Das Rathaus am Marktplatz im Morgenlicht"]')).toHaveCount(0);
  await expect(after.locator("main figure")).toHaveCount(1);
  expect((await request.get(variantUrl)).status()).toBe(404);
  await expectAccessible(after);
  await readerAgain.close();
});

test("cancelling an upload in progress marks it cancelled and leaves nothing in the library", async ({ page }) => {
  await signIn(page, accounts.editor);
  await page.goto("/dashboard/medien");
  // Chromium's own network throttling keeps the upload running long enough to cancel it.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 64 * 1024 });
  const name = `abbruch-${run}.pdf`;
  await ui(page).getByLabel("Dateien hierher ziehen oder auswählen").setInputFiles({
    name,
    mimeType: "application/pdf",
    buffer: Buffer.concat([pdf(), Buffer.alloc(2 * 1024 * 1024, 0x20)]),
  });
  const upload = ui(page).getByTestId("upload").filter({ hasText: name });
  await expect(upload.getByRole("status")).toHaveText(/^Wird hochgeladen \([1-9]\d? %\)$/, { timeout: 20_000 });
  const torndown = page.waitForEvent("requestfailed", (request) => request.method() === "POST" && new URL(request.url()).pathname === "/api/medien");
  await upload.getByRole("button", { name: `Abbrechen: ${name}` }).click();
  await expect(upload.getByRole("status")).toHaveText("Abgebrochen");
  await expect(upload.getByRole("button", { name: `Abbrechen: ${name}` })).toHaveCount(0);
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  // The upload's connection is gone, so the server saw a body that ended early: it records no entry.
  expect((await torndown).failure()?.errorText).toBe("net::ERR_ABORTED");
  await page.goto(`/dashboard/medien?q=${encodeURIComponent(`abbruch-${run}`)}`);
  await expect(ui(page).getByText("Keine Medien gefunden.")).toBeVisible();
  await expect(ui(page).getByTestId("medium")).toHaveCount(0);
});

test("replacing refuses strangers, unknown ids, stale views and bodies without a file, in German and without a 500", async ({ page, playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const hash = "0".repeat(64);
  const multipart = { file: { name: "x.pdf", mimeType: "application/pdf", buffer: pdf() } };
  expect((await anonymous.put(`/api/medien/1?stand=${hash}`, { multipart })).status()).toBe(401);
  await anonymous.dispose();

  await signIn(page, accounts.editor);
  const api = page.request;
  for (const [path, status] of [
    [`/api/medien/999999?stand=${hash}`, 404],
    [`/api/medien/abc?stand=${hash}`, 404],
    [`/api/medien/1e3?stand=${hash}`, 404],
    [`/api/medien/99999999999?stand=${hash}`, 404],
    ["/api/medien/1", 400],
    ["/api/medien/1?stand=../../etc", 400],
  ] as const) {
    const response = await api.put(path, { multipart });
    expect(response.status(), path).toBe(status);
    expect((await response.json()).error, path).toMatch(/[a-zäöüß]/);
  }
  // A demo whitepaper, replaced by someone who saw another file: 409, nothing read, nothing changed.
  await page.goto("/dashboard/medien?art=dokumente");
  const first = ui(page).getByTestId("medium").first();
  const url = (await first.getByRole("link", { name: "Datei öffnen" }).getAttribute("href"))!;
  const id = await first.getByTestId("ersetzen").locator('input[type="file"]').getAttribute("id");
  const itemId = Number(id!.replace("ersetzen-", ""));
  const stale = await api.put(`/api/medien/${itemId}?stand=${"f".repeat(64)}`, { multipart });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).error).toBe("Die Datei wurde inzwischen von jemand anderem geändert. Bitte laden Sie die Seite neu.");
  const currentHash = /\/medien\/([0-9a-f]{64})\//.exec(url)![1]!;
  const noFile = await api.put(`/api/medien/${itemId}?stand=${currentHash}`, { multipart: { title: "nur ein Feld" } });
  expect(noFile.status()).toBe(400);
  const hostile = await api.put(`/api/medien/${itemId}?stand=${currentHash}`, {
    multipart: { file: { name: "<script>alert(1)</script>.png", mimeType: "image/png", buffer: Buffer.from("<!doctype html><script>alert(1)</script>") } },
  });
  expect(hostile.status()).toBe(415);
  expect((await hostile.json()).error).toContain("Dieser Dateityp wird nicht angenommen");
  await page.reload();
  await expect(ui(page).getByTestId("medium").first().getByRole("link", { name: "Datei öffnen" })).toHaveAttribute("href", url);
});

test("serving refuses unknown files, path tricks and listings", async ({ request }) => {
  const unknown = "0".repeat(64);
  for (const path of [
    `/medien/${unknown}/960.jpg`,
    `/medien/${unknown}/original.pdf`,
    "/medien/..%2F..%2Fpackage.json/x",
    `/medien/${unknown}/..%2F..%2F..%2Fpackage.json`,
    `/medien/${unknown}/960.jpg%00.html`,
    // (A bare "%2e%2e" is resolved to ".." by the client's URL parser before it is sent; doubly encoded it reaches us.)
    "/medien/%252e%252e/%252e%252e",
    `/medien/${unknown}`,
    "/medien",
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).not.toContain('"name": "blattwerk"');
  }
});

test("uploads are refused without a session", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const response = await anonymous.post("/api/medien", {
    multipart: { file: { name: "x.pdf", mimeType: "application/pdf", buffer: pdf() } },
  });
  expect(response.status()).toBe(401);
  await anonymous.dispose();
});

test("a 2 GB upload is refused while streaming, without the server reading it all", async ({ page, baseURL }) => {
  await signIn(page, accounts.editor);
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const boundary = "----blattwerk2gb";
  const encoder = new TextEncoder();
  const chunk = new Uint8Array(1024 * 1024).fill(0x25);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="riesig.pdf"\r\nContent-Type: application/pdf\r\n\r\n`));
    },
    pull(controller) {
      if (sent >= 2 * 1024 ** 3) return controller.close();
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  });
  const started = Date.now();
  const response = await fetch(`${baseURL}/api/medien`, {
    method: "POST",
    headers: { "content-type": `multipart/form-data; boundary=${boundary}`, cookie },
    body,
    duplex: "half",
  } as RequestInit).catch((error: unknown) => error as Error);
  // Either the 413 arrives, or the server closes the connection once it has refused: in both cases long before 2 GB.
  if (response instanceof Response) expect(response.status).toBe(413);
  expect(sent).toBeLessThan(200 * 1024 * 1024);
  console.log(`2 GB upload refused after ${(sent / 1024 / 1024).toFixed(0)} MB sent, ${Date.now() - started} ms`);
});
