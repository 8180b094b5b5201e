import { describe, expect, it } from "vitest";
import { safeInternalPath } from "./safe-redirect";

describe("safeInternalPath", () => {
  it.each([
    ["/dashboard/beitraege?status=draft", "/dashboard/beitraege?status=draft"],
    ["http://localhost:3000/dashboard/beitraege/3", "/dashboard/beitraege/3"],
    ["http://127.0.0.1:3100/vorschau/5", "/vorschau/5"],
  ])("keeps %s", (raw, expected) => expect(safeInternalPath(raw)).toBe(expected));

  it.each(["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "", 42, null, "dashboard"])(
    "refuses %j",
    (raw) => expect(safeInternalPath(raw)).toBe("/dashboard"),
  );
});
