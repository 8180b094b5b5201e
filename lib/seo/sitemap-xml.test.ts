import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sitemapIndexXml, urlSetXml } from "./sitemap-xml";

// Copies of the sitemaps.org schemas, kept in the repository so a clean clone can validate offline.
const schemas = path.resolve(import.meta.dirname, "schemas");

/** Validates with xmllint (Debian's libxml2-utils; .ci/run installs it) against the sitemaps.org XSDs. */
function validate(xml: string, schema: "sitemap.xsd" | "siteindex.xsd"): void {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "sitemap-")), "doc.xml");
  writeFileSync(file, xml);
  execFileSync("xmllint", ["--noout", "--schema", path.join(schemas, schema), file], { stdio: "pipe" });
}

describe("sitemap XML", () => {
  it("writes a urlset that the sitemaps.org schema accepts, with escaped URLs", () => {
    const xml = urlSetXml([
      { loc: "https://amtsblatt.example/", lastModified: new Date("2026-01-02T08:00:00.123Z") },
      { loc: "https://amtsblatt.example/suche?q=a&b=<c>", lastModified: null },
    ]);
    expect(xml).toContain("<lastmod>2026-01-02T08:00:00Z</lastmod>");
    expect(xml).toContain("q=a&amp;b=&lt;c&gt;");
    validate(xml, "sitemap.xsd");
  });

  it("writes an index that the sitemaps.org schema accepts", () => {
    const xml = sitemapIndexXml([
      { loc: "https://amtsblatt.example/sitemaps/seiten.xml", lastModified: new Date() },
      { loc: "https://amtsblatt.example/sitemaps/beitraege-1.xml", lastModified: null },
    ]);
    validate(xml, "siteindex.xsd");
  });

  it("is caught by the validator when it is wrong", () => {
    expect(() => validate(urlSetXml([]), "sitemap.xsd")).toThrow();
  });
});
