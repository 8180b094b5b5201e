import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { applySuffix, isRedirectableSource, localTarget, mayBeOldAddress, normaliseRedirectPath, OWN_ROOTS, suffixRule, uploadOriginalPath } from "./redirect-paths";

describe("normaliseRedirectPath", () => {
  it("gives every spelling of an address one form", () => {
    const same = ["/2019/05/über-uns", "/2019/05/über-uns/", "/2019/05/%C3%BCber-uns/", "/2019/05/%c3%bcber-uns", "//2019//05/über-uns/", "https://alt.example/2019/05/%C3%BCber-uns/"];
    for (const spelling of same) expect(normaliseRedirectPath(spelling)).toBe("/2019/05/über-uns");
    // Decomposed umlauts (as some systems write them) meet the composed ones.
    expect(normaliseRedirectPath("/u\u0308ber")).toBe("/über");
  });

  it("drops tracking and other parameters, keeping only what names content on the front page", () => {
    expect(normaliseRedirectPath("/2019/05/slug/?utm_source=newsletter&utm_medium=mail&fbclid=x&gclid=y")).toBe("/2019/05/slug");
    expect(normaliseRedirectPath("/?p=12&utm_campaign=herbst")).toBe("/?p=12");
    expect(normaliseRedirectPath("/?utm_source=x&page_id=7&fbclid=1")).toBe("/?page_id=7");
    expect(normaliseRedirectPath("/index.php?p=12")).toBe("/?p=12");
    expect(normaliseRedirectPath("/?fbclid=1")).toBe("/");
    expect(normaliseRedirectPath("/seite#anker")).toBe("/seite");
  });

  it("keeps escapes that carry structure, and refuses what is no path", () => {
    expect(normaliseRedirectPath("/a%2Fb")).toBe("/a%2Fb");
    expect(normaliseRedirectPath("/a%2fb/")).toBe("/a%2Fb");
    expect(normaliseRedirectPath("/kaputt%zz")).toBe("/kaputt%zz");
    expect(normaliseRedirectPath("/kaputt%e4")).toBe(normaliseRedirectPath("/kaputt%E4"));
    for (const bad of ["", "relativ", "/a/../b", "/a\\b", "mailto:x@example.org", `/${"x".repeat(2001)}`]) expect(normaliseRedirectPath(bad)).toBeNull();
  });
});

describe("which requests the proxy looks up", () => {
  const asks = (url: string) => {
    const parsed = new URL(url, "http://example.org");
    return mayBeOldAddress(parsed.pathname, parsed.searchParams);
  };

  it("asks for old shapes and the front page with a WordPress parameter, never for Blattwerk's own routes", () => {
    for (const url of ["/2019/05/slug/", "/category/x/", "/wp-content/uploads/a.jpg", "/feed/", "/?p=12", "/?page_id=3", "/?cat=2", "/?tag=x", "/index.php?p=1"]) {
      expect(asks(url), url).toBe(true);
    }
    for (const url of ["/", "/?utm_source=x", "/kategorie/x", "/seite/2", "/suche?q=x", "/feed.xml", "/impressum", "/info/x", "/medien/a/b", "/autor/x", "/dashboard"]) {
      expect(asks(url), url).toBe(false);
    }
    expect(isRedirectableSource("/artikel/alt")).toBe(true);
    expect(isRedirectableSource("/kategorie/alt")).toBe(false);
    expect(isRedirectableSource("/")).toBe(false);
  });

  it("knows every top-level route folder of the app", () => {
    const app = path.resolve("app");
    const roots = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .flatMap((entry) => (/^\(.*\)$/.test(entry.name) ? roots(path.join(dir, entry.name)) : [entry.name]));
    for (const root of roots(app)) expect(OWN_ROOTS.has(root), `app/…/${root} fehlt in OWN_ROOTS`).toBe(true);
  });
});

describe("generic WordPress shapes", () => {
  it("maps page numbers and feeds onto the base's answer", () => {
    expect(suffixRule("/page/3")).toEqual({ base: "/", suffix: { kind: "page", n: 3 } });
    expect(suffixRule("/category/a/b/page/2")).toEqual({ base: "/category/a/b", suffix: { kind: "page", n: 2 } });
    expect(suffixRule("/feed")).toEqual({ base: "/", suffix: { kind: "feed", format: "xml" } });
    expect(suffixRule("/comments/feed")).toEqual({ base: "/", suffix: { kind: "feed", format: "xml" } });
    expect(suffixRule("/tag/x/feed/atom")).toEqual({ base: "/tag/x", suffix: { kind: "feed", format: "atom" } });
    expect(suffixRule("/2019/05/slug")).toBeNull();
    expect(applySuffix("/", { kind: "page", n: 3 })).toBe("/seite/3");
    expect(applySuffix("/kategorie/rathaus", { kind: "page", n: 1 })).toBe("/kategorie/rathaus");
    expect(applySuffix("/autor/anna", { kind: "feed", format: "atom" })).toBe("/autor/anna/feed.atom");
    expect(applySuffix("/artikel/x", { kind: "feed", format: "xml" })).toBe("/feed.xml");
    expect(applySuffix("/artikel/x", { kind: "page", n: 2 })).toBe("/artikel/x");
  });

  it("finds the original of an upload's size variant", () => {
    expect(uploadOriginalPath("/wp-content/uploads/2019/05/foto-1024x576.jpg")).toBe("/wp-content/uploads/2019/05/foto.jpg");
    expect(uploadOriginalPath("/wp-content/uploads/2019/05/foto-scaled.jpeg")).toBe("/wp-content/uploads/2019/05/foto.jpeg");
    expect(uploadOriginalPath("/wp-content/uploads/2019/05/foto.jpg")).toBeNull();
    expect(uploadOriginalPath("/2019/05/foto-1024x576.jpg")).toBeNull();
  });
});

describe("localTarget", () => {
  it("accepts only paths on this site", () => {
    expect(localTarget("/artikel/neu/")).toBe("/artikel/neu");
    expect(localTarget("/suche?q=Rathaus")).toBe("/suche?q=Rathaus");
    for (const bad of ["https://evil.example/", "//evil.example", "/\\evil.example", "/\t/evil.example", "javascript:alert(1)", "", "relativ"]) {
      expect(localTarget(bad), bad).toBeNull();
    }
  });
});
