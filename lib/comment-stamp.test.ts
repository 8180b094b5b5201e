import { describe, expect, it } from "vitest";
import { issueStamp, stampAgeSeconds } from "./comment-stamp";

describe("comment form stamp", () => {
  it("tells the age of its own stamps and refuses forged, foreign and future ones", () => {
    const stamp = issueStamp(1_000_000, "geheim");
    expect(stampAgeSeconds(stamp, 1_005_000, "geheim")).toBe(5);
    expect(stampAgeSeconds(stamp, 1_005_000, "anderes")).toBeNull();
    expect(stampAgeSeconds(stamp.replace(/^1000/, "0999"), 1_005_000, "geheim")).toBeNull();
    expect(stampAgeSeconds(stamp, 900_000, "geheim")).toBeNull();
    expect(stampAgeSeconds("", 1_005_000, "geheim")).toBeNull();
  });
});
