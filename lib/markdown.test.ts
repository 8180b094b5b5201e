import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown";

describe("renderMarkdown", () => {
  it("renders headings, lists, links, quotes, tables and images", async () => {
    const html = await renderMarkdown(
      [
        "## Überschrift",
        "- eins",
        "- zwei",
        "",
        "[Link](https://example.org/x)",
        "",
        "> Zitat",
        "",
        "| a | b |",
        "|---|---|",
        "| 1 | 2 |",
        "",
        "![Alt](/covers/x.svg)",
      ].join("\n"),
    );
    expect(html).toContain('<h2 id="überschrift">Überschrift</h2>');
    expect(html).toContain("<li>eins</li>");
    expect(html).toContain('<a href="https://example.org/x">Link</a>');
    expect(html).toContain("<blockquote>");
    expect(html).toContain("<table>");
    expect(html).toContain('<img src="/covers/x.svg" alt="Alt">');
  });

  it.each([
    ["script tags", "<script>alert(1)</script>\n\nText", /<script/i],
    ["inline event handlers", '<img src="x" onerror="alert(1)">', /onerror/i],
    ["javascript: links", "[klick](javascript:alert(1))", /javascript:/i],
    ["javascript: images", "![x](javascript:alert(1))", /javascript:/i],
    ["iframes", '<iframe src="https://example.org"></iframe>', /<iframe/i],
    ["style attributes", '<p style="background:url(x)">a</p>', /style=/i],
    ["data: URLs in links", "[x](data:text/html;base64,PHNjcmlwdD4=)", /data:text/i],
  ])("removes %s", async (_name, markdown, forbidden) => {
    const html = await renderMarkdown(markdown);
    expect(html).not.toMatch(forbidden);
  });

  it.each([
    "https://tracker.example/pixel.gif",
    "http://tracker.example/pixel.gif",
    "//tracker.example/pixel.gif",
    "HTTPS://TRACKER.example/p.gif",
  ])("loads no image from another host (%s): it becomes a link named by its alt text", async (src) => {
    const html = await renderMarkdown(`Text ![Diagramm der Zugriffe](${src}) mehr`);
    expect(html).not.toContain("<img");
    expect(html).toContain("Bild auf einer anderen Website: Diagramm der Zugriffe</a>");
  });

  it("keeps site-relative images, also in feeds", async () => {
    expect(await renderMarkdown("![a](/covers/x.svg) ![b](bild.png)")).toMatch(/<img src="\/covers\/x.svg"[^>]*>.*<img src="bild.png"/);
    expect(await renderMarkdown("![a](/covers/x.svg) ![b](https://tracker.example/x.gif)", { baseUrl: "https://a.example" })).toBe(
      '<p><img src="https://a.example/covers/x.svg" alt="a"> <a href="https://tracker.example/x.gif" class="foreign-image">Bild auf einer anderen Website: b</a></p>',
    );
  });

  it("keeps the text of hostile markup visible as text, not as markup", async () => {
    const html = await renderMarkdown("Ein `<script>` im Code");
    expect(html).toContain("<code>&#x3C;script></code>");
  });
});

describe("renderMarkdown for feeds", () => {
  it("makes site-relative links, images and anchors absolute and leaves other links alone", async () => {
    const html = await renderMarkdown(
      "[Artikel](/artikel/x) ![Bild](/covers/x.svg) [Abschnitt](#teil) [Extern](https://example.org/y) [Protokoll](//evil.example/z)",
      { baseUrl: "https://amtsblatt.example", pageUrl: "https://amtsblatt.example/artikel/a" },
    );
    expect(html).toContain('href="https://amtsblatt.example/artikel/x"');
    expect(html).toContain('src="https://amtsblatt.example/covers/x.svg"');
    expect(html).toContain('href="https://amtsblatt.example/artikel/a#teil"');
    expect(html).toContain('href="https://example.org/y"');
    expect(html).toContain('href="//evil.example/z"');
  });

  it("still sanitises", async () => {
    const html = await renderMarkdown('<script>x</script>[x](javascript:alert(1))', { baseUrl: "https://a.example" });
    expect(html).not.toMatch(/<script|javascript:/);
  });
});

