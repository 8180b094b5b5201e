import { afterEach, describe, expect, it } from "vitest";
import { setConfigForTests } from "./config";
import { formatDate, formatTime, readingMinutes } from "./format";

describe("formatDate", () => {
  afterEach(() => setConfigForTests());

  it("writes German long dates in Berlin time", () => {
    setConfigForTests({});
    expect(formatDate(new Date("2026-11-27T10:00:00Z"))).toBe("27. November 2026");
    // 23:30 UTC on 31 Dec is already New Year in Berlin.
    expect(formatDate(new Date("2025-12-31T23:30:00Z"))).toBe("1. Januar 2026");
  });

  it("follows SITE_TIME_ZONE", () => {
    setConfigForTests({ SITE_TIME_ZONE: "America/New_York" });
    expect(formatDate(new Date("2026-01-01T03:00:00Z"))).toBe("31. Dezember 2025");
    expect(formatTime(new Date("2026-07-01T16:00:00Z"))).toBe("12:00");
  });
});

describe("readingMinutes", () => {
  it("rounds to whole minutes and never says zero", () => {
    expect(readingMinutes("kurz")).toBe(1);
    expect(readingMinutes(Array(1000).fill("Wort").join(" "))).toBe(5);
  });
});
