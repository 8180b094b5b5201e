import { describe, expect, it } from "vitest";
import { secondsUntil } from "./reader-cache";

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
});
