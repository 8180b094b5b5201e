import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type APIRequestContext, type Page } from "./support/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import Parser from "rss-parser";
import { demoScheduled } from "../scripts/demo-content/posts";
import { expectAccessible } from "./support/checks";
import { e2eFixtures } from "./support/fixture-posts";

const schemas = path.resolve("lib/seo/schemas");
const hidden = [e2eFixtures.draftSlug, demoScheduled.slug];

function validateAgainstXsd(xml: string, schema: "sitemap.xsd" | "siteindex.xsd"): void {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "e2e-sitemap-")), "doc.xml");
  writeFileSync(file, xml);
  execFileSync("xmllint", ["--noout", "--schema", path.join(schemas, schema), file], { stdio: "pipe" });
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);

test("robots.txt names the sitemap and keeps crawlers out of the private parts", async ({ request, baseURL }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/plain; charset=utf-8");
  const text = await response.text();
  expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  for (const path of ["/dashboard", "/anmelden", "/vorschau", "/suche"]) expect(text).toContain(`Disallow: ${path}\n`);
  expect((await request.get("/dashboard", { maxRedirects: 0 })).headers()["x-robots-tag"]).toBe("noindex, nofollow");
});

test("the sitemap index and every child validate against the sitemaps.org schemas and list only published pages", async ({ request, baseURL }) => {
  const index = await request.get("/sitemap.xml");
  expect(index.status()).toBe(200);
  expect(index.headers()["content-type"]).toBe("application/xml; charset=utf-8");
  const indexXml = await index.text();
  validateAgainstXsd(indexXml, "siteindex.xsd");
  const children = locs(indexXml);
  expect(children).toEqual([`${baseURL}/sitemaps/seiten.xml`, `${baseURL}/sitemaps/beitraege-1.xml`]);

  const urls: string[] = [];
  for (const child of children) {
    const response = await request.get(child);
    expect(response.status()).toBe(200);
    const xml = await response.text();
    validateAgainstXsd(xml, "sitemap.xsd");
    expect(xml).toMatch(/<lastmod>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ<\/lastmod>/);
    urls.push(...locs(xml));
  }
  expect(urls).toContain(`${baseURL}/`);
  expect(urls).toContain(`${baseURL}/kategorie/interviews`);
  expect(urls).toContain(`${baseURL}/autor/jana-wiesner`);
  expect(urls).toContain(`${baseURL}/serie/fuenf-fragen-an`);
  expect(urls).toContain(`${baseURL}/artikel/willkommen-bei-amtsblatt-digital`);
  for (const slug of hidden) expect(urls).not.toContain(`${baseURL}/artikel/${slug}`);
  expect(new Set(urls).size).toBe(urls.length);

  // A sample of the listed URLs are real pages.
  for (const url of [urls[0]!, urls.at(-1)!, urls.find((u) => u.includes("/autor/"))!]) {
    expect((await request.get(url)).status(), url).toBe(200);
  }
  expect((await request.get("/sitemaps/beitraege-2.xml")).status()).toBe(404);
  expect((await request.get("/sitemaps/beliebig.xml")).status()).toBe(404);
});

async function alternates(page: Page): Promise<{ type: string; href: string; title: string }[]> {
  return page.locator('head link[rel="alternate"]').evaluateAll((links) =>
    links.map((link) => ({
      type: link.getAttribute("type") ?? "",
      href: link.getAttribute("href") ?? "",
      title: link.getAttribute("title") ?? "",
    })),
  );
}

async function fetchFeed(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  const type = response.headers()["content-type"];
  const body = await response.text();
  if (url.endsWith(".json")) {
    expect(type).toBe("application/feed+json; charset=utf-8");
    const json = JSON.parse(body) as { version: string; items: { url: string; id: string; title: string }[] };
    expect(json.version).toBe("https://jsonfeed.org/version/1.1");
    return json.items.map((item) => ({ link: item.url, id: item.id, title: item.title }));
  }
  expect(type).toBe(url.endsWith(".atom") ? "application/atom+xml; charset=utf-8" : "application/rss+xml; charset=utf-8");
  expect(XMLValidator.validate(body)).toBe(true);
  const feed = await new Parser().parseString(body);
  return feed.items.map((item) => ({ link: item.link ?? "", id: item.guid ?? item.id ?? "", title: item.title ?? "" }));
}

