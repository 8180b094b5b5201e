import { describe, expect, it } from "vitest";
import { BUILD_SAMPLE, idFrom, parseId, parsePageNumber, parseSlug } from "./route-params";

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

describe("parseId", () => {
  it.each([["1", 1], ["2147483647", 2_147_483_647], [42, 42]])("accepts %j", (raw, id) => {
    expect(parseId(raw)).toBe(id);
  });
  it.each(["0", "-1", "1e10", "2147483648", "99999999999", "07", "1.0", " 1", "", "0x10", null, undefined, 1.5, 2 ** 31, NaN, Infinity, {}])(
    "refuses %j",
    (raw) => {
      expect(parseId(raw)).toBeNull();
      expect(idFrom(raw)).toBe(0);
    },
  );
});
