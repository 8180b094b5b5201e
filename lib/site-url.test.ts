import { afterEach, describe, expect, it, vi } from "vitest";
import { absoluteUrl, parseSiteUrl, requireSiteUrl, siteUrl, SiteUrlError } from "./site-url";

afterEach(() => vi.unstubAllEnvs());

describe("SITE_URL", () => {
  it("is normalised to a bare origin", () => {
    expect(parseSiteUrl("https://amtsblatt.example/")).toBe("https://amtsblatt.example");
    expect(parseSiteUrl(" http://localhost:3000 ")).toBe("http://localhost:3000");
  });

  it("refuses paths, other schemes and garbage", () => {
    for (const bad of ["https://amtsblatt.example/blog", "ftp://x.example", "amtsblatt.example", "https://x.example/?a=1"]) {
      expect(() => parseSiteUrl(bad)).toThrow(SiteUrlError);
    }
  });

  it("is required when production starts, with a message that says what to do", () => {
    expect(() => requireSiteUrl({ NODE_ENV: "production" })).toThrow(/SITE_URL is not set.*SITE_URL=https:\/\//);
    expect(requireSiteUrl({ NODE_ENV: "production", SITE_URL: "https://amtsblatt.example" })).toBe("https://amtsblatt.example");
  });

  it("falls back to the local server outside production start", () => {
    vi.stubEnv("SITE_URL", "");
    vi.stubEnv("PORT", "4000");
    expect(siteUrl()).toBe("http://localhost:4000");
    vi.stubEnv("SITE_URL", "https://amtsblatt.example/");
    expect(absoluteUrl("/artikel/x")).toBe("https://amtsblatt.example/artikel/x");
  });
});
