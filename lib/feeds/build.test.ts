import { XMLParser, XMLValidator } from "fast-xml-parser";
import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import type { FeedContent, FeedEntry } from "@/db/queries/feeds";
import { escapeHtml } from "@/lib/seo/escape";
import { buildFeed, postGuid } from "./build";

const origin = "https://amtsblatt.example";
const hostileTitle = "Recht & Ordnung: <script>alert(1)</script> „Zitat“ – Ärger über Öl";

const hash = "e".repeat(64);
const cover = {
  mediaId: 3,
  width: 1600,
  height: 900,
  alt: "Das Rathaus am Markt",
  caption: "",
  credit: "Stadt <Musterhausen> & Partner",
  licence: "CC BY 4.0",
  licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
  position: "50% 50%",
  focal: { x: 0.5, y: 0.5 },
  sources: [],
  src: `/medien/${hash}/1600.jpg`,
  srcSet: `/medien/${hash}/1600.jpg 1600w`,
};
const coverUrl = `${origin}/medien/${hash}/1600.jpg`;

const entry = (id: number, overrides: Partial<FeedEntry> = {}): FeedEntry => ({
  id,
  slug: `beitrag-${id}`,
  title: `Beitrag ${id}`,
  excerpt: `Kurzfassung ${id} mit <b>Spitzen</b> & Kanten`,
  html: `<p>Text ${id} mit <a href="${origin}/artikel/x">Link</a> und ]]&gt; Ende</p>`,
  publishedAt: new Date(Date.UTC(2026, 0, id, 8)),
  updatedAt: new Date(Date.UTC(2026, 0, id, 9)),
  author: { displayName: "Jürgen Müller-Lüdenscheidt", slug: "juergen" },
  categories: [{ name: "Recht & Datenschutz", slug: "recht" }],
  cover,
  ...overrides,
});

const content: FeedContent = {
  scope: { kind: "category", slug: "recht" },
  title: "Recht & Datenschutz",
  description: "Alles über Paragraphen <und> Pflichten",
  entries: [entry(2, { title: hostileTitle }), entry(1, { cover: null })],
};
const settings = {
  origin,
  publication: { name: "Amtsblatt digital", description: "Praxiswissen" },
  coverSize: () => 2102,
};

