import { describe, expect, it } from "vitest";
import { escapeXml, serializeJsonLd } from "./escape";

describe("serializeJsonLd", () => {
  it("cannot close its script element, and parses back to the same data", () => {
    const data = { headline: 'Böse </script><script>alert(1)</script> & "Zitat" \u2028' };
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/<|>/);
    expect(json).not.toContain("\u2028");
    expect(JSON.parse(json)).toEqual(data);
  });
});

describe("escapeXml", () => {
  it("escapes the five XML specials", () => {
    expect(escapeXml(`a&b<c>"d"'e'`)).toBe("a&amp;b&lt;c&gt;&quot;d&quot;&apos;e&apos;");
  });
});
