import { describe, expect, it } from "vitest";
import { isValidSlug, RESERVED_SLUGS, slugFromTitle } from "./slug";

describe("slugFromTitle", () => {
  it("transliterates German letters", () => {
    expect(slugFromTitle("Übergrößen für Behörden: Straße & Öffentlichkeit")).toBe("uebergroessen-fuer-behoerden-strasse-and-oeffentlichkeit");
  });
  it("drops quotes and punctuation", () => {
    expect(slugFromTitle("„5 Fragen an …“ Petra Olbrich!")).toBe("5-fragen-an-petra-olbrich");
  });
  it("keeps slugs short and valid", () => {
    const slug = slugFromTitle("Wort ".repeat(50));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(isValidSlug(slug)).toBe(true);
  });
});

describe("slug rules", () => {
  it("reserves the site's own route words", () => {
    expect(RESERVED_SLUGS.has("seite")).toBe(true);
    expect(RESERVED_SLUGS.has("feed")).toBe(true);
  });
  it.each(["", "a b", "Ä", "-x", "x-", "a--b"])("refuses %j", (slug) => expect(isValidSlug(slug)).toBe(false));
});
