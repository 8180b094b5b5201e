import { beforeEach, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { testDrivers, freshDatabaseFor } from "../testing/databases";
import { insertCategory, insertPost, insertSeries, insertUser } from "../testing/fixtures";
import { posts, redirects, revisions } from "../schema";
import { emptyPostInput } from "./post-input";
import { changePostStatus, createPost, deletePostPermanently, restoreRevision, updatePost } from "./posts";

describe.each(testDrivers)("post mutations on %s", (driver) => {
  const { db } = freshDatabaseFor(driver);
  let admin: { id: number };
  let editor: { id: number };
  let author: { id: number };
  let otherAuthor: { id: number };
  let retired: { id: number };
  let categoryId: number;

  beforeEach(async () => {
    admin = await insertUser(db(), { role: "admin" });
    editor = await insertUser(db(), { role: "editor" });
    author = await insertUser(db(), { role: "author" });
    otherAuthor = await insertUser(db(), { role: "author" });
    retired = await insertUser(db(), { role: "editor", active: false });
    categoryId = (await insertCategory(db())).id;
  });

  const input = (changes: Record<string, unknown> = {}) => ({
    ...emptyPostInput,
    title: "Größere Reichweite für Ämter",
    body: "Text",
    categoryIds: [categoryId],
    ...changes,
  });
  const countPosts = async () => (await db().select({ n: sql<number>`count(*)::int` }).from(posts))[0]!.n;

  it("creates a draft with a transliterated slug", async () => {
    const result = await createPost(db(), author, input());
    expect(result).toMatchObject({ ok: true, value: { slug: "groessere-reichweite-fuer-aemter", version: 1 } });
  });

  it("gives a draft saved before it had a title the title's address with its first titled save", async () => {
    const created = await createPost(db(), author, input({ title: "" }));
    if (!created.ok) throw new Error("not created");
    const standIn = created.value.slug;
    expect(standIn).toMatch(/^entwurf-/);
    // Another autosave without a title keeps the same stand-in; the editor may still send it back.
    const untitled = await updatePost(db(), author, created.value.id, 1, input({ title: "", slug: standIn }));
    expect(untitled).toMatchObject({ ok: true, value: { slug: standIn } });
    const titled = await updatePost(db(), author, created.value.id, 2, input({ slug: standIn }));
    expect(titled).toMatchObject({ ok: true, value: { slug: "groessere-reichweite-fuer-aemter" } });
    // An address typed later is kept over the title's.
    const typed = await updatePost(db(), author, created.value.id, 3, input({ slug: "eigene-adresse" }));
    expect(typed).toMatchObject({ ok: true, value: { slug: "eigene-adresse" } });
  });

  it("refuses every write without a user, and for a deactivated user, writing nothing", async () => {
    const post = await insertPost(db(), { authorId: author.id, status: "draft" });
    for (const session of [null, undefined, { id: 9999 }, retired]) {
      expect(await createPost(db(), session, input())).toMatchObject({ ok: false, status: 401 });
      expect(await updatePost(db(), session, post.id, 1, input({ title: "Gekapert" }))).toMatchObject({ ok: false, status: 401 });
      expect(await changePostStatus(db(), session, post.id, 1, { kind: "publish" })).toMatchObject({ ok: false, status: 401 });
      expect(await deletePostPermanently(db(), session, post.id)).toMatchObject({ ok: false, status: 401 });
    }
    const [row] = await db().select().from(posts).where(eq(posts.id, post.id));
    expect(row).toMatchObject({ title: post.title, version: 1, status: "draft" });
    expect(await countPosts()).toBe(1);
  });

  it("does not let an author see or touch someone else's post", async () => {
    const post = await insertPost(db(), { authorId: otherAuthor.id, status: "draft" });
    expect(await updatePost(db(), author, post.id, 1, input())).toMatchObject({ ok: false, status: 404, reason: "not_found" });
    expect(await changePostStatus(db(), author, post.id, 1, { kind: "trash" })).toMatchObject({ ok: false, status: 404, reason: "not_found" });
    expect((await db().select().from(posts).where(eq(posts.id, post.id)))[0]?.version).toBe(1);
  });

  it("does not let an author publish, schedule or delete, but lets them submit for review", async () => {
    const post = await insertPost(db(), { authorId: author.id, status: "draft", publishedAt: null, categoryIds: [categoryId] });
    expect(await changePostStatus(db(), author, post.id, 1, { kind: "publish" })).toMatchObject({ ok: false, status: 403, reason: "forbidden" });
    const future = new Date(Date.now() + 86_400_000);
    expect(await changePostStatus(db(), author, post.id, 1, { kind: "schedule", at: future })).toMatchObject({ ok: false, status: 403 });
    expect(await deletePostPermanently(db(), author, post.id)).toMatchObject({ ok: false, status: 403 });
    expect((await db().select().from(posts).where(eq(posts.id, post.id)))[0]?.status).toBe("draft");
    expect(await changePostStatus(db(), author, post.id, 1, { kind: "submit" })).toMatchObject({ ok: true, value: { version: 2 } });
  });

  it("refuses a save that started from an older version and keeps the newer text", async () => {
    const created = await createPost(db(), editor, input());
    if (!created.ok) throw new Error("setup");
    const first = await updatePost(db(), editor, created.value.id, 1, input({ body: "Fassung A" }));
    expect(first).toMatchObject({ ok: true, value: { version: 2 } });
    const stale = await updatePost(db(), admin, created.value.id, 1, input({ body: "Fassung B" }));
    expect(stale).toMatchObject({ ok: false, status: 409, reason: "conflict" });
    expect((await db().select().from(posts).where(eq(posts.id, created.value.id)))[0]?.body).toBe("Fassung A");
  });

  it("answers bad input with messages under the fields", async () => {
    const result = await createPost(db(), editor, input({ title: "x".repeat(201), categoryIds: [1, 2, 3, 4], body: "x".repeat(200_001) }));
    expect(result).toMatchObject({ ok: false, status: 422, reason: "invalid" });
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["body", "categoryIds", "title"]);
    expect(await createPost(db(), editor, "kein Objekt")).toMatchObject({ ok: false, status: 422 });
    expect(await createPost(db(), editor, input({ categoryIds: [4242] }))).toMatchObject({ ok: false, fieldErrors: { categoryIds: expect.any(String) } });
  });

  it("refuses a duplicate slug under the slug field", async () => {
    await insertPost(db(), { authorId: author.id, slug: "schon-da" });
    expect(await createPost(db(), editor, input({ slug: "schon-da" }))).toMatchObject({
      ok: false,
      status: 409,
      reason: "invalid",
      fieldErrors: { slug: "Diese Adresse ist schon vergeben." },
    });
  });

  it("saves a draft with whatever it has; submitting and publishing name what is missing", async () => {
    const first = await createPost(db(), author, input({ title: "", categoryIds: [], body: "Nur ein Anfang." }));
    const second = await createPost(db(), author, input({ title: "", categoryIds: [], body: "Noch ein Anfang." }));
    if (!first.ok || !second.ok) throw new Error("an untitled draft without category must save");
    expect(first.value.slug).not.toBe(second.value.slug);
    const missing = { title: "Bitte geben Sie einen Titel ein.", categoryIds: "Bitte wählen Sie eine bis drei Kategorien." };
    expect(await changePostStatus(db(), author, first.value.id, 1, { kind: "submit" })).toMatchObject({ ok: false, status: 422, fieldErrors: missing });
    expect(await changePostStatus(db(), editor, first.value.id, 1, { kind: "publish" })).toMatchObject({ ok: false, status: 422, fieldErrors: missing });
    const future = new Date(Date.now() + 86_400_000);
    expect(await changePostStatus(db(), editor, first.value.id, 1, { kind: "schedule", at: future })).toMatchObject({ ok: false, fieldErrors: missing });
    expect((await db().select().from(posts).where(eq(posts.id, first.value.id)))[0]?.status).toBe("draft");
    expect(await updatePost(db(), author, first.value.id, 1, input({ title: "Jetzt mit Titel" }))).toMatchObject({ ok: true });
    expect(await changePostStatus(db(), author, first.value.id, 2, { kind: "submit" })).toMatchObject({ ok: true });
    // In review, the post keeps what publishing needs.
    expect(await updatePost(db(), author, first.value.id, 3, input({ categoryIds: [] }))).toMatchObject({ ok: false, fieldErrors: { categoryIds: missing.categoryIds } });
  });

  it("keeps revisions of a draft on explicit saves, and of autosaves at most one per ten minutes", async () => {
    const created = await createPost(db(), author, input({ body: "Erste Zeile." }));
    if (!created.ok) throw new Error("setup");
    const id = created.value.id;
    const count = async () => (await db().select().from(revisions).where(eq(revisions.postId, id))).length;
    expect(await updatePost(db(), author, id, 1, input({ body: "Zweite Zeile." }), { autosave: true })).toMatchObject({ ok: true });
    expect(await count()).toBe(1);
    expect(await updatePost(db(), author, id, 2, input({ body: "Dritte Zeile." }), { autosave: true })).toMatchObject({ ok: true });
    expect(await count()).toBe(1);
    expect(await updatePost(db(), author, id, 3, input({ body: "Vierte Zeile." }))).toMatchObject({ ok: true });
    expect(await count()).toBe(2);
    // Ten minutes later an autosave keeps one again.
    await db().update(revisions).set({ createdAt: new Date(Date.now() - 11 * 60_000) }).where(eq(revisions.postId, id));
    expect(await updatePost(db(), author, id, 4, input({ body: "Fünfte Zeile." }), { autosave: true })).toMatchObject({ ok: true });
    expect(await count()).toBe(3);
  });

  it("refuses to schedule without a date or in the past", async () => {
    const post = await insertPost(db(), { authorId: author.id, status: "draft" });
    expect(await changePostStatus(db(), editor, post.id, 1, { kind: "schedule", at: null })).toMatchObject({ fieldErrors: { publishAt: expect.any(String) } });
    expect(await changePostStatus(db(), editor, post.id, 1, { kind: "schedule", at: new Date(Date.now() - 1000) })).toMatchObject({ ok: false, status: 422 });
  });

  it("refuses edits to a deleted post", async () => {
    const post = await insertPost(db(), { authorId: author.id });
    expect(await deletePostPermanently(db(), admin, post.id)).toMatchObject({ ok: true });
    expect(await updatePost(db(), admin, post.id, 1, input())).toMatchObject({ ok: false, status: 404 });
    expect((await db().select().from(redirects))[0]).toMatchObject({ sourcePath: `/artikel/${post.slug}`, status: 410, postId: null });
  });

  it("keeps a revision of every publish and every save of a published post, and restores one as a new revision", async () => {
    const created = await createPost(db(), editor, input({ body: "Erste Fassung" }));
    if (!created.ok) throw new Error("setup");
    const id = created.value.id;
    await updatePost(db(), editor, id, 1, input({ body: "Zweite Fassung" }));
    await changePostStatus(db(), editor, id, 2, { kind: "publish" });
    await updatePost(db(), admin, id, 3, input({ body: "Dritte Fassung" }));
    const kept = await db().select().from(revisions).orderBy(revisions.id);
    expect(kept.map((revision) => [revision.body, revision.status, revision.editorId])).toEqual([
      ["Zweite Fassung", "draft", editor.id],
      ["Zweite Fassung", "published", editor.id],
      ["Dritte Fassung", "published", admin.id],
    ]);
    const restored = await restoreRevision(db(), editor, id, kept[1]!.id, 4);
    expect(restored).toMatchObject({ ok: true, value: { version: 5 } });
    expect((await db().select().from(posts).where(eq(posts.id, id)))[0]?.body).toBe("Zweite Fassung");
    expect(await db().select().from(revisions)).toHaveLength(4);
  });

  it("remembers every former slug of a published post", async () => {
    const created = await createPost(db(), editor, input({ slug: "erste-adresse" }));
    if (!created.ok) throw new Error("setup");
    await changePostStatus(db(), editor, created.value.id, 1, { kind: "publish" });
    await updatePost(db(), editor, created.value.id, 2, input({ slug: "zweite-adresse" }));
    await updatePost(db(), editor, created.value.id, 3, input({ slug: "dritte-adresse" }));
    const history = await db().select().from(redirects).orderBy(redirects.sourcePath);
    expect(history.map((row) => [row.sourcePath, row.postId, row.targetPath, row.origin])).toEqual([
      ["/artikel/erste-adresse", created.value.id, "/artikel/dritte-adresse", "rename"],
      ["/artikel/zweite-adresse", created.value.id, "/artikel/dritte-adresse", "rename"],
    ]);
  });

  it("lets an editor use a series and refuses an unknown one", async () => {
    const serie = await insertSeries(db());
    expect(await createPost(db(), editor, input({ seriesId: serie.id, seriesPosition: 2 }))).toMatchObject({ ok: true });
    expect(await createPost(db(), editor, input({ title: "Noch einer", seriesId: 999, seriesPosition: 1 }))).toMatchObject({
      ok: false,
      fieldErrors: { seriesId: expect.any(String) },
    });
  });
});
