import { afterEach, describe, expect, it } from "vitest";
import { ConfigError, parseConfig, setConfigForTests } from "./config";
import { absoluteUrl, requireSiteUrl, siteUrl } from "./site-url";

afterEach(() => setConfigForTests());

describe("SITE_URL", () => {
  it("is required when production starts, with a message that says what to do", () => {
    expect(() => requireSiteUrl(parseConfig({ SITE_URL: "" }))).toThrow(ConfigError);
    expect(() => requireSiteUrl(parseConfig({}))).toThrow(/SITE_URL is not set.*SITE_URL=https:\/\//);
    expect(requireSiteUrl(parseConfig({ SITE_URL: "https://amtsblatt.example" }))).toBe("https://amtsblatt.example");
  });

  it("falls back to the local server outside production start", () => {
    setConfigForTests({ SITE_URL: "", PORT: "4000" });
    expect(siteUrl()).toBe("http://localhost:4000");
    setConfigForTests({ SITE_URL: "https://amtsblatt.example/" });
    expect(absoluteUrl("/artikel/x")).toBe("https://amtsblatt.example/artikel/x");
  });
});
