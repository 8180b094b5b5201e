import { describe, expect, it } from "vitest";
import { answerDueDate, pagePathFrom, senderKey } from "./feedback";

describe("feedback rules", () => {
  it("is due one month after receipt, on the last day of a shorter month", () => {
    expect(answerDueDate(new Date("2026-03-15T10:00:00Z")).toISOString()).toBe("2026-04-15T10:00:00.000Z");
    expect(answerDueDate(new Date("2026-01-31T10:00:00Z")).toISOString()).toBe("2026-02-28T10:00:00.000Z");
  });

  it("prefills only paths of this site", () => {
    const origin = "https://amtsblatt.example";
    expect(pagePathFrom("/artikel/x?y=1", origin)).toBe("/artikel/x?y=1");
    expect(pagePathFrom("https://amtsblatt.example/suche?q=a", origin)).toBe("/suche?q=a");
    expect(pagePathFrom("https://evil.example/", origin)).toBe("");
    expect(pagePathFrom("//evil.example/", origin)).toBe("");
    expect(pagePathFrom("javascript:alert(1)", origin)).toBe("");
    expect(pagePathFrom(undefined, origin)).toBe("");
  });

  it("keys the rate limit by a hash, not the address", () => {
    expect(senderKey("203.0.113.9", "s")).not.toContain("203");
    expect(senderKey("203.0.113.9", "s")).toBe(senderKey("203.0.113.9", "s"));
    expect(senderKey("203.0.113.9", "s")).not.toBe(senderKey("203.0.113.10", "s"));
  });
});
