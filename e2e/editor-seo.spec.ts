// A post's own search title, description, image for shared links and „nicht indexieren“, set with the keyboard and
// seen where search engines and social networks look: the article's head, its JSON-LD, its card and the sitemap.
import { createHash } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "./support/test";
import { accounts, FIRST_SAVE_MS, signIn } from "./support/dashboard";
import { expectAccessible } from "./support/checks";

const ui = (page: Page) => page.locator("[data-view]:visible");

async function head(request: APIRequestContext, slug: string) {
  const html = await (await request.get(`/artikel/${slug}`)).text();
  const meta = (name: string) => new RegExp(`<meta (?:name|property)="${name}" content="([^"]*)"`).exec(html)?.[1];
  const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((match) => JSON.parse(match[1]!));
  const posting = jsonLd.flatMap((doc) => doc["@graph"] ?? [doc]).find((thing: { "@type"?: string }) => thing["@type"] === "BlogPosting");
  return {
    title: /<title>([^<]*)<\/title>/.exec(html)?.[1],
    description: meta("description"),
    ogTitle: meta("og:title"),
    robots: meta("robots"),
    postingDescription: posting?.description as string | undefined,
  };
}

async function sitemapSlugs(request: APIRequestContext): Promise<string[]> {
  const xml = await (await request.get("/sitemaps/beitraege-1.xml")).text();
  return [...xml.matchAll(/\/artikel\/([^<]+)<\/loc>/g)].map((match) => match[1]!);
}

const cardHash = async (request: APIRequestContext, slug: string) =>
  createHash("sha256").update(await (await request.get(`/artikel/${slug}/og.png`)).body()).digest("hex");

test("an editor gives a post its own search title, description, social image and „nicht indexieren“; readers' pages follow", async ({ page, request }) => {
  test.setTimeout(150_000);
  await signIn(page, accounts.editor);
  const title = `Suchmaschinen-Angaben ${Date.now().toString(36)}`;
  await page.goto("/dashboard/beitraege/neu");
  await ui(page).getByLabel("Erste Kategorie (Pflicht)").selectOption({ label: "Basics" });
  await ui(page).getByLabel("Kurzfassung").fill("Die Kurzfassung für die Startseite.");
  await ui(page).getByLabel("Text (Markdown)").fill("Ein Text über Suchmaschinen.");
  await ui(page).getByLabel("Titel", { exact: true }).fill(title);
  await expect(page).toHaveURL(/\/dashboard\/beitraege\/\d+$/, { timeout: 20_000 });
  await ui(page).getByRole("button", { name: "Jetzt veröffentlichen" }).click();
  await expect(ui(page).getByTestId("speicherstatus")).toContainText("Veröffentlicht");
  const slug = await ui(page).getByLabel("Adresse (Slug)").inputValue();

  // Nothing set: title, excerpt and the generated card, as before; the post is in the sitemap.
  expect(await head(request, slug)).toMatchObject({ title: `${title} – Amtsblatt digital`, description: "Die Kurzfassung für die Startseite.", robots: undefined });
  expect(await sitemapSlugs(request)).toContain(slug);
  const generatedCard = await cardHash(request, slug);

  // The box opens with the keyboard; its fields show how much of them a search result shows.
  const box = ui(page).getByTestId("seo-felder");
  await box.getByText("Suchmaschinen und soziale Netzwerke").focus();
  await page.keyboard.press("Enter");
  await expect(box.getByLabel("Überschrift im Suchergebnis")).toBeVisible();
  await box.getByLabel("Überschrift im Suchergebnis").focus();
  await page.keyboard.type("Social Media im Amt: Suchtitel");
  const description = "So beschreibt das Suchergebnis den Beitrag. ".repeat(4).trim();
  await box.getByLabel("Beschreibung im Suchergebnis (Meta-Description)").fill(description);
  await expect(box.getByText(`${description.length} Zeichen – ${description.length - 155} mehr, als ein Suchergebnis zeigt`)).toBeVisible();
  await expect(box.getByText("30 von etwa 60 Zeichen")).toBeVisible();
  const snippet = box.getByTestId("suchergebnis");
  await expect(snippet).toContainText("Social Media im Amt: Suchtitel");
  await expect(snippet).toContainText(`artikel › ${slug}`);
  const image = box.getByLabel("Bild für soziale Netzwerke");
  const withAlt = await image.locator("option").evaluateAll((options) =>
    options.map((option) => (option as HTMLOptionElement).value).filter((value, i) => value !== "" && !options[i]!.textContent!.includes("fehlt")),
  );
  await image.selectOption(withAlt[0]!);
  await expectAccessible(page);
  await ui(page).getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(ui(page).getByTestId("speicherstatus")).toContainText(/Gespeichert/);

  await expect.poll(async () => (await head(request, slug)).title).toBe("Social Media im Amt: Suchtitel");
  expect(await head(request, slug)).toMatchObject({ description, ogTitle: "Social Media im Amt: Suchtitel", robots: undefined, postingDescription: description });
  expect(await cardHash(request, slug)).not.toBe(generatedCard);

  // „Nicht indexieren“: robots noindex, out of the sitemap, still readable; the sketch says it will not be found.
  await box.getByLabel("Nicht indexieren").check();
  await expect(snippet).toContainText("Dieser Beitrag erscheint nicht in Suchergebnissen.");
  await ui(page).getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(ui(page).getByTestId("speicherstatus")).toContainText(/Gespeichert/);
  await expect.poll(async () => (await head(request, slug)).robots).toBe("noindex, follow");
  expect(await sitemapSlugs(request)).not.toContain(slug);
  expect((await request.get(`/artikel/${slug}`)).status()).toBe(200);

  // Taken back, and emptied: the post's own title and card return, and so does its sitemap entry.
  await box.getByLabel("Nicht indexieren").uncheck();
  await box.getByLabel("Überschrift im Suchergebnis").fill("");
  await image.selectOption("");
  await ui(page).getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(ui(page).getByTestId("speicherstatus")).toContainText(/Gespeichert/);
  await expect.poll(async () => (await head(request, slug)).title).toBe(`${title} – Amtsblatt digital`);
  expect((await head(request, slug)).robots).toBeUndefined();
  expect(await sitemapSlugs(request)).toContain(slug);
  expect(await cardHash(request, slug)).toBe(generatedCard);
});

test("an overlong search title is refused under its field, and what was typed stays", async ({ page }) => {
  await signIn(page, accounts.editor);
  await page.goto("/dashboard/beitraege/neu");
  await ui(page).getByLabel("Titel", { exact: true }).fill(`Zu lang ${Date.now().toString(36)}`);
  // The title is autosaved first; the SEO fields are filled on the post's own page, not on the one being replaced.
  await expect(page).toHaveURL(/\/dashboard\/beitraege\/\d+$/, { timeout: FIRST_SAVE_MS });
  const box = ui(page).getByTestId("seo-felder");
  await box.getByText("Suchmaschinen und soziale Netzwerke").click();
  const tooLong = "Ein Suchtitel, der viel zu lang geraten ist. ".repeat(3);
  await box.getByLabel("Überschrift im Suchergebnis").fill(tooLong);
  await ui(page).getByRole("button", { name: "Entwurf speichern" }).click();
  await expect(box.getByText("Die Überschrift im Suchergebnis ist zu lang (höchstens 120 Zeichen).")).toBeVisible();
  await expect(box.getByLabel("Überschrift im Suchergebnis")).toHaveAttribute("aria-invalid", "true");
  await expect(box.getByLabel("Überschrift im Suchergebnis")).toHaveValue(tooLong);
  await expectAccessible(page);
});
