import { describe, expect, it } from "vitest";
import { safeInternalPath } from "./safe-redirect";

describe("safeInternalPath", () => {
  it.each([
    ["/dashboard/beitraege?status=draft", "/dashboard/beitraege?status=draft"],
    ["http://localhost:3000/dashboard/beitraege/3", "/dashboard/beitraege/3"],
    ["http://127.0.0.1:3100/vorschau/5", "/vorschau/5"],
    // Encoded slashes stay encoded: the browser asks this site for that path.
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
  ])("keeps %s", (raw, expected) => expect(safeInternalPath(raw)).toBe(expected));

  it.each(["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "", 42,
    "/.//evil.example/phish", "/./\\evil.example", "/..//evil.example", "/x/..//evil.example", "/\t/evil.example",
    "/\n/evil.example", "/%2e//evil.example", "/.\\/evil.example", "JaVaScRiPt:alert(1)", " //evil.example", "\\\\evil.example", null, "dashboard"])(
    "refuses %j",
    (raw) => expect(safeInternalPath(raw)).toBe("/dashboard"),
  );
});
