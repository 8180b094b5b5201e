import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readWxr, WxrError, wxrDate, type WxrRecord } from "./parse";

const fixtures = "lib/wordpress/fixtures";

async function collect(file: string): Promise<{ records: WxrRecord[]; error: unknown }> {
  const records: WxrRecord[] = [];
  try {
    for await (const record of readWxr(file)) records.push(record);
    return { records, error: null };
  } catch (error) {
    return { records, error };
  }
}

describe("readWxr", () => {
  it("reads the site, authors, terms and items of a WordPress 6 export", async () => {
    const { records, error } = await collect(`${fixtures}/musterhausen.xml`);
    expect(error).toBeNull();
    const site = records[0];
    expect(site).toEqual({
      kind: "site",
      site: expect.objectContaining({ title: "Stadtblog Musterhausen", baseSiteUrl: "https://stadtblog.example", wxrVersion: "1.2" }),
    });
    const authors = records.flatMap((r) => (r.kind === "author" ? [r.author] : []));
    expect(authors.map((a) => [a.login, a.email, a.displayName])).toEqual([
      ["anna", "Anna.Alt@stadtblog.example", "Anna Alt"],
      ["ben", "ben.berger@stadtblog.example", "Ben Berger"],
    ]);
    const terms = records.flatMap((r) => (r.kind === "term" ? [r.term] : []));
    // wp:category/wp:tag and again wp:term: the reader hands out both; the import creates each once.
    expect(terms).toHaveLength(12);
    expect(terms).toContainEqual({ kind: "category", id: 4, slug: "verwaltung-service", name: "Verwaltung & Service", description: "Alles rund ums Amt & mehr", parent: "" });
    expect(terms).toContainEqual({ kind: "category", id: 5, slug: "bürgerbüro", name: "Bürgerbüro", description: "", parent: "verwaltung-service" });
    const items = records.flatMap((r) => (r.kind === "item" ? [r.item] : []));
    const post = items.find((item) => item.id === 10)!;
    expect(post).toMatchObject({
      title: "Neuer Marktplatz & neue Öffnungszeiten",
      type: "post",
      status: "publish",
      slug: "neuer-marktplatz",
      sticky: true,
      creator: "anna",
      date: new Date("2024-03-05T09:30:00Z"),
      modified: new Date("2024-03-06T10:00:00Z"),
    });
    expect(post.meta.get("_wp_old_slug")).toEqual(["marktplatz-neu"]);
    expect(post.terms).toContainEqual({ kind: "tag", slug: "social-media", name: "Social Media" });
    expect(post.comments.map((c) => [c.id, c.parent, c.approved])).toEqual([[1, 0, "1"], [2, 1, "1"], [3, 0, "0"], [5, 2, "1"], [4, 0, "spam"]]);
    expect(post.comments[0]!.content).toBe("Endlich! Gibt es am Samstag auch Kaffee &amp; Kuchen?");
    const draft = items.find((item) => item.id === 14)!;
    expect(draft).toMatchObject({ slug: "", date: null, localDate: "2024-03-20 10:00:00", status: "draft" });
  });

  it("stops at malformed XML with a German message naming line and column, after handing out the whole items before it", async () => {
    const { records, error } = await collect(`${fixtures}/malformed.xml`);
    expect(error).toBeInstanceOf(WxrError);
    expect((error as WxrError).message).toMatch(/^Die Datei ist kein gültiges XML – Fehler in Zeile 18, Spalte 8/);
    expect(records.flatMap((r) => (r.kind === "item" ? [r.item.title] : []))).toEqual(["Vollständig"]);
  });

  it("refuses a DOCTYPE before any entity it declares is used", async () => {
    const { records, error } = await collect(`${fixtures}/doctype-entities.xml`);
    expect((error as WxrError).message).toMatch(/Dokumenttyp-Definition \(DOCTYPE\) in Zeile 6, Spalte 2/);
    expect(records).toEqual([]);
  });

  it("refuses an RSS feed that is not a WordPress export", async () => {
    const { error } = await collect(`${fixtures}/not-wxr.xml`);
    expect((error as WxrError).message).toMatch(/^Die Datei ist kein WordPress-Export \(WXR\): Zeile 6/);
  });

  it("refuses an empty file and HTML", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "wxr-"));
    writeFileSync(path.join(dir, "leer.xml"), "");
    writeFileSync(path.join(dir, "seite.xml"), "<html><body>Hallo</body></html>");
    expect(((await collect(path.join(dir, "leer.xml"))).error as Error).message).toBe("Die Datei ist leer oder enthält kein XML.");
    expect(((await collect(path.join(dir, "seite.xml"))).error as Error).message).toMatch(/kein WordPress-Export \(WXR\): Zeile 1, Spalte 6/);
  });

  it("hands out items while reading, long before the end of a large file", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "wxr-"));
    const file = path.join(dir, "gross.xml");
    const item = (n: number) => `<item><title>Beitrag ${n}</title><wp:post_id>${n}</wp:post_id><content:encoded><![CDATA[${"Text ".repeat(2000)}]]></content:encoded></item>\n`;
    writeFileSync(
      file,
      `<rss xmlns:wp="http://wordpress.org/export/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><wp:wxr_version>1.1</wp:wxr_version>\n${Array.from({ length: 500 }, (_, n) => item(n + 1)).join("")}</channel></rss>`,
    );
    let readWhenFirst = 0;
    let read = 0;
    for await (const record of readWxr(file, { onProgress: (n) => (read = n) })) {
      if (record.kind === "item" && readWhenFirst === 0) readWhenFirst = read;
    }
    expect(read).toBeGreaterThan(5_000_000);
    expect(readWhenFirst).toBeLessThan(600_000);
  });

  it("reads WordPress dates as UTC and the zero date as none", () => {
    expect(wxrDate("2019-05-04 12:30:00")).toEqual(new Date("2019-05-04T12:30:00Z"));
    expect(wxrDate("0000-00-00 00:00:00")).toBeNull();
    expect(wxrDate("")).toBeNull();
  });
});
