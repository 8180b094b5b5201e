import { describe, expect, it } from "vitest";
import { readWxr, type WxrItem } from "./parse";
import { convertContent, originalUploadPath, referencedUploads, splitCredit, type ConvertContext } from "./convert";

const fixture = "lib/wordpress/fixtures/musterhausen.xml";
const hash = (n: number) => String(n).repeat(64).slice(0, 64);

const images: Record<string, { src: string; alt: string }> = {
  "2024/03/marktplatz.jpg": { src: `/medien/${hash(1)}/bild`, alt: "Blick über den Marktplatz mit Brunnen" },
  "2024/03/rathaus.png": { src: `/medien/${hash(2)}/bild`, alt: "Rathaus von Musterhausen" },
  "2024/03/galerie-1.jpg": { src: `/medien/${hash(3)}/bild`, alt: "Erstes Galeriebild: das Treppenhaus" },
  "2024/03/galerie-2.jpg": { src: `/medien/${hash(4)}/bild`, alt: "Zweites Galeriebild: der Ratssaal" },
};
const links: Record<string, string> = {
  "/2024/03/ein-blick-ins-rathaus/": "/artikel/ein-blick-ins-rathaus",
  "/?p=10": "/artikel/neuer-marktplatz",
  "/ueber-uns/team/": "/info/team",
  "/category/verwaltung-service/": "/kategorie/verwaltung-service",
  "/tag/inklusion/": "/schlagwort/inklusion",
};

const ctx: ConvertContext = {
  ownPath(url) {
    if (url.startsWith("/")) return url;
    const match = /^https?:\/\/(?:www\.)?stadtblog\.example(\/.*)?$/.exec(url);
    return match ? (match[1] ?? "/") : null;
  },
  resolveLink: (path) => links[path] ?? null,
  image: (path) => images[originalUploadPath(path)] ?? null,
  document: (path) => (path === "2023/11/satzung.pdf" ? { href: `/medien/${hash(5)}/satzung.pdf`, mediaId: 5 } : null),
  gallery: (ids) => (ids ?? [22, 23]).map((id) => `2024/03/galerie-${id - 21}.jpg`),
};

async function items(): Promise<Map<number, WxrItem>> {
  const found = new Map<number, WxrItem>();
  for await (const record of readWxr(fixture)) if (record.kind === "item") found.set(record.item.id, record.item);
  return found;
}

describe("classic editor content", async () => {
  const post = (await items()).get(10)!;
  const result = convertContent(post.content, ctx);

  it("makes paragraphs from blank lines and keeps entities, emoji and typographic quotes", () => {
    expect(result.markdown.startsWith("Der Marktplatz ist fertig & schöner als je zuvor 😀 – am Samstag wird „gefeiert“.\n\n")).toBe(true);
    expect(result.markdown).toContain("Die **neuen Öffnungszeiten** des Bürgerbüros");
  });

  it("turns [caption] into a library image whose credit comes from a leading „Foto:“", () => {
    expect(result.markdown).toContain(`![Blick über den Marktplatz mit Brunnen](/medien/${hash(1)}/bild)`);
    expect(result.captions).toContainEqual({ uploadPath: "2024/03/marktplatz-1024x683.jpg", caption: "", credit: "Foto: Stadt Musterhausen" });
  });

  it("rewrites links to the old site's posts, pages and files", () => {
    expect(result.markdown).toContain("[Ein Blick ins Rathaus](/artikel/ein-blick-ins-rathaus)");
    expect(result.markdown).toContain("[Team](/info/team)");
    expect(result.markdown).toContain(`[Satzung (PDF)](/medien/${hash(5)}/satzung.pdf)`);
    expect(result.documentIds).toEqual([5]);
  });

  it("turns a bare YouTube line and [embed] into embed placeholders", () => {
    expect(result.markdown).toContain("\n\n<https://www.youtube.com/watch?v=dQw4w9WgXcQ>\n\n");
    expect(result.markdown).toContain("\n\n<https://vimeo.com/76979871>\n\n");
  });

  it("keeps unknown shortcodes as text and lists them", () => {
    expect(result.unknownShortcodes).toEqual(["contact-form-7"]);
    expect(result.markdown).toContain("contact-form-7");
  });

  it("writes tables as GFM and leaves out images it could not bring over", () => {
    expect(result.markdown).toMatch(/\| Tag +\| Öffnungszeit +\|\n\| -+ \| -+ \|\n\| Montag +\| 8–12 Uhr +\|/);
    expect(result.markdown).not.toContain("fehlt.jpg");
  });

  it("takes the text before <!--more--> as the teaser", () => {
    expect(result.teaser).toBe("Der Marktplatz ist fertig & schöner als je zuvor 😀 – am Samstag wird „gefeiert“.");
  });
});

