import { describe, expect, it } from "vitest";
import { findDraft, keepDraft } from "./feedback-drafts";

const draft = { values: { name: "", email: "", pageUrl: "/", message: "Text" }, message: "Fehler", fieldErrors: {} };

describe("feedback drafts", () => {
  it("finds a kept draft by its token until it expires", () => {
    const token = keepDraft(draft, 1_000);
    expect(findDraft(token, 2_000)).toEqual(draft);
    expect(findDraft(token, 1_000 + 31 * 60 * 1000)).toBeNull();
  });

  it("ignores malformed and unknown tokens", () => {
    expect(findDraft(undefined)).toBeNull();
    expect(findDraft("../../etc")).toBeNull();
    expect(findDraft("0".repeat(32))).toBeNull();
  });
});
