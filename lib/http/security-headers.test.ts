import { describe, expect, it } from "vitest";
import { staticSecurityHeaders } from "./security-headers";

const hsts = (siteUrl: string | undefined) => staticSecurityHeaders(siteUrl).find((header) => header.key === "Strict-Transport-Security");

describe("Strict-Transport-Security", () => {
  it("is sent when the site is served over https", () => {
    expect(hsts("https://amtsblatt.example")?.value).toBe("max-age=31536000; includeSubDomains");
    expect(hsts(" HTTPS://amtsblatt.example ")).toBeDefined();
  });

  it("is left out for a site on plain http or without a configured address", () => {
    expect(hsts("http://localhost:3000")).toBeUndefined();
    expect(hsts(undefined)).toBeUndefined();
    expect(hsts("")).toBeUndefined();
  });

  it("keeps every other header either way", () => {
    const keys = (url: string) => staticSecurityHeaders(url).map((header) => header.key);
    for (const url of ["http://localhost:3000", "https://amtsblatt.example"]) {
      expect(keys(url)).toEqual(expect.arrayContaining(["X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy", "X-Frame-Options"]));
    }
  });
});
