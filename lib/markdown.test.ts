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
