import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { testDrivers, freshDatabaseFor } from "../testing/databases";
import { insertUser } from "../testing/fixtures";
import { users } from "../schema";
import { listAuditLog, listFailedSignIns } from "../queries/audit";
import { FREE_FAILURES_PER_ADDRESS, FREE_FAILURES_PER_PAIR, verifySignIn, waitAfter } from "./sign-in";
import { createUser, createUserAsAdmin, updateUserAccess } from "./users";

describe.each(testDrivers)("accounts and sign-in on %s", (driver) => {
  const { db } = freshDatabaseFor(driver);


  const account = { email: "Neu@Example.org", displayName: "Neue Person", role: "author", password: "ein-langes-passwort" };

  it("stores an argon2id hash and never returns it", async () => {
    const result = await createUser(db(), account);
    expect(result.ok).toBe(true);
    expect(JSON.stringify(result)).not.toContain("argon2");
    const [row] = await db().select().from(users).where(eq(users.email, "neu@example.org"));
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await createUser(db(), account)).toMatchObject({ ok: false, status: 409 });
    expect(await createUser(db(), { ...account, email: "x@y.de", password: "kurz" })).toMatchObject({ fieldErrors: { password: expect.any(String) } });
  });

  it("lets only admins manage accounts", async () => {
    const editor = await insertUser(db(), { role: "editor" });
    const admin = await insertUser(db(), { role: "admin" });
    expect(await createUserAsAdmin(db(), null, account)).toMatchObject({ ok: false, status: 401 });
    expect(await createUserAsAdmin(db(), editor, account)).toMatchObject({ ok: false, status: 403 });
    expect(await updateUserAccess(db(), editor, admin.id, { active: false })).toMatchObject({ ok: false, status: 403 });
    expect(await createUserAsAdmin(db(), admin, account)).toMatchObject({ ok: true });
  });

  it("keeps at least one active admin", async () => {
    const admin = await insertUser(db(), { role: "admin" });
    expect(await updateUserAccess(db(), admin, admin.id, { active: false })).toMatchObject({ ok: false, status: 409 });
    expect(await updateUserAccess(db(), admin, admin.id, { role: "editor" })).toMatchObject({ ok: false, status: 409 });
  });

  it("signs in with the right password only, not deactivated accounts, and slows down repeated failures", async () => {
    await createUser(db(), account);
    const attempt = (password: string, address = "10.0.0.1") => verifySignIn(db(), { email: " NEU@example.org ", password, address });
    expect(await attempt("ein-langes-passwort")).toMatchObject({ kind: "ok", user: { displayName: "Neue Person" } });
    for (let i = 0; i < FREE_FAILURES_PER_PAIR; i++) expect(await attempt("falsch")).toEqual({ kind: "wrong" });
    // The next attempt from that address waits 1 s, then 2 s, 4 s …: never longer than the window, never a lock.
    expect(await attempt("ein-langes-passwort")).toEqual({ kind: "throttled", retryAfterSeconds: 1 });
    await ageFailures(2);
    expect(await attempt("falsch")).toEqual({ kind: "wrong" });
    expect(await attempt("ein-langes-passwort")).toEqual({ kind: "throttled", retryAfterSeconds: 2 });
    await ageFailures(3);
    expect(await attempt("ein-langes-passwort")).toMatchObject({ kind: "ok" });
    await db().update(users).set({ active: false }).where(eq(users.displayName, account.displayName));
    await db().execute(sql`truncate sign_in_failures`);
    expect(await attempt("ein-langes-passwort")).toEqual({ kind: "wrong" });
    expect(await verifySignIn(db(), { email: 42, password: null, address: "x" })).toEqual({ kind: "wrong" });
  });

  it("cannot be turned into a lock-out: the owner's address without failures gets in while an attacker waits", async () => {
    const admin = await createUser(db(), { ...account, email: "chefin@example.org", role: "admin" });
    expect(admin.ok).toBe(true);
    const attempt = (password: string, address: string) => verifySignIn(db(), { email: "chefin@example.org", password, address });
    // Formerly five failures from anywhere locked the account for 15 minutes, for everyone.
    for (let i = 0; i < 8; i++) {
      await ageFailures(waitAfter(i, FREE_FAILURES_PER_PAIR));
      expect(await attempt("geraten-" + i, "203.0.113.66")).toEqual({ kind: "wrong" });
    }
    expect(await attempt("ein-langes-passwort", "203.0.113.66")).toMatchObject({ kind: "throttled" });
    expect(await attempt("ein-langes-passwort", "198.51.100.7")).toMatchObject({ kind: "ok" });
    const waited = await attempt("ein-langes-passwort", "203.0.113.66");
    expect(waited.kind === "throttled" && waited.retryAfterSeconds).toBeGreaterThan(8);
  });

  it("slows down one address guessing across many accounts", async () => {
    const attempt = (email: string, address = "203.0.113.77") => verifySignIn(db(), { email, password: "falsch", address });
    for (let i = 0; i < FREE_FAILURES_PER_ADDRESS; i++) expect(await attempt(`konto${i}@example.org`)).toEqual({ kind: "wrong" });
    expect(await attempt("noch-eins@example.org")).toMatchObject({ kind: "throttled" });
    expect(await attempt("noch-eins@example.org", "203.0.113.78")).toEqual({ kind: "wrong" });
  });

  it("records sign-ins, role changes and access changes in the audit log", async () => {
    const admin = await insertUser(db(), { role: "admin", displayName: "Ada Admin" });
    const created = await createUserAsAdmin(db(), admin, account);
    expect(created.ok).toBe(true);
    const id = created.ok ? created.value.id : 0;
    await updateUserAccess(db(), admin, id, { role: "editor" });
    await updateUserAccess(db(), admin, id, { active: false });
    await verifySignIn(db(), { email: "x@y.de", password: "falsch", address: "1.1.1.1" });
    const log = await listAuditLog(db(), admin);
    expect(log.ok && log.value.map((entry) => [entry.actorName, entry.action, entry.subject])).toEqual([
      ["Ada Admin", "user-deactivated", "Neue Person"],
      ["Ada Admin", "role-changed", "Neue Person: Autorin/Autor → Redaktion"],
      ["Ada Admin", "user-created", "Neue Person (Autorin/Autor)"],
    ]);
    expect(await listAuditLog(db(), { id })).toMatchObject({ ok: false, status: 401 });
    const failures = await listFailedSignIns(db(), admin);
    expect(failures.ok && failures.value).toEqual([expect.objectContaining({ email: "x@y.de", address: "1.1.1.1", failures: 1 })]);
    const editor = await insertUser(db(), { role: "editor" });
    expect(await listFailedSignIns(db(), editor)).toMatchObject({ ok: false, status: 403 });
  });

  async function ageFailures(seconds: number) {
    await db().execute(sql`update sign_in_failures set created_at = created_at - make_interval(secs => ${seconds})`);
  }
});
