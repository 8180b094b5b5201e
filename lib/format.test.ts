import { describe, expect, it } from "vitest";
import { formatDate, readingMinutes } from "./format";

describe("formatDate", () => {
  it("writes German long dates in Berlin time", () => {
    expect(formatDate(new Date("2026-11-27T10:00:00Z"))).toBe("27. November 2026");
    // 23:30 UTC on 31 Dec is already New Year in Berlin.
    expect(formatDate(new Date("2025-12-31T23:30:00Z"))).toBe("1. Januar 2026");
  });
});

describe("readingMinutes", () => {
  it("rounds to whole minutes and never says zero", () => {
    expect(readingMinutes("kurz")).toBe(1);
    expect(readingMinutes(Array(1000).fill("Wort").join(" "))).toBe(5);
  });
});
