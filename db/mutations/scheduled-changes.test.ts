import { beforeEach, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { testDrivers, freshDatabaseFor } from "../testing/databases";
import { insertCategory, insertPost, insertUser } from "../testing/fixtures";
import { getPublishedPost } from "../queries/articles";
import { listPublishedPosts } from "../queries/posts";
import { posts, postScheduledChanges, revisions } from "../schema";
import { emptyPostInput } from "./post-input";
import { changePostStatus } from "./posts";
import { applyDueScheduledChanges, discardScheduledChange, scheduleChange } from "./scheduled-changes";

describe.each(testDrivers)("„Änderung planen“ on %s", (driver) => {
  const { db } = freshDatabaseFor(driver);
  let editor: { id: number };
  let author: { id: number };
  let categoryId: number;

  beforeEach(async () => {
    editor = await insertUser(db(), { role: "editor" });
    author = await insertUser(db(), { role: "author" });
    categoryId = (await insertCategory(db())).id;
  });

  const soon = () => new Date(Date.now() + 3600_000);
  const changed = { ...emptyPostInput, title: "Neuer Titel", body: "Neuer Text.", categoryIds: [] as number[] };
  /** The planned time passes: the test moves it into the past instead of waiting. */
  const fallDue = (postId: number) =>
    db().update(postScheduledChanges).set({ dueAt: sql`now() - interval '1 second'` }).where(eq(postScheduledChanges.postId, postId));

  it("keeps the live version online until the planned one takes over at its time, as a new version with a revision", async () => {
    const post = await insertPost(db(), { authorId: author.id, slug: "lebt", title: "Alter Titel", body: "Alter Text.", categoryIds: [categoryId] });
    const planned = await scheduleChange(db(), editor, post.id, 1, { ...changed, categoryIds: [categoryId], tags: ["Video"] }, soon());
    expect(planned.ok).toBe(true);
    expect((await getPublishedPost({ slug: "lebt" }))?.title).toBe("Alter Titel");
    expect((await db().select().from(posts).where(eq(posts.id, post.id)))[0]).toMatchObject({ version: 1, body: "Alter Text." });

    await fallDue(post.id);
    const view = await getPublishedPost({ slug: "lebt" });
    expect(view?.title).toBe("Neuer Titel");
    expect(view?.tags.map((tag) => tag.name)).toEqual(["Video"]);
    expect((await listPublishedPosts({ page: 1 }))?.items[0]?.title).toBe("Neuer Titel");
    const [row] = await db().select().from(posts).where(eq(posts.id, post.id));
    expect(row).toMatchObject({ version: 2, slug: "lebt", status: "published", body: "Neuer Text." });
    expect(row!.publishedAt).toEqual(post.publishedAt);
    expect(await db().select().from(postScheduledChanges)).toEqual([]);
    expect((await db().select().from(revisions).where(eq(revisions.postId, post.id)))[0]).toMatchObject({ editorId: editor.id, title: "Neuer Titel" });
    // Applied once: a second pass finds nothing.
    expect(await applyDueScheduledChanges(db())).toEqual([]);
  });

  it("takes the planned search settings over with the rest", async () => {
    const post = await insertPost(db(), { authorId: author.id, slug: "mit-suchangaben", categoryIds: [categoryId] });
    const planned = await scheduleChange(db(), editor, post.id, 1, { ...changed, categoryIds: [categoryId], seoTitle: "Geplante Überschrift", noindex: true }, soon());
    expect(planned.ok).toBe(true);
    expect((await getPublishedPost({ slug: "mit-suchangaben" }))?.seo).toMatchObject({ ownTitle: false, noindex: false });
    await fallDue(post.id);
    expect((await getPublishedPost({ slug: "mit-suchangaben" }))?.seo).toMatchObject({ title: "Geplante Überschrift", ownTitle: true, noindex: true });
  });

  it("drops the plan of a post withdrawn before its time", async () => {
    const post = await insertPost(db(), { authorId: author.id, title: "Alter Titel", categoryIds: [categoryId] });
    await scheduleChange(db(), editor, post.id, 1, { ...changed, categoryIds: [categoryId] }, soon());
    expect((await changePostStatus(db(), editor, post.id, 1, { kind: "unpublish" })).ok).toBe(true);
    await fallDue(post.id);
    expect(await applyDueScheduledChanges(db())).toEqual([]);
    expect((await db().select().from(posts).where(eq(posts.id, post.id)))[0]?.title).toBe("Alter Titel");
  });

  it("is for editors on live posts only, at a future time, from the version they saw", async () => {
    const live = await insertPost(db(), { authorId: author.id, categoryIds: [categoryId] });
    const draft = await insertPost(db(), { authorId: author.id, status: "draft", publishedAt: null, categoryIds: [categoryId] });
    const other = await insertUser(db(), { role: "author" });
    const input = { ...changed, categoryIds: [categoryId] };
    expect(await scheduleChange(db(), null, live.id, 1, input, soon())).toMatchObject({ ok: false, status: 401 });
    expect(await scheduleChange(db(), author, live.id, 1, input, soon())).toMatchObject({ ok: false, status: 403 });
    expect(await scheduleChange(db(), other, live.id, 1, input, soon())).toMatchObject({ ok: false, status: 404 });
    expect(await scheduleChange(db(), editor, draft.id, 1, input, soon())).toMatchObject({ ok: false, status: 409, reason: "invalid" });
    expect(await scheduleChange(db(), editor, live.id, 7, input, soon())).toMatchObject({ ok: false, status: 409, reason: "conflict" });
    expect(await scheduleChange(db(), editor, live.id, 1, input, new Date(Date.now() - 1000))).toMatchObject({
      ok: false,
      status: 422,
      fieldErrors: { publishAt: expect.any(String) },
    });
    expect(await scheduleChange(db(), editor, live.id, 1, changed, soon())).toMatchObject({ ok: false, status: 422, fieldErrors: { categoryIds: expect.any(String) } });
    expect(await db().select().from(postScheduledChanges)).toEqual([]);

    expect((await scheduleChange(db(), editor, live.id, 1, input, soon())).ok).toBe(true);
    expect(await discardScheduledChange(db(), author, live.id)).toMatchObject({ ok: false, status: 403 });
    expect(await discardScheduledChange(db(), other, live.id)).toMatchObject({ ok: false, status: 404 });
    expect((await db().select().from(postScheduledChanges)).length).toBe(1);
    expect((await discardScheduledChange(db(), editor, live.id)).ok).toBe(true);
    expect(await db().select().from(postScheduledChanges)).toEqual([]);
  });
});
