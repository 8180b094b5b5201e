import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { freshDatabaseFor, testDrivers } from "../testing/databases";
import { findFormDraft } from "../queries/form-drafts";
import { formDrafts } from "../schema";
import { keepFormDraft, MAX_LIVE_DRAFTS } from "./form-drafts";

const feedback = { values: { name: "Erika", email: "", pageUrl: "/", message: "Der Kontrast ist zu schwach." }, message: "Fehler", fieldErrors: { email: "ungültig" } };

describe.each(testDrivers)("form drafts on %s", (driver) => {
  const { db } = freshDatabaseFor(driver);

  it("gives a kept draft back by its token, only for its own form", async () => {
    const token = await keepFormDraft(db(), "feedback", feedback);
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    expect(await findFormDraft(db(), "feedback", token)).toEqual(feedback);
    expect(await findFormDraft(db(), "comment", token)).toBeNull();
  });

  it("ignores malformed, unknown and expired tokens", async () => {
    expect(await findFormDraft(db(), "feedback", undefined)).toBeNull();
    expect(await findFormDraft(db(), "feedback", "../../etc")).toBeNull();
    expect(await findFormDraft(db(), "feedback", "0".repeat(32))).toBeNull();
    const token = await keepFormDraft(db(), "feedback", feedback);
    await db().execute(sql`update form_drafts set expires_at = now() - interval '1 second'`);
    expect(await findFormDraft(db(), "feedback", token)).toBeNull();
  });

  it("stores only the form's fields, each cut to its limit, with NUL bytes made visible", async () => {
    const token = await keepFormDraft(db(), "comment", {
      values: { name: "a\u0000b", body: "x".repeat(10_000_000), evil: "y".repeat(1000), postId: 7 },
      message: "m".repeat(5000),
      fieldErrors: { body: "zu lang", evil: "nein" },
    });
    const draft = await findFormDraft(db(), "comment", token);
    expect(draft?.values).toEqual({ name: "a\uFFFDb", email: "", body: "x".repeat(20_000), parentId: "", postId: "" });
    expect(draft?.message).toHaveLength(1000);
    expect(draft?.fieldErrors).toEqual({ body: "zu lang" });
    const [size] = await db().select({ bytes: sql<number>`pg_column_size(${formDrafts.values})::int` }).from(formDrafts);
    expect(size!.bytes).toBeLessThan(100_000);
  });

  it("removes expired drafts on write and keeps at most the newest MAX_LIVE_DRAFTS", async () => {
    await db().execute(sql`insert into form_drafts (token, form, values, message, field_errors, created_at, expires_at)
      select md5(i::text), 'feedback', '{}'::jsonb, '', '{}'::jsonb, now() - interval '1 minute' + i * interval '1 millisecond',
             now() + interval '10 minutes'
      from generate_series(1, ${MAX_LIVE_DRAFTS}) i`);
    await db().execute(sql`insert into form_drafts (token, form, values, message, field_errors, expires_at)
      values ('expired', 'feedback', '{}'::jsonb, '', '{}'::jsonb, now() - interval '1 minute')`);
    const token = await keepFormDraft(db(), "feedback", feedback);
    const [row] = await db().select({ n: sql<number>`count(*)::int` }).from(formDrafts);
    expect(row!.n).toBe(MAX_LIVE_DRAFTS);
    expect(await findFormDraft(db(), "feedback", token)).not.toBeNull();
    const gone = await db().select({ token: formDrafts.token }).from(formDrafts).where(sql`${formDrafts.token} in ('expired', md5('1'))`);
    expect(gone).toHaveLength(0);
  });
});