describe("renderMarkdown with library images", () => {
  const hash = "c".repeat(64);
  const image = {
    mediaId: 7,
    width: 960,
    height: 540,
    alt: 'Rathaus "alt" <b>',
    caption: "Blick vom Markt",
    credit: "<script>alert(1)</script>",
    licence: "",
    licenceUrl: "",
    position: "50% 50%",
    focal: { x: 0.5, y: 0.5 },
    sources: [{ type: "image/avif", srcSet: `/medien/${hash}/480.avif 480w, /medien/${hash}/960.avif 960w` }],
    src: `/medien/${hash}/960.jpg`,
    srcSet: `/medien/${hash}/480.jpg 480w, /medien/${hash}/960.jpg 960w`,
  };

  it("turns a library image into a <picture> figure with size, lazy loading and an escaped credit", async () => {
    const html = await renderMarkdown(`Text\n\n![egal](/medien/${hash}/bild)`, { images: new Map([[hash, image]]) });
    expect(html).toContain('<figure class="library-image"><picture><source type="image/avif"');
    expect(html).toContain('width="960" height="540" alt="Rathaus &#x22;alt&#x22; <b>" loading="lazy"');
    expect(html).toContain("<figcaption>Blick vom Markt <span class=\"credit\">Foto: &#x3C;script>alert(1)&#x3C;/script></span></figcaption>");
    expect(html).not.toContain("<p><figure");
    expect(html).not.toContain("<script>");
  });

  it("leaves out images the library does not know and makes URLs absolute for feeds", async () => {
    expect(await renderMarkdown(`![x](/medien/${hash}/bild)`)).not.toContain("img");
    // A deleted image leaves no empty paragraph behind, and the text around it stays.
    expect(await renderMarkdown(`Davor.\n\n![x](/medien/${hash}/bild)\n\nDanach.`)).toBe("<p>Davor.</p>\n\n<p>Danach.</p>");
    const feed = await renderMarkdown(`![x](/medien/${hash}/bild)`, { baseUrl: "https://example.org", images: new Map([[hash, image]]) });
    expect(feed).toContain(`src="https://example.org/medien/${hash}/960.jpg"`);
    expect(feed).toContain(`https://example.org/medien/${hash}/480.avif 480w, https://example.org/medien/${hash}/960.avif 960w`);
  });
});

describe("embed placeholders", () => {
  it.each([
    ["https://www.youtube.com/watch?v=abc123", "YouTube"],
    ["https://youtu.be/abc123", "YouTube"],
    ["https://vimeo.com/12345", "Vimeo"],
    ["https://www.instagram.com/p/Cxyz/", "Instagram"],
    ["https://social.bund.de/@BfDI/112233445566", "Mastodon"],
  ])("turns a lone link to %s into a static placeholder with a plain link", async (url, service) => {
    const html = await renderMarkdown(`Davor.\n\n${url}\n\nDanach.`);
    expect(html).toContain(`<figure class="embed-placeholder" data-embed="${service.toLowerCase()}">`);
    expect(html).toContain(`<a href="${url.replace(/&/g, "&amp;")}">Auf ${service} ansehen</a>`);
    expect(html).not.toMatch(/<(iframe|script|img|video)/);
  });

  it("keeps the link's own text as the placeholder's title", async () => {
    const html = await renderMarkdown("[Unser Erklärvideo](https://www.youtube.com/watch?v=abc)");
    expect(html).toContain("<strong>Unser Erklärvideo</strong>");
  });

  it("leaves links inside running text and links to other hosts alone", async () => {
    const inline = await renderMarkdown("Siehe [das Video](https://youtu.be/x) im Text.");
    expect(inline).not.toContain("embed-placeholder");
    const other = await renderMarkdown("https://example.org/@someone/123x");
    expect(other).not.toContain("embed-placeholder");
  });
});
