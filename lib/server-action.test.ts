// The action wrapper on a real database: who may act, what a refusal becomes, and what a success invalidates.
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { createCategory } from "@/db/mutations/taxonomy";
import { categories, users } from "@/db/schema";
import { signInForTests } from "@/db/testing/auth";
import { freshDatabaseFor, testDrivers } from "@/db/testing/databases";
import { insertUser } from "@/db/testing/fixtures";
import { invalidated } from "@/db/testing/next-cache";
import { CONTENT_TAG, tagFor } from "@/lib/cache-tags";
import { tEditorial } from "@/lib/i18n";
import { asUser, formAction } from "./server-action";

const m = tEditorial.errors;

describe.each(testDrivers)("server actions on %s", (driver) => {
  const { db } = freshDatabaseFor(driver);

  beforeEach(() => {
    signInForTests(null);
    invalidated.reset();
  });

  const createNamed = (name: string, slug = "") =>
    formAction(({ db, user }) => createCategory(db, user, { name, slug, description: "" }), {
      answer: ({ id }) => `Angelegt: ${id}`,
      invalidate: ({ id }) => ({ tags: [CONTENT_TAG, tagFor.category(id), CONTENT_TAG], refresh: true }),
    });

  it("without a session answers the data layer's 401 and never runs the data function", async () => {
    let ran = false;
    const run = async () => {
      ran = true;
      return { ok: true as const, value: null };
    };
    expect(await asUser(run)).toEqual({ ok: false, status: 401, reason: "forbidden", message: m.signedOut });
    expect(await formAction(run, { answer: "ja", invalidate: { tags: [CONTENT_TAG], refresh: true } })).toEqual({
      ok: false,
      message: m.signedOut,
    });
    expect(await asUser(run, () => "fremd")).toBe("fremd");
    expect(ran).toBe(false);
    expect(invalidated).toMatchObject({ tags: [], refreshes: 0 });
  });

  it("treats a session of a since deactivated account as none", async () => {
    const admin = await insertUser(db(), { role: "admin" });
    signInForTests(admin.id);
    await db().update(users).set({ active: false }).where(eq(users.id, admin.id));
    expect(await createNamed("Verwaltung")).toEqual({ ok: false, message: m.signedOut });
    expect(await db().select().from(categories)).toHaveLength(0);
  });

  it("hands the data function the signed-in user, re-read from the database, and the database handle", async () => {
    const editor = await insertUser(db(), { role: "editor", displayName: "Erika Muster" });
    signInForTests(editor.id);
    const seen = await asUser(async ({ db, user }) => ({ user, rows: await db.select({ id: users.id }).from(users) }));
    expect(seen).toEqual({ user: expect.objectContaining({ id: editor.id, role: "editor", displayName: "Erika Muster" }), rows: [{ id: editor.id }] });
  });

  it("turns a refusal into the form's message and field errors, with its status kept for callers that need it", async () => {
    const author = await insertUser(db(), { role: "author" });
    signInForTests(author.id);
    expect(await asUser(({ db, user }) => createCategory(db, user, { name: "Neu", slug: "", description: "" }))).toMatchObject({
      ok: false,
      status: 403,
      message: m.forbidden,
    });
    expect(await createNamed("Neu")).toEqual({ ok: false, message: m.forbidden });

    const editor = await insertUser(db(), { role: "editor" });
    signInForTests(editor.id);
    expect(await createNamed("", "Ungültig!")).toMatchObject({ ok: false, message: m.invalid, fieldErrors: { name: expect.any(String) } });
    expect(await createNamed("Basis", "basis")).toMatchObject({ ok: true });
    invalidated.reset();
    expect(await createNamed("Noch einmal", "basis")).toEqual({ ok: false, message: m.invalid, fieldErrors: { slug: m.slugTaken } });
    expect(invalidated).toMatchObject({ tags: [], refreshes: 0 });
  });

  it("after a success drops each tag the action names once, then answers", async () => {
    const editor = await insertUser(db(), { role: "editor" });
    signInForTests(editor.id);
    const answer = await createNamed("Verwaltung");
    const [row] = await db().select().from(categories);
    expect(answer).toEqual({ ok: true, message: `Angelegt: ${row!.id}` });
    expect(invalidated).toMatchObject({ tags: [CONTENT_TAG, tagFor.category(row!.id)], refreshes: 1 });
  });

  it("answers with no message when the action names none, and with the whole state when it says more", async () => {
    const editor = await insertUser(db(), { role: "editor" });
    signInForTests(editor.id);
    expect(await formAction(({ db, user }) => createCategory(db, user, { name: "A", slug: "", description: "" }))).toEqual({ ok: true });
    expect(
      await formAction(({ db, user }) => createCategory(db, user, { name: "B", slug: "", description: "" }), {
        answer: () => ({ ok: false, message: "Teilweise." }),
      }),
    ).toEqual({ ok: false, message: "Teilweise." });
    expect(invalidated.tags).toEqual([]);
  });

  it("redirects after the invalidation when the action names a destination", async () => {
    const editor = await insertUser(db(), { role: "editor" });
    signInForTests(editor.id);
    const redirected = formAction(({ db, user }) => createCategory(db, user, { name: "C", slug: "", description: "" }), {
      invalidate: { tags: [CONTENT_TAG] },
      redirectTo: ({ id }) => `/dashboard/kategorien?neu=${id}`,
    });
    await expect(redirected).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;.*;\/dashboard\/kategorien\?neu=\d+;/) });
    expect(invalidated.tags).toEqual([CONTENT_TAG]);
  });
});
