import { afterEach, describe, expect, it } from "vitest";
import { setConfigForTests } from "@/lib/config";
import { zonedParts } from "@/lib/format";
import { emptyPostInput, missingForPublishing, parseLocalDateTime, postInputSchema } from "./post-input";

const valid = { ...emptyPostInput, title: "Titel", categoryIds: [1] };

describe("postInputSchema", () => {
  it("accepts a minimal post", () => {
    expect(postInputSchema.safeParse(valid).success).toBe(true);
  });
  it.each([
    [{ title: "x".repeat(201) }, "title"],
    [{ slug: "Mit Leerzeichen" }, "slug"],
    [{ slug: "seite" }, "slug"],
    [{ categoryIds: [1, 2, 3, 4] }, "categoryIds"],
    [{ body: "x".repeat(200_001) }, "body"],
    [{ coverMediaId: -1 }, "coverMediaId"],
    [{ attachmentIds: [3, 3] }, "attachmentIds"],
    [{ seriesId: 1 }, "seriesPosition"],
  ])("refuses %j under the field %s", (change, field) => {
    const result = postInputSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(field);
  });
});

describe("drafts and publishing", () => {
  it("saves an empty draft, but names title and category as missing for publishing", () => {
    expect(postInputSchema.safeParse(emptyPostInput).success).toBe(true);
    expect(missingForPublishing({ title: "  ", categoryIds: [] })).toEqual({
      title: "Bitte geben Sie einen Titel ein.",
      categoryIds: "Bitte wählen Sie eine bis drei Kategorien.",
    });
    expect(missingForPublishing({ title: "Titel", categoryIds: [1] })).toBeNull();
  });
});

describe("parseLocalDateTime", () => {
  afterEach(() => setConfigForTests());

  it("reads wall-clock time in Berlin, summer and winter", () => {
    setConfigForTests({ SITE_TIME_ZONE: "" });
    expect(parseLocalDateTime("2026-07-01T12:00")?.toISOString()).toBe("2026-07-01T10:00:00.000Z");
    expect(parseLocalDateTime("2026-12-01T12:00")?.toISOString()).toBe("2026-12-01T11:00:00.000Z");
  });

  it("reads it in the configured SITE_TIME_ZONE, and the editor's field shows it back the same", () => {
    setConfigForTests({ SITE_TIME_ZONE: "America/New_York" });
    const at = parseLocalDateTime("2026-07-01T12:00");
    expect(at?.toISOString()).toBe("2026-07-01T16:00:00.000Z");
    expect(parseLocalDateTime("2026-12-01T12:00")?.toISOString()).toBe("2026-12-01T17:00:00.000Z");
    expect(zonedParts(at!)).toMatchObject({ year: "2026", month: "07", day: "01", hour: "12", minute: "00" });
  });
  it.each(["", "morgen", "2026-13-01T12:00", "2026-02-30T25:00", 42, null])("refuses %j", (value) => {
    expect(parseLocalDateTime(value)).toBeNull();
  });
});
