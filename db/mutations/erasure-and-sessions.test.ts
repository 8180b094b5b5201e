import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { testDrivers, freshDatabaseFor } from "../testing/databases";
import { insertPost, insertUser } from "../testing/fixtures";
import { listAuditLog } from "../queries/audit";
import { feedbackMessages, posts, revisions, users } from "../schema";
import { deleteFeedback } from "./feedback";
import { openDatabase } from "../client";
import { endAllSessions, endSession, liveSessionUser, sessionStillLive, startSession } from "./sessions";
import { changeOwnPassword, createUser, deleteUser, updateUserAccess } from "./users";
import { recordAudit } from "./audit";

describe.each(testDrivers)("sessions, erasure and the audit log on %s", (driver) => {
  const { db } = freshDatabaseFor(driver);

  it("ends a session at sign-out and all of a user's sessions on request, by the user or an admin only", async () => {
    const admin = await insertUser(db(), { role: "admin" });
    const jana = await insertUser(db(), { role: "editor" });
    const other = await insertUser(db(), { role: "author" });
    const [phone, laptop] = [await startSession(db(), jana.id, 3600), await startSession(db(), jana.id, 3600)];
    expect(await liveSessionUser(db(), phone)).toBe(jana.id);
    await endSession(db(), phone);
    expect(await liveSessionUser(db(), phone)).toBeNull();
    expect(await liveSessionUser(db(), laptop)).toBe(jana.id);

    expect(await endAllSessions(db(), other, jana.id)).toMatchObject({ ok: false, status: 403 });
    expect(await endAllSessions(db(), admin, jana.id)).toMatchObject({ ok: true, value: { ended: 1 } });
    expect(await liveSessionUser(db(), laptop)).toBeNull();
    const mine = await startSession(db(), jana.id, 3600);
    expect(await endAllSessions(db(), jana, jana.id)).toMatchObject({ ok: true, value: { ended: 1 } });
    expect(await liveSessionUser(db(), mine)).toBeNull();
    expect(await liveSessionUser(db(), "x".repeat(100))).toBeNull();
    expect(await liveSessionUser(db(), 42)).toBeNull();
  });

  it("keeps a session cookie while the database is away, and checks it again once it is back", async () => {
    const jana = await insertUser(db(), { role: "editor" });
    const session = await startSession(db(), jana.id, 3600);
    expect(await sessionStillLive(async () => db(), session, jana.id)).toBe(true);
    expect(await sessionStillLive(async () => db(), session, jana.id + 1)).toBe(false);
    // A real PostgreSQL address where nothing listens: the connection is refused, as during a restart.
    const away = await openDatabase({ url: "postgres://postgres@127.0.0.1:9/blattwerk" });
    try {
      expect(await sessionStillLive(async () => away.db, session, jana.id)).toBe(true);
    } finally {
      await away.close();
    }
    await endSession(db(), session);
    expect(await sessionStillLive(async () => db(), session, jana.id)).toBe(false);
  });

  it("ends sessions of a deactivated account, and expired ones", async () => {
    const admin = await insertUser(db(), { role: "admin" });
    const author = await insertUser(db(), { role: "author" });
    const session = await startSession(db(), author.id, 3600);
    await updateUserAccess(db(), admin, author.id, { active: false });
    expect(await liveSessionUser(db(), session)).toBeNull();
    await updateUserAccess(db(), admin, author.id, { active: true });
    expect(await liveSessionUser(db(), session)).toBeNull();
    const expired = await startSession(db(), author.id, 0);
    expect(await liveSessionUser(db(), expired)).toBeNull();
  });

  it("changes the own password only with the current one, and signs out everywhere", async () => {
    const created = await createUser(db(), { email: "pw@example.org", displayName: "Pia", role: "author", password: "altes-passwort-1" });
    const pia = { id: created.ok ? created.value.id : 0 };
    const session = await startSession(db(), pia.id, 3600);
    expect(await changeOwnPassword(db(), pia, { current: "falsch", password: "neues-passwort-2" })).toMatchObject({
      ok: false,
      status: 422,
      fieldErrors: { current: expect.any(String) },
    });
    expect(await changeOwnPassword(db(), pia, { current: "altes-passwort-1", password: "kurz" })).toMatchObject({ status: 422 });
    expect(await liveSessionUser(db(), session)).toBe(pia.id);
    expect(await changeOwnPassword(db(), pia, { current: "altes-passwort-1", password: "neues-passwort-2" })).toMatchObject({ ok: true });
    expect(await liveSessionUser(db(), session)).toBeNull();
    expect(await changeOwnPassword(db(), null, {})).toMatchObject({ status: 401 });
  });

  it("lets an admin delete an account, handing its posts to the chosen account, and audits it without the name", async () => {
    const admin = await insertUser(db(), { role: "admin", displayName: "Ada Admin" });
    const leaving = await insertUser(db(), { role: "author", displayName: "Lea Weg" });
    const heir = await insertUser(db(), { role: "editor", displayName: "Hans Erbe" });
    const post = await insertPost(db(), { authorId: leaving.id });
    await db().insert(revisions).values({ postId: post.id, version: 1, editorId: leaving.id, title: "t", slug: "s", body: "", excerpt: "", status: "draft", details: {} } as never);
    await recordAudit(db(), leaving.id, "post-published", "vorher");
    await startSession(db(), leaving.id, 3600);

    expect(await deleteUser(db(), heir, leaving.id, heir.id)).toMatchObject({ ok: false, status: 403 });
    expect(await deleteUser(db(), admin, admin.id, heir.id)).toMatchObject({ ok: false, status: 409 });
    expect(await deleteUser(db(), admin, leaving.id, leaving.id)).toMatchObject({ ok: false, status: 422, fieldErrors: { reassignTo: expect.any(String) } });
    expect(await deleteUser(db(), admin, leaving.id, 999_999)).toMatchObject({ ok: false, status: 422 });
    expect(await deleteUser(db(), admin, 999_999, heir.id)).toMatchObject({ ok: false, status: 404 });
    expect(await deleteUser(db(), admin, leaving.id, heir.id)).toEqual({ ok: true, value: { movedPosts: 1 } });

    expect(await db().select().from(users).where(eq(users.id, leaving.id))).toEqual([]);
    expect((await db().select().from(posts).where(eq(posts.id, post.id)))[0]?.authorId).toBe(heir.id);
    const log = await listAuditLog(db(), admin);
    const entries = log.ok ? log.value : [];
    expect(entries[0]).toMatchObject({ actorName: "Ada Admin", action: "user-deleted" });
    expect(JSON.stringify(entries)).not.toContain("Lea Weg");
    expect(entries.find((entry) => entry.subject === "vorher")?.actorName).toBe(`Gelöschtes Konto Nr. ${leaving.id}`);
  });

  it("keeps the last active admin", async () => {
    const admin = await insertUser(db(), { role: "admin" });
    const second = await insertUser(db(), { role: "admin", active: false });
    expect(await deleteUser(db(), second, admin.id, second.id)).toMatchObject({ ok: false, status: 401 });
  });

  it("lets only admins delete feedback messages, for good", async () => {
    const admin = await insertUser(db(), { role: "admin" });
    const editor = await insertUser(db(), { role: "editor" });
    const [message] = await db().insert(feedbackMessages).values({ message: "Kontrast zu schwach", email: "leser@example.org" }).returning();
    expect(await deleteFeedback(db(), editor, message!.id)).toMatchObject({ ok: false, status: 403 });
    expect(await deleteFeedback(db(), null, message!.id)).toMatchObject({ ok: false, status: 401 });
    expect(await deleteFeedback(db(), admin, message!.id)).toEqual({ ok: true, value: { id: message!.id } });
    expect(await db().select().from(feedbackMessages)).toEqual([]);
    expect(await deleteFeedback(db(), admin, message!.id)).toMatchObject({ ok: false, status: 404 });
    const log = await listAuditLog(db(), admin);
    expect(log.ok && log.value[0]).toMatchObject({ action: "feedback-deleted", subject: `Nr. ${message!.id}` });
  });
});