describe("buildFeed", () => {
  it("writes RSS 2.0 that a strict XML parser and a feed parser accept", async () => {
    const xml = buildFeed(content, "rss", settings);
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = await new Parser().parseString(xml);
    expect(feed.title).toBe("Recht & Datenschutz – Amtsblatt digital");
    expect(feed.link).toBe(`${origin}/kategorie/recht`);
    expect(feed.items).toHaveLength(2);
    const [first] = feed.items;
    expect(first?.title).toBe(hostileTitle);
    expect(first?.guid).toBe(postGuid(origin, 2));
    expect(first?.link).toBe(`${origin}/artikel/beitrag-2`);
    expect(first?.creator).toBe("Jürgen Müller-Lüdenscheidt");
    expect(first?.categories).toEqual([{ _: "Recht & Datenschutz", $: { domain: `${origin}/kategorie/recht` } }]);
    expect(first?.enclosure).toEqual({ url: coverUrl, type: "image/jpeg", length: "2102" });
    expect(new Date(first!.pubDate!).toISOString()).toBe("2026-01-02T08:00:00.000Z");
    expect(first?.["content:encoded"]).toContain("]]&gt; Ende");
    expect(xml).toContain('<guid isPermaLink="false">tag:amtsblatt.example,2026:post-2</guid>');
    // RSS's <author> is an e-mail address; we publish names through dc:creator only.
    expect(xml).not.toContain("<author>");
  });

  it("writes Atom 1.0 with HTML-escaped titles, real enclosure types and tag URIs as ids", async () => {
    const xml = buildFeed(content, "atom", settings);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain(`<link rel="enclosure" href="${coverUrl}" type="image/jpeg" length="2102"/>`);
    expect(xml).toContain("<id>tag:amtsblatt.example,2026:post-2</id>");
    expect(xml).toContain("<published>2026-01-02T08:00:00.000Z</published>");
    expect(xml).toContain("<updated>2026-01-02T09:00:00.000Z</updated>");
    // type="html": the reader unescapes once and gets the plain title back, not a <script> element.
    expect(xml).toContain("Recht &amp; Ordnung: &lt;script&gt;alert(1)&lt;/script&gt; „Zitat“");
    const feed = await new Parser().parseString(xml);
    expect(feed.items.map((item) => item.id)).toEqual([postGuid(origin, 2), postGuid(origin, 1)]);
    expect(feed.items[0]?.author).toBe("Jürgen Müller-Lüdenscheidt");
  });

  it("writes JSON Feed 1.1", () => {
    const json = JSON.parse(buildFeed(content, "json", settings));
    expect(json.version).toBe("https://jsonfeed.org/version/1.1");
    expect(json.feed_url).toBe(`${origin}/kategorie/recht/feed.json`);
    expect(json.home_page_url).toBe(`${origin}/kategorie/recht`);
    expect(json.language).toBe("de-DE");
    const [first, second] = json.items;
    expect(first).toMatchObject({
      id: postGuid(origin, 2),
      url: `${origin}/artikel/beitrag-2`,
      title: hostileTitle,
      summary: "Kurzfassung 2 mit <b>Spitzen</b> & Kanten",
      image: coverUrl,
      date_published: "2026-01-02T08:00:00.000Z",
      date_modified: "2026-01-02T09:00:00.000Z",
      tags: ["Recht & Datenschutz"],
      authors: [{ name: "Jürgen Müller-Lüdenscheidt", url: `${origin}/autor/juergen` }],
    });
    expect(first.author).toBeUndefined();
    expect(first._cover).toEqual({
      url: coverUrl,
      alt: "Das Rathaus am Markt",
      credit: "Foto: Stadt <Musterhausen> & Partner",
      licence: "CC BY 4.0",
      licence_url: "https://creativecommons.org/licenses/by/4.0/",
    });
    expect(first.content_html).toMatch(/^<figure><img src="https:\/\/amtsblatt\.example\/medien\/e+\/1600\.jpg" alt="Das Rathaus am Markt"/);
    expect(second.image).toBeUndefined();
    expect(second._cover).toBeUndefined();
  });

  it.each(["rss", "atom"] as const)("carries the cover's credit, alt text and licence in %s, as Media RSS and under the picture", (format) => {
    const xml = buildFeed(content, format, settings);
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(xml);
    const root = format === "rss" ? parsed.rss : parsed.feed;
    expect(root["@xmlns:media"]).toBe("http://search.yahoo.com/mrss/");
    const items = format === "rss" ? root.channel.item : root.entry;
    const media = items[0]["media:content"];
    expect(media).toMatchObject({
      "@url": coverUrl,
      "@type": "image/jpeg",
      "@medium": "image",
      "@width": "1600",
      "@height": "900",
      "@fileSize": "2102",
      "media:credit": "Foto: Stadt <Musterhausen> & Partner",
      "media:description": { "#text": "Das Rathaus am Markt" },
      "media:license": { "#text": "CC BY 4.0", "@href": "https://creativecommons.org/licenses/by/4.0/" },
    });
    // The post without a cover has none.
    expect(items[1]["media:content"]).toBeUndefined();
    const html: string = format === "rss" ? items[0]["content:encoded"] : items[0].content["#text"];
    expect(html).toContain(`<figure><img src="${coverUrl}" alt="Das Rathaus am Markt" width="1600" height="900"><figcaption>Foto: Stadt &lt;Musterhausen&gt; &amp; Partner · <a href="https://creativecommons.org/licenses/by/4.0/" rel="license">CC BY 4.0</a></figcaption></figure>`);
  });

  it("gives the same bytes for the same posts, so ETags stay put between requests", () => {
    expect(buildFeed(content, "rss", settings)).toBe(buildFeed(content, "rss", settings));
    const empty = { ...content, entries: [] };
    expect(buildFeed(empty, "atom", settings)).toBe(buildFeed(empty, "atom", settings));
  });

  it("names the feed after its scope", async () => {
    const titles = await Promise.all(
      (
        [
          [{ kind: "site" }, null, "Amtsblatt digital"],
          [{ kind: "author", slug: "juergen" }, "Jürgen", "Beiträge von Jürgen – Amtsblatt digital"],
          [{ kind: "series", slug: "fuenf" }, "5 Fragen an …", "Serie „5 Fragen an …“ – Amtsblatt digital"],
        ] as const
      ).map(async ([scope, title, expected]) => {
        const feed = await new Parser().parseString(buildFeed({ ...content, scope, title }, "rss", settings));
        return [feed.title, expected];
      }),
    );
    for (const [actual, expected] of titles) expect(actual).toBe(expected);
  });

  it("keeps a post's id when its slug changes", () => {
    const before = JSON.parse(buildFeed({ ...content, entries: [entry(7)] }, "json", settings));
    const after = JSON.parse(buildFeed({ ...content, entries: [entry(7, { slug: "neuer-name" })] }, "json", settings));
    expect(after.items[0].id).toBe(before.items[0].id);
    expect(after.items[0].url).not.toBe(before.items[0].url);
  });

  describe("hostile text stays text", () => {
    const title = "Erst ]]> dann ]]><evil>x</evil> und ]]> Schluss";
    const hostile: FeedContent = {
      ...content,
      entries: [
        entry(3, {
          title,
          excerpt: "a ]]> b ]]> c",
          html: "<p>x ]]> y ]]> z</p>",
          categories: [{ name: "<Recht> & \"Ordnung\" ]]>", slug: "recht" }],
        }),
      ],
    };
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", cdataPropName: false as never });

    it("RSS: every ]]> in titles and content is split, and the text comes back whole", async () => {
      const xml = buildFeed(hostile, "rss", settings);
      expect(XMLValidator.validate(xml)).toBe(true);
      const feed = await new Parser().parseString(xml);
      expect(feed.items[0]!.title).toBe(title);
      expect(feed.items[0]!["content:encoded"]).toContain("<p>x ]]> y ]]> z</p>");
      expect((feed.items[0]!.categories as unknown as { _: string }[])[0]!._).toBe('<Recht> & "Ordnung" ]]>');
    });

    it("Atom: a category name with < stays well-formed, and titles come back whole", () => {
      const xml = buildFeed(hostile, "atom", settings);
      expect(XMLValidator.validate(xml)).toBe(true);
      const doc = parser.parse(xml) as { feed: { entry: { title: { "#text": string }; category: { "@label": string } } } };
      expect(doc.feed.entry.category["@label"]).toBe('<Recht> & "Ordnung" ]]>');
      expect(doc.feed.entry.title["#text"]).toBe(escapeHtml(title));
    });

    it("JSON Feed keeps the text as it is", () => {
      const json = JSON.parse(buildFeed(hostile, "json", settings)) as { items: { title: string; tags: string[] }[] };
      expect(json.items[0]!.title).toBe(title);
      expect(json.items[0]!.tags).toEqual(['<Recht> & "Ordnung" ]]>']);
    });
  });
});
