import { describe, expect, it } from "vitest";
import { accessibilityWarnings } from "./markdown-checks";

describe("accessibility warnings for post bodies", () => {
  it("accepts headings that go down one level at a time and images with alt text", () => {
    expect(accessibilityWarnings("## A\n\n### B\n\n## C\n\n![Ein Rathaus](/covers/x.svg)")).toEqual([]);
  });

  it("names skipped levels, a second h1 and images without alt text", () => {
    const warnings = accessibilityWarnings("# Titel\n\n## A\n\n#### Zu tief\n\n![](/covers/x.svg)\n\n![  ](/y.png)");
    expect(warnings).toHaveLength(4);
    expect(warnings[0]).toContain("„Titel“");
    expect(warnings[1]).toContain("von Ebene 2 auf Ebene 4");
    expect(warnings[2]).toContain("/covers/x.svg");
    expect(warnings[3]).toContain("/y.png");
  });

  it("ignores what looks like headings inside code blocks", () => {
    expect(accessibilityWarnings("```\n#### kein Titel\n![](x)\n```\n\n## Gut")).toEqual([]);
  });
});
