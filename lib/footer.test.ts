import { describe, expect, it } from "vitest";
import { checkExternalUrl, checkInternalPath } from "./footer";

describe("footer link targets", () => {
  it("accepts paths of this site and keeps them as typed", () => {
    for (const path of ["/info/ueber-uns", "/kategorie/basics", "/suche?q=Instagram", "/artikel/x#kommentare", "/impressum#kontakt"]) {
      expect(checkInternalPath(` ${path} `)).toEqual({ ok: true, value: path });
    }
  });

  it("refuses schemes, other hosts, odd characters and the footer's fixed links", () => {
    const refused: [string, string][] = [
      ["", "empty"],
      ["javascript:alert(1)", "format"],
      ["JaVaScRiPt:alert(1)", "format"],
      ["data:text/html,<script>alert(1)</script>", "format"],
      ["//evil.example/", "format"],
      ["/\\evil.example", "format"],
      ["https://evil.example/", "format"],
      ["seite-x", "format"],
      ["/mit leerzeichen", "format"],
      ["/zeile\numbruch", "format"],
      ["/impressum", "fixed"],
      ["/barriere-melden/", "fixed"],
      ["/", "fixed"],
      [`/${"a".repeat(600)}`, "tooLong"],
    ];
    for (const [raw, problem] of refused) expect(checkInternalPath(raw), raw).toEqual({ ok: false, problem });
  });

  it("accepts https addresses of other sites only", () => {
    expect(checkExternalUrl("https://www.bund.de/")).toEqual({ ok: true, value: "https://www.bund.de/" });
    expect(checkExternalUrl("https://mastodon.social/@stadt")).toEqual({ ok: true, value: "https://mastodon.social/@stadt" });
    for (const raw of [
      "http://www.bund.de/",
      "javascript:alert(1)",
      " javascript:alert(document.cookie)",
      "vbscript:msgbox(1)",
      "data:text/html,x",
      "https://nutzer:passwort@example.org/",
      "https://exa mple.org/",
      "www.bund.de",
      "ftp://example.org/",
    ]) {
      expect(checkExternalUrl(raw).ok, raw).toBe(false);
    }
  });
});
