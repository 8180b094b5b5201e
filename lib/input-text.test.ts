import { describe, expect, it } from "vitest";
import { withoutNul } from "./input-text";

describe("withoutNul", () => {
  it("removes NUL characters from strings at any depth and leaves everything else", () => {
    const date = new Date(0);
    expect(withoutNul({ title: "a\u0000b", tags: ["x\u0000", 3], nested: { body: "\u0000\u0000c" }, at: date, n: null })).toEqual({
      title: "ab",
      tags: ["x", 3],
      nested: { body: "c" },
      at: date,
      n: null,
    });
  });
});
