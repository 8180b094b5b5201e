import { describe, expect, it } from "vitest";
import { secondsUntil, spreadOut } from "./reader-cache";

describe("how long reader data is cached", () => {
  const now = Date.parse("2026-11-28T10:00:00Z");

  it("ends at the next due post", () => {
    expect(secondsUntil(new Date(now + 90_000), now)).toBe(90);
    expect(secondsUntil(new Date(now - 5_000), now)).toBe(1);
  });

  it("never goes longer than 10 minutes without a refresh, so a page stored by a render that raced a change heals", () => {
    expect(secondsUntil(null, now)).toBe(600);
    expect(secondsUntil(new Date(now + 3 * 3600_000), now)).toBe(600);
  });

  it("spreads the longest lifetime over its last quarter, so pages rendered together do not all fall due together", () => {
    expect(spreadOut(600, 0)).toBe(600);
    expect(spreadOut(600, 0.5)).toBe(525);
    expect(spreadOut(600, 0.999)).toBe(450);
    const lifetimes = new Set(Array.from({ length: 200 }, () => spreadOut(600)));
    expect(Math.min(...lifetimes)).toBeGreaterThanOrEqual(450);
    expect(Math.max(...lifetimes)).toBeLessThanOrEqual(600);
    expect(lifetimes.size).toBeGreaterThan(20);
  });
});
