import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { testDrivers, freshDatabaseFor } from "../testing/databases";
import { insertCategory, insertPost, insertUser } from "../testing/fixtures";
import { postCategories, posts, revisions } from "../schema";
import { bulkChangePosts } from "./posts-bulk";

describe.each(testDrivers)("bulk changes from the post list on %s", (driver) => {
  const { db } = freshDatabaseFor(driver);
  let editor: { id: number };
  let author: { id: number };
  let other: { id: number };
  let news: number;
  let culture: number;

  beforeEach(async () => {
    editor = await insertUser(db(), { role: "editor" });
    author = await insertUser(db(), { role: "author" });
    other = await insertUser(db(), { role: "author" });
    news = (await insertCategory(db())).id;
    culture = (await insertCategory(db())).id;
  });

  const row = async (id: number) => (await db().select().from(posts).where(eq(posts.id, id)))[0]!;
  const categoriesOf = async (id: number) =>
    (await db().select({ id: postCategories.categoryId }).from(postCategories).where(eq(postCategories.postId, id))).map((r) => r.id).sort();

  it("publishes each post an editor may publish, and names what was refused and why", async () => {
    const ready = await insertPost(db(), { authorId: author.id, status: "review", publishedAt: null, categoryIds: [news] });
    const incomplete = await insertPost(db(), { authorId: author.id, status: "draft", publishedAt: null, title: "Ohne Kategorie" });
    const live = await insertPost(db(), { authorId: author.id, categoryIds: [news] });
    const result = await bulkChangePosts(db(), editor, { action: "publish", ids: [ready.id, incomplete.id, live.id, 999_999] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.done.map((item) => item.id)).toEqual([ready.id]);
    expect(result.value.refused).toEqual([
      { id: incomplete.id, title: "Ohne Kategorie", reason: "Titel oder Kategorie fehlt" },
      { id: live.id, title: live.title, reason: "ist schon veröffentlicht" },
      { id: 999_999, title: "Beitrag Nr. 999999", reason: "nicht gefunden oder nicht Ihrer" },
    ]);
    expect(await row(ready.id)).toMatchObject({ status: "published", version: 2 });
    expect((await row(incomplete.id)).status).toBe("draft");
    expect((await db().select().from(revisions).where(eq(revisions.postId, ready.id))).length).toBe(1);
  });

  it("refuses an author's selection of someone else's post for that post only, without naming it", async () => {
    const mine = await insertPost(db(), { authorId: author.id, status: "draft", publishedAt: null });
    const theirs = await insertPost(db(), { authorId: other.id, status: "draft", publishedAt: null, title: "Geheim" });
    const trash = await bulkChangePosts(db(), author, { action: "trash", ids: [mine.id, theirs.id] });
    expect(trash).toMatchObject({
      ok: true,
      value: { done: [{ id: mine.id }], refused: [{ id: theirs.id, title: `Beitrag Nr. ${theirs.id}`, reason: "nicht gefunden oder nicht Ihrer" }] },
    });
    expect((await row(mine.id)).deletedAt).not.toBeNull();
    expect((await row(theirs.id)).deletedAt).toBeNull();
    // „Rückgängig“: the trashed post comes back; one not in the trash, or not the author's, is refused on its own.
    const undo = await bulkChangePosts(db(), author, { action: "restore", ids: [mine.id, theirs.id] });
    expect(undo).toMatchObject({ ok: true, value: { done: [{ id: mine.id }], refused: [{ id: theirs.id, reason: "nicht gefunden oder nicht Ihrer" }] } });
    expect((await row(mine.id)).deletedAt).toBeNull();
    expect(await bulkChangePosts(db(), author, { action: "restore", ids: [mine.id] })).toMatchObject({
      ok: true,
      value: { done: [], refused: [{ id: mine.id, reason: "liegt nicht (mehr) im Papierkorb" }] },
    });
    for (const action of ["addCategory", "removeCategory"]) {
      const result = await bulkChangePosts(db(), author, { action, ids: [theirs.id], categoryId: news });
      expect(result).toMatchObject({ ok: true, value: { done: [], refused: [{ id: theirs.id }] } });
    }
    expect(await categoriesOf(theirs.id)).toEqual([]);
    expect((await row(theirs.id)).version).toBe(1);
  });

  it("does not let an author publish or trash their own published post", async () => {
    const draft = await insertPost(db(), { authorId: author.id, status: "review", publishedAt: null, categoryIds: [news] });
    const live = await insertPost(db(), { authorId: author.id, categoryIds: [news] });
    expect(await bulkChangePosts(db(), author, { action: "publish", ids: [draft.id] })).toMatchObject({
      ok: true,
      value: { done: [], refused: [{ id: draft.id, reason: "keine Berechtigung" }] },
    });
    expect(await bulkChangePosts(db(), author, { action: "trash", ids: [live.id] })).toMatchObject({
      ok: true,
      value: { done: [], refused: [{ id: live.id, reason: "keine Berechtigung" }] },
    });
    expect((await row(draft.id)).status).toBe("review");
    expect((await row(live.id)).deletedAt).toBeNull();
  });

  it("adds and removes a category, keeping at most three and at least one on a published post", async () => {
    const draft = await insertPost(db(), { authorId: author.id, status: "draft", publishedAt: null, categoryIds: [news] });
    const live = await insertPost(db(), { authorId: author.id, categoryIds: [news] });
    const full = await insertPost(db(), {
      authorId: author.id,
      categoryIds: [news, (await insertCategory(db())).id, (await insertCategory(db())).id],
    });
    const added = await bulkChangePosts(db(), editor, { action: "addCategory", ids: [draft.id, live.id, full.id], categoryId: culture });
    expect(added).toMatchObject({ ok: true, value: { done: [{ id: draft.id }, { id: live.id, readers: true }], refused: [{ id: full.id, reason: "hat schon drei Kategorien" }] } });
    expect(await categoriesOf(live.id)).toEqual([news, culture].sort());
    // A published post's change is kept as a revision, as any save of it is.
    expect((await db().select().from(revisions).where(eq(revisions.postId, live.id))).length).toBe(1);

    const removed = await bulkChangePosts(db(), editor, { action: "removeCategory", ids: [draft.id, live.id], categoryId: news });
    expect(removed).toMatchObject({ ok: true, value: { done: [{ id: draft.id }, { id: live.id }] } });
    const last = await bulkChangePosts(db(), editor, { action: "removeCategory", ids: [live.id, draft.id], categoryId: culture });
    expect(last).toMatchObject({ ok: true, value: { done: [{ id: draft.id }], refused: [{ id: live.id, reason: "braucht mindestens eine Kategorie" }] } });
    expect(await categoriesOf(live.id)).toEqual([culture]);
    expect(await categoriesOf(draft.id)).toEqual([]);
  });

  it("refuses a request without session, action, selection or category, writing nothing", async () => {
    const post = await insertPost(db(), { authorId: author.id, status: "draft", publishedAt: null });
    expect(await bulkChangePosts(db(), null, { action: "trash", ids: [post.id] })).toMatchObject({ ok: false, status: 401 });
    expect(await bulkChangePosts(db(), editor, { action: "drop table", ids: [post.id] })).toMatchObject({ ok: false, status: 400 });
    expect(await bulkChangePosts(db(), editor, { action: "trash", ids: [] })).toMatchObject({ ok: false, status: 422 });
    expect(await bulkChangePosts(db(), editor, { action: "trash", ids: "1" })).toMatchObject({ ok: false, status: 422 });
    expect(await bulkChangePosts(db(), editor, { action: "addCategory", ids: [post.id], categoryId: 424242 })).toMatchObject({
      ok: false,
      status: 422,
      fieldErrors: { categoryId: "Bitte wählen Sie die Kategorie." },
    });
    const many = Array.from({ length: 101 }, (_, i) => i + 1);
    expect(await bulkChangePosts(db(), editor, { action: "trash", ids: many })).toMatchObject({ ok: false, status: 413 });
    expect(await row(post.id)).toMatchObject({ version: 1, deletedAt: null });
  });
});