const feedPages = [
  { path: "/", scope: "" },
  { path: "/kategorie/interviews", scope: "/kategorie/interviews" },
  { path: "/autor/jana-wiesner", scope: "/autor/jana-wiesner" },
  { path: "/serie/fuenf-fragen-an", scope: "/serie/fuenf-fragen-an" },
];

for (const { path: pagePath, scope } of feedPages) {
  test(`${pagePath} advertises its RSS, Atom and JSON feeds, and each parses with the same posts`, async ({ page, request, baseURL }) => {
    await page.goto(pagePath);
    const links = await alternates(page);
    const own = ["feed.xml", "feed.atom", "feed.json"].map((file) => `${baseURL}${scope}/${file}`);
    const mediaTypes = ["application/rss+xml", "application/atom+xml", "application/feed+json"];
    // Per media type, the page's own feed comes first, then the whole site's.
    for (const [index, type] of mediaTypes.entries()) {
      expect(links.filter((link) => link.type === type).map((link) => link.href)).toEqual(
        scope === "" ? [own[index]] : [own[index], own[index]!.replace(scope, "")],
      );
    }

    const [rss, atom, json] = await Promise.all(own.map((url) => fetchFeed(request, url)));
    expect(rss!.length).toBeGreaterThan(0);
    expect(rss!.length).toBeLessThanOrEqual(20);
    for (const items of [atom!, json!]) {
      expect(items.map((item) => item.link)).toEqual(rss!.map((item) => item.link));
      expect(items.map((item) => item.id)).toEqual(rss!.map((item) => item.id));
    }
    for (const item of rss!) {
      expect(item.id).toMatch(/^tag:127\.0\.0\.1,2026:post-\d+$/);
      expect(item.link.startsWith(`${baseURL}/artikel/`)).toBe(true);
      for (const slug of hidden) expect(item.link).not.toContain(slug);
    }
    if (scope !== "") {
      // The feed is the page's list: its newest posts (a series page shows them in series order instead).
      const onPage = await page.locator("main:visible article h2 a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      const feedLinks = rss!.map((item) => item.link).slice(0, onPage.length);
      if (scope.startsWith("/serie/")) expect(feedLinks.toSorted()).toEqual(onPage.toSorted());
      else expect(feedLinks).toEqual(onPage.slice(0, rss!.length));
    }
  });
}

test("feeds keep umlauts and quotes, answer conditional requests and HEAD", async ({ request }) => {
  const response = await request.get("/feed.xml");
  const body = await response.text();
  expect(body.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
  expect(body).toMatch(/[äöüÄÖÜß]/);
  const etag = response.headers()["etag"]!;
  expect(response.headers()["last-modified"]).toMatch(/GMT$/);
  expect((await request.get("/feed.xml", { headers: { "If-None-Match": etag } })).status()).toBe(304);
  const head = await request.head("/feed.atom");
  expect(head.status()).toBe(200);
  expect(head.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  expect((await head.body()).length).toBe(0);
  expect((await request.get("/kategorie/gibt-es-nicht/feed.xml")).status()).toBe(404);
  expect((await request.get("/autor/niemand/feed.json")).status()).toBe(404);
});

type Head = {
  title: string;
  description: string | null;
  canonical: string | null;
  og: Record<string, string[]>;
  twitterCard: string | null;
  jsonLd: Record<string, unknown>[];
  prev: string | null;
  next: string | null;
};

async function readHead(page: Page): Promise<Head> {
  return page.evaluate(() => {
    const attr = (selector: string, name: string) => document.head.querySelector(selector)?.getAttribute(name) ?? null;
    const og: Record<string, string[]> = {};
    for (const meta of document.head.querySelectorAll('meta[property^="og:"], meta[property^="article:"]')) {
      const key = meta.getAttribute("property")!;
      (og[key] ??= []).push(meta.getAttribute("content") ?? "");
    }
    return {
      title: document.title,
      description: attr('meta[name="description"]', "content"),
      canonical: attr('link[rel="canonical"]', "href"),
      og,
      twitterCard: attr('meta[name="twitter:card"]', "content"),
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? "")),
      prev: attr('link[rel="prev"]', "href"),
      next: attr('link[rel="next"]', "href"),
    };
  });
}

const types = (head: Head) => head.jsonLd.flatMap((block) => ((block["@graph"] as { "@type": string }[]) ?? []).map((thing) => thing["@type"]));

test("every page type has its own title, description, canonical URL, Open Graph, Twitter card and JSON-LD", async ({ page, baseURL }) => {
  const pages = [
    { path: "/", type: "website", ld: ["WebSite", "Organization"] },
    { path: "/kategorie/interviews", type: "website", ld: ["BreadcrumbList"] },
    { path: "/artikel/willkommen-bei-amtsblatt-digital", type: "article", ld: ["BlogPosting", "Organization", "BreadcrumbList"] },
    { path: "/autor/jana-wiesner", type: "website", ld: ["ProfilePage", "BreadcrumbList"] },
    { path: "/serie/fuenf-fragen-an", type: "website", ld: ["CreativeWorkSeries", "BreadcrumbList"] },
  ];
  const seen = { titles: new Set<string>(), descriptions: new Set<string>() };
  for (const { path: pagePath, type, ld } of pages) {
    await page.goto(pagePath);
    const head = await readHead(page);
    // Next writes the front page's canonical as the bare origin, the same URL as "<origin>/".
    expect(head.canonical, pagePath).toBe(pagePath === "/" ? baseURL : `${baseURL}${pagePath}`);
    expect(head.description?.length, pagePath).toBeGreaterThan(20);
    seen.titles.add(head.title);
    seen.descriptions.add(head.description!);
    expect(head.og["og:locale"]).toEqual(["de_DE"]);
    expect(head.og["og:type"]).toEqual([type]);
    expect(head.og["og:url"]).toEqual([head.canonical]);
    expect(head.og["og:site_name"]).toEqual(["Amtsblatt digital"]);
    expect(head.og["og:image"]?.[0]?.startsWith(`${baseURL}/`)).toBe(true);
    expect(head.twitterCard).toBe("summary_large_image");
    expect(types(head)).toEqual(ld);
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
  }
  expect(seen.titles.size).toBe(pages.length);
  expect(seen.descriptions.size).toBe(pages.length);
});

test("an article's structured data and Open Graph describe the post, its author, publisher and cover", async ({ page, request, baseURL }) => {
  await page.goto("/artikel/willkommen-bei-amtsblatt-digital");
  const head = await readHead(page);
  expect(head.og["article:published_time"]?.[0]).toMatch(/^\d{4}-\d\d-\d\dT/);
  expect(head.og["article:modified_time"]?.[0]).toMatch(/^\d{4}-\d\d-\d\dT/);
  expect(head.og["article:section"]).toEqual(["Allgemein"]);
  expect(head.og["article:author"]).toEqual([`${baseURL}/autor/jana-wiesner`]);
  const graph = head.jsonLd[0]!["@graph"] as Record<string, unknown>[];
  const article = graph.find((thing) => thing["@type"] === "BlogPosting")!;
  expect(article).toMatchObject({
    headline: "Willkommen bei „Amtsblatt digital“",
    url: `${baseURL}/artikel/willkommen-bei-amtsblatt-digital`,
    author: { "@type": "Person", name: "Jana Wiesner", url: `${baseURL}/autor/jana-wiesner` },
    publisher: { "@id": `${baseURL}/#organization` },
    image: { "@type": "ImageObject", creditText: "Illustration: Amtsblatt digital", copyrightNotice: "© Amtsblatt digital" },
  });
  const organization = graph.find((thing) => thing["@type"] === "Organization") as { logo: { url: string } };
  expect((await request.get(organization.logo.url)).headers()["content-type"]).toBe("image/png");
  const crumbs = graph.find((thing) => thing["@type"] === "BreadcrumbList") as { itemListElement: { name: string; item: string }[] };
  expect(crumbs.itemListElement.map((crumb) => crumb.name)).toEqual(["Startseite", "Allgemein", "Willkommen bei „Amtsblatt digital“"]);
  for (const crumb of crumbs.itemListElement) expect((await request.get(crumb.item)).status()).toBe(200);
  await expectAccessible(page);
});

test("paginated lists link their neighbours with rel=prev/next and keep page 1 without a twin", async ({ page, baseURL }) => {
  await page.goto("/seite/2");
  const second = await readHead(page);
  expect(second.canonical).toBe(`${baseURL}/seite/2`);
  expect(second.prev).toBe(`${baseURL}/`);
  expect(second.next).toBe(`${baseURL}/seite/3`);
  await page.goto("/");
  const first = await readHead(page);
  expect(first.prev).toBeNull();
  expect(first.next).toBe(`${baseURL}/seite/2`);
});

test("demo articles show their library cover as <picture>, and the feeds carry it with its credit", async ({ page, request, baseURL }) => {
  await page.goto("/artikel/willkommen-bei-amtsblatt-digital");
  const cover = page.locator("main figure").first();
  await expect(cover.locator('picture source[type="image/avif"]')).toHaveAttribute("srcset", /\/medien\/[0-9a-f]{64}\/480\.avif 480w, .*960\.avif 960w, .*1600\.avif 1600w/);
  const img = cover.locator("img");
  await expect(img).toHaveAttribute("alt", /^Illustration eines Rathauses/);
  await expect(img).toHaveAttribute("width", "1600");
  await expect(img).toHaveAttribute("height", "900");
  await expect(cover.locator("figcaption")).toHaveText("Illustration: Amtsblatt digital");
  expect(await img.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0)).toBe(true);
  // Teasers use the same variants. A category no spec publishes into: the front page and the site feed may hold only
  // newer posts without covers, published by other specs in parallel.
  await page.goto("/kategorie/rechtliches");
  await expect(page.locator("main article picture").first()).toBeVisible();

  const rss = await (await request.get("/kategorie/rechtliches/feed.xml")).text();
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(rss);
  const items = parsed.rss.channel.item as Record<string, unknown>[];
  const withCover = items.filter((item) => item["media:content"]);
  expect(withCover.length).toBeGreaterThan(2);
  for (const item of withCover) {
    const media = item["media:content"] as Record<string, unknown>;
    const enclosure = item.enclosure as Record<string, string>;
    expect(media["media:credit"]).toBe("Illustration: Amtsblatt digital");
    expect(media["@url"]).toBe(enclosure["@url"]);
    expect(enclosure["@type"]).toBe("image/jpeg");
    expect(Number(enclosure["@length"])).toBeGreaterThan(0);
    expect(String(item["content:encoded"])).toContain("<figcaption>Illustration: Amtsblatt digital</figcaption>");
  }
  const enclosureUrl = (withCover[0]!.enclosure as Record<string, string>)["@url"]!;
  expect(enclosureUrl.startsWith(`${baseURL}/medien/`)).toBe(true);
  const file = await request.get(enclosureUrl);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("image/jpeg");

  const json = (await (await request.get("/kategorie/rechtliches/feed.json")).json()) as { items: { image?: string; _cover?: { credit: string } }[] };
  const jsonCovered = json.items.filter((item) => item.image);
  expect(jsonCovered.length).toBe(withCover.length);
  for (const item of jsonCovered) expect(item._cover?.credit).toBe("Illustration: Amtsblatt digital");
});

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test("articles get a 1200×630 PNG social image drawn on our server", async ({ page, request }) => {
  await page.goto("/artikel/willkommen-bei-amtsblatt-digital");
  const head = await readHead(page);
  const imageUrl = head.og["og:image"]![0]!;
  expect(imageUrl).toMatch(/\/artikel\/willkommen-bei-amtsblatt-digital\/og\.png$/);
  const image = await request.get(imageUrl);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  expect(pngSize(await image.body())).toEqual({ width: 1200, height: 630 });
  const site = await request.get("/og.png");
  expect(pngSize(await site.body())).toEqual({ width: 1200, height: 630 });
  expect((await request.get(`/artikel/${e2eFixtures.draftSlug}/og.png`)).status()).toBe(404);
});

test("every page names our own favicon and Apple touch icon, and both are served from this site", async ({ page, request }) => {
  await page.goto("/");
  const icons = await page.locator('link[rel="icon"], link[rel="apple-touch-icon"]').evaluateAll((links) =>
    links.map((link) => `${link.getAttribute("rel")} ${link.getAttribute("href")}`),
  );
  expect(icons).toEqual(["icon /favicon.ico", "icon /favicon.svg", "apple-touch-icon /apple-touch-icon.png"]);
  for (const [path, type] of [
    ["/favicon.ico", "image/x-icon"],
    ["/favicon.svg", "image/svg+xml"],
    ["/apple-touch-icon.png", "image/png"],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toBe(type);
  }
});
