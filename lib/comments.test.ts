import { describe, expect, it } from "vitest";
import { blockedWordIn, closedByAge, commentParagraphs, hasControlCharacters, linkCount, parseBlockList, spamReasonOf } from "./comments";

describe("comment text", () => {
  it("splits paragraphs at blank lines and keeps line breaks inside them", () => {
    expect(commentParagraphs("Eins\nzwei\r\n\r\n\n  Drei  ")).toEqual([
      [{ text: "Eins" }, { lineBreak: true }, { text: "zwei" }],
      [{ text: "Drei" }],
    ]);
  });

  it("links web addresses without the sentence's punctuation, and nothing else", () => {
    expect(commentParagraphs("Siehe https://example.org/a?b=1. Und www.bund.de, oder javascript:alert(1)")).toEqual([
      [
        { text: "Siehe " },
        { href: "https://example.org/a?b=1", text: "https://example.org/a?b=1" },
        { text: ". Und " },
        { href: "https://www.bund.de", text: "www.bund.de" },
        { text: ", oder javascript:alert(1)" },
      ],
    ]);
  });

  it("keeps markup as text", () => {
    expect(commentParagraphs("<script>alert(1)</script> ![x](https://a.example/x.png)")).toEqual([
      [{ text: "<script>alert(1)</script> ![x](" }, { href: "https://a.example/x.png", text: "https://a.example/x.png" }, { text: ")" }],
    ]);
  });
});

describe("spam rules", () => {
  it("counts plain, www and markup links", () => {
    expect(linkCount("http://a.example https://b.example www.c.example <a href=x> [url=y]")).toBe(5);
  });

  it("holds more than two links and blocked words regardless of case and spacing", () => {
    const list = parseBlockList("Casino\n x \n\nBillige  Pillen\ncasino");
    expect(list).toEqual(["casino", "billige pillen"]);
    expect(spamReasonOf({ name: "A", body: "a https://1.example https://2.example https://3.example" }, list)).toBe("links");
    expect(spamReasonOf({ name: "A", body: "https://1.example und https://2.example" }, list)).toBeNull();
    expect(spamReasonOf({ name: "BILLIGE\nPILLEN", body: "Hallo" }, list)).toBe("blocklist");
    expect(blockedWordIn(["Casinoｓ"], list)).toBe("casino");
  });

  it("finds control characters but allows tabs and line breaks", () => {
    expect(hasControlCharacters("a\u0000b")).toBe(true);
    expect(hasControlCharacters("a\u001bb")).toBe(true);
    expect(hasControlCharacters("a\tb\r\nc\u202E")).toBe(false);
  });

  it("closes after N days from publication, never with 0", () => {
    const published = new Date("2026-01-01T00:00:00Z");
    expect(closedByAge(published, 0, new Date("2030-01-01"))).toBe(false);
    expect(closedByAge(published, 14, new Date("2026-01-14T23:59:00Z"))).toBe(false);
    expect(closedByAge(published, 14, new Date("2026-01-15T00:00:00Z"))).toBe(true);
  });
});
