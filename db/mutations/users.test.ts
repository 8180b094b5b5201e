import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { testDrivers, freshDatabaseFor } from "../testing/databases";
import { insertUser } from "../testing/fixtures";
import { users } from "../schema";
import { verifySignIn } from "./sign-in";
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

  it("signs in with the right password only, not deactivated accounts, and throttles after five failures", async () => {
    await createUser(db(), account);
    const attempt = (password: string, address = "10.0.0.1") => verifySignIn(db(), { email: " NEU@example.org ", password, address });
    expect(await attempt("ein-langes-passwort")).toMatchObject({ kind: "ok", user: { displayName: "Neue Person" } });
    for (let i = 0; i < 5; i++) expect(await attempt("falsch")).toEqual({ kind: "wrong" });
    expect(await attempt("ein-langes-passwort")).toEqual({ kind: "throttled" });
    await db().update(users).set({ active: false });
    await db().execute(sql`truncate sign_in_failures`);
    expect(await attempt("ein-langes-passwort")).toEqual({ kind: "wrong" });
    expect(await verifySignIn(db(), { email: 42, password: null, address: "x" })).toEqual({ kind: "wrong" });
  });
});