describe("block editor content", async () => {
  const post = (await items()).get(11)!;
  const result = convertContent(post.content, ctx);

  it("converts headings, lists and quotes and drops the block comments", () => {
    expect(result.markdown).not.toContain("wp:");
    expect(result.markdown).toContain("## Das Gebäude");
    expect(result.markdown).toMatch(/- Erdgeschoss: Bürgerbüro\n- 1\\\. Stock: Standesamt/);
    expect(result.markdown).toContain("> Ein Haus für alle.");
  });

  it("turns image and gallery blocks into library images, with caption and credit", () => {
    expect(result.markdown).toContain(`![Rathaus von Musterhausen](/medien/${hash(2)}/bild)`);
    expect(result.markdown).toContain(`![Erstes Galeriebild: das Treppenhaus](/medien/${hash(3)}/bild)`);
    expect(result.markdown).toContain(`![Zweites Galeriebild: der Ratssaal](/medien/${hash(4)}/bild)`);
    expect(result.captions).toContainEqual({ uploadPath: "2024/03/rathaus.png", caption: "Das Rathaus im Frühling", credit: "Bild: Ben Berger" });
  });

  it("turns embed blocks (YouTube, Mastodon) into embed placeholders", () => {
    expect(result.markdown).toContain("<https://www.youtube.com/watch?v=abc123XYZ_0>");
    expect(result.markdown).toContain("<https://social.example/@stadt/109876543210>");
  });

  it("rewrites category, tag and ?p= links", () => {
    expect(result.markdown).toContain("[Kategorie Verwaltung](/kategorie/verwaltung-service)");
    expect(result.markdown).toContain("[Schlagwort Inklusion](/schlagwort/inklusion)");
    expect(result.markdown).toContain("[Beitrag zum Marktplatz](/artikel/neuer-marktplatz)");
  });

  it("takes the blocks before the more block as the teaser", () => {
    expect(result.teaser).toBe("Ein Rundgang durch das Rathaus – mit Bildern & Video.");
  });
});

describe("pieces", () => {
  it("finds the original of a size variant", () => {
    expect(originalUploadPath("2024/03/foto-1024x576.jpg")).toBe("2024/03/foto.jpg");
    expect(originalUploadPath("2024/03/foto-scaled.jpeg")).toBe("2024/03/foto.jpeg");
    expect(originalUploadPath("2024/03/foto-2.jpg")).toBe("2024/03/foto-2.jpg");
  });

  it("splits a credit from a caption", () => {
    expect(splitCredit("Foto: Anna Alt")).toEqual({ caption: "", credit: "Foto: Anna Alt" });
    expect(splitCredit("Bild: Ben | Der Markt")).toEqual({ caption: "Der Markt", credit: "Bild: Ben" });
    expect(splitCredit("Der Markt am Morgen")).toEqual({ caption: "Der Markt am Morgen", credit: "" });
  });

  it("lists the uploads a content refers to, galleries included", async () => {
    const all = await items();
    expect(referencedUploads(all.get(10)!.content, ctx).sort()).toEqual([
      "2023/11/fehlt.jpg",
      "2023/11/satzung.pdf",
      "2024/03/marktplatz-1024x683.jpg",
      "2024/03/marktplatz.jpg",
    ]);
    expect(referencedUploads("[gallery]", ctx)).toEqual(["2024/03/galerie-1.jpg", "2024/03/galerie-2.jpg"]);
    expect(referencedUploads('[gallery ids="22"]', ctx)).toEqual(["2024/03/galerie-1.jpg"]);
  });

  it("keeps escaped shortcodes and text in brackets, and drops scripts", () => {
    const result = convertContent("[[gallery]] und [1] und [Anm. d. Red.]\n\n<script>alert(1)</script>", ctx);
    expect(result.markdown).toBe("\\[gallery\\] und \\[1\\] und \\[Anm. d. Red.\\]");
    expect(result.unknownShortcodes).toEqual([]);
  });

  it("turns a YouTube iframe into an embed placeholder and an emoji image into its character", () => {
    const result = convertContent('<iframe src="https://www.youtube.com/embed/xyz_1"></iframe>\n\nSuper <img class="wp-smiley" alt="🙂" src="https://s.w.org/x.png">', ctx);
    expect(result.markdown).toBe("<https://www.youtube.com/watch?v=xyz_1>\n\nSuper 🙂");
  });
});
