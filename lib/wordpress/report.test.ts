import { describe, expect, it } from "vitest";
import { ImportReport } from "./report";

describe("the import report", () => {
  it("names spam left out on many posts in one warning with the total, not a line per post", () => {
    const report = new ImportReport("export.xml", false);
    for (const skipped of [1, 3, 2]) {
      report.count("comments", "skipped", skipped);
      report.spamComments += skipped;
    }
    expect(report.allWarnings()).toEqual(["6 Spam- oder Papierkorb-Kommentare nicht übernommen."]);
    expect(report.toJSON().warnings).toEqual(report.allWarnings());
  });
});
