import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { openTestDatabase, testDrivers, type TestDatabase } from "../testing/databases";
import { insertUser } from "../testing/fixtures";
import { feedbackMessages, feedbackThrottle } from "../schema";
import { listFeedback } from "../queries/feedback";
import { MAX_PER_SENDER_PER_HOUR, setFeedbackStatus, submitFeedback } from "./feedback";

const message = { name: "", email: "", pageUrl: "/artikel/x", message: "Der Kontrast der Links ist zu schwach." };

describe.each(testDrivers)("reader feedback on %s", (driver) => {
  let testDb: TestDatabase;
  const db = () => testDb.handle.db;

  beforeAll(async () => {
    testDb = await openTestDatabase(driver);
  });
  afterAll(async () => testDb.dispose());
  beforeEach(async () => {
    await db().execute(sql`truncate feedback_messages, feedback_throttle, users restart identity cascade`);
  });

  it("stores a message without the sender's address and lists it with a due date a month later", async () => {
    const saved = await submitFeedback(db(), { ...message, name: " Erika ", email: "erika@example.org" }, { key: "k1", honeypot: "" });
    expect(saved).toMatchObject({ ok: true });
    const editor = await insertUser(db(), { role: "editor" });
    const list = await listFeedback(db(), editor);
    if (!list.ok) throw new Error(list.message);
    expect(list.value).toHaveLength(1);
    const row = list.value[0]!;
    expect(row).toMatchObject({ name: "Erika", email: "erika@example.org", status: "neu", pageUrl: "/artikel/x" });
    const days = (row.dueAt.getTime() - row.receivedAt.getTime()) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(28);
    expect(days).toBeLessThanOrEqual(31);
    const [throttle] = await db().select().from(feedbackThrottle);
    expect(throttle?.key).toBe("k1");
  });

  it("refuses an empty message and a bad e-mail address, storing nothing", async () => {
    const result = await submitFeedback(db(), { ...message, message: "  ", email: "kein-at" }, { key: "k", honeypot: "" });
    expect(result).toMatchObject({ ok: false, status: 422, fieldErrors: { message: expect.any(String), email: expect.any(String) } });
    expect(await db().select().from(feedbackMessages)).toHaveLength(0);
    expect(await db().select().from(feedbackThrottle)).toHaveLength(0);
  });

  it("answers a filled honeypot like a success and stores nothing", async () => {
    expect(await submitFeedback(db(), message, { key: "bot", honeypot: "https://spam.example" })).toEqual({ ok: true, value: { id: null } });
    expect(await db().select().from(feedbackMessages)).toHaveLength(0);
  });

  it("limits each sender per hour without affecting others", async () => {
    for (let i = 0; i < MAX_PER_SENDER_PER_HOUR; i++) {
      expect((await submitFeedback(db(), message, { key: "busy", honeypot: "" })).ok).toBe(true);
    }
    expect(await submitFeedback(db(), message, { key: "busy", honeypot: "" })).toMatchObject({ ok: false, status: 429 });
    expect((await submitFeedback(db(), message, { key: "other", honeypot: "" })).ok).toBe(true);
    await db().execute(sql`update feedback_throttle set created_at = now() - interval '2 hours'`);
    expect((await submitFeedback(db(), message, { key: "busy", honeypot: "" })).ok).toBe(true);
  });

  it("shows feedback and changes its status only for editors and admins", async () => {
    await submitFeedback(db(), message, { key: "k", honeypot: "" });
    const [row] = await db().select().from(feedbackMessages);
    const author = await insertUser(db(), { role: "author" });
    const retired = await insertUser(db(), { role: "editor", active: false });
    const admin = await insertUser(db(), { role: "admin" });
    expect(await listFeedback(db(), author)).toMatchObject({ ok: false, status: 403 });
    expect(await listFeedback(db(), null)).toMatchObject({ ok: false, status: 401 });
    expect(await setFeedbackStatus(db(), author, row!.id, "beantwortet")).toMatchObject({ ok: false, status: 403 });
    expect(await setFeedbackStatus(db(), retired, row!.id, "beantwortet")).toMatchObject({ ok: false, status: 401 });
    expect(await setFeedbackStatus(db(), admin, row!.id, "erledigt")).toMatchObject({ ok: false, status: 422 });
    expect(await setFeedbackStatus(db(), admin, row!.id + 99, "beantwortet")).toMatchObject({ ok: false, status: 404 });
    expect(await setFeedbackStatus(db(), admin, row!.id, "in_bearbeitung")).toMatchObject({ ok: true });
    const list = await listFeedback(db(), admin, { status: "in_bearbeitung" });
    expect(list.ok && list.value.map((item) => item.id)).toEqual([row!.id]);
  });
});
