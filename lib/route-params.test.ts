import { describe, expect, it } from "vitest";
import { BUILD_SAMPLE, parsePageNumber, parseSlug } from "./route-params";

describe("parsePageNumber", () => {
  it.each([["1", 1], ["2", 2], ["5000", 5000]])("accepts %s", (raw, page) => {
    expect(parsePageNumber(raw)).toBe(page);
  });
  it.each(["0", "-1", "abc", "02", "1.5", "1e3", "", " 2", "99999999999999999999"])("refuses %j", (raw) => {
    expect(parsePageNumber(raw)).toBeNull();
  });
});

describe("parseSlug", () => {
  it("accepts lowercase words joined by hyphens", () => {
    expect(parseSlug("instagram-stories-2026")).toBe("instagram-stories-2026");
  });
  it.each(["Gross", "ä", "a--b", "-a", "a-", "../etc", "a b", "a%20b", "x".repeat(201), "_"])("refuses %j", (raw) => {
    expect(parseSlug(raw)).toBeNull();
  });
  it("keeps the build sample unparseable so the build never queries", () => {
    expect(parseSlug(BUILD_SAMPLE.slug)).toBeNull();
    expect(parsePageNumber(BUILD_SAMPLE.page)).toBeNull();
  });
});
