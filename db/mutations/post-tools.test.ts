import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { testDrivers, freshDatabaseFor } from "../testing/databases";
import { hoursAgo, insertCategory, insertPost, insertUser } from "../testing/fixtures";
import { listPublishedPosts } from "../queries/posts";
import { postCategories, posts, postTags, redirects, revisions } from "../schema";
import { changePostAuthor, duplicatePost, setPublicationDate } from "./post-tools";
import { resolveTags, setPostTags } from "./tags";

describe.each(testDrivers)("author, publication date and duplicates on %s", (driver) => {
  const { db } = freshDatabaseFor(driver);
  let admin: { id: number };
  let editor: { id: number };
  let author: { id: number };
  let other: { id: number };
  let categoryId: number;

  beforeEach(async () => {
    admin = await insertUser(db(), { role: "admin" });
    editor = await insertUser(db(), { role: "editor" });
    author = await insertUser(db(), { role: "author" });
    other = await insertUser(db(), { role: "author" });
    categoryId = (await insertCategory(db())).id;
  });

  const row = async (id: number) => (await db().select().from(posts).where(eq(posts.id, id)))[0]!;

  it("lets editors and admins change a post's author, to an active account only", async () => {
    const post = await insertPost(db(), { authorId: author.id, categoryIds: [categoryId] });
    const retired = await insertUser(db(), { role: "author", active: false });
    expect(await changePostAuthor(db(), null, post.id, other.id)).toMatchObject({ ok: false, status: 401 });
    expect(await changePostAuthor(db(), author, post.id, other.id)).toMatchObject({ ok: false, status: 403 });
    expect(await changePostAuthor(db(), other, post.id, other.id)).toMatchObject({ ok: false, status: 404 });
    expect(await changePostAuthor(db(), editor, post.id, retired.id)).toMatchObject({ ok: false, status: 422, fieldErrors: { authorId: expect.any(String) } });
    expect(await changePostAuthor(db(), editor, post.id, 424242)).toMatchObject({ ok: false, status: 422 });
    expect((await row(post.id)).authorId).toBe(author.id);
    expect(await changePostAuthor(db(), editor, post.id, other.id)).toMatchObject({ ok: true });
    expect(await row(post.id)).toMatchObject({ authorId: other.id, version: 2 });
    expect(await changePostAuthor(db(), admin, post.id, author.id)).toMatchObject({ ok: true });
    expect((await db().select().from(revisions).where(eq(revisions.postId, post.id))).length).toBe(2);
  });

  it("backdates a published post, which stays published and takes its place in the list by that date", async () => {
    const older = await insertPost(db(), { authorId: author.id, publishedAt: hoursAgo(48), categoryIds: [categoryId] });
    const post = await insertPost(db(), { authorId: author.id, publishedAt: hoursAgo(1), categoryIds: [categoryId] });
    expect((await listPublishedPosts({ page: 1 }))?.items.map((item) => item.id)).toEqual([post.id, older.id]);
    const lastYear = new Date(Date.now() - 365 * 24 * 3600_000);
    expect(await setPublicationDate(db(), author, post.id, lastYear)).toMatchObject({ ok: false, status: 403 });
    expect(await setPublicationDate(db(), other, post.id, lastYear)).toMatchObject({ ok: false, status: 404 });
    expect(await setPublicationDate(db(), editor, post.id, new Date(Date.now() + 3600_000))).toMatchObject({
      ok: false,
      status: 422,
      fieldErrors: { publishedAt: expect.stringContaining("Planen") },
    });
    expect(await setPublicationDate(db(), editor, post.id, null)).toMatchObject({ ok: false, status: 422 });
    expect(await setPublicationDate(db(), editor, post.id, lastYear)).toMatchObject({ ok: true });
    expect(await row(post.id)).toMatchObject({ status: "published", publishedAt: lastYear });
    expect((await listPublishedPosts({ page: 1 }))?.items.map((item) => item.id)).toEqual([older.id, post.id]);
    const draft = await insertPost(db(), { authorId: author.id, status: "draft", publishedAt: null });
    expect(await setPublicationDate(db(), editor, draft.id, lastYear)).toMatchObject({ ok: false, status: 409 });
  });

  it("duplicates a post as a new draft by the acting user, with a new address and no revisions", async () => {
    const post = await insertPost(db(), { authorId: author.id, title: "Haushalt 2027", slug: "haushalt-2027", categoryIds: [categoryId] });
    await db().insert(revisions).values({ postId: post.id, version: 1, title: post.title, slug: post.slug, body: post.body, status: "published", details: {} });
    await setPostTags(db(), post.id, await resolveTags(db(), ["Haushalt", "Video"]));
    const first = await duplicatePost(db(), editor, post.id);
    const second = await duplicatePost(db(), editor, post.id);
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    const copy = await row(first.value.id);
    expect(copy).toMatchObject({ title: "Kopie von Haushalt 2027", slug: "kopie-von-haushalt-2027", status: "draft", publishedAt: null, authorId: editor.id, body: post.body });
    expect((await row(second.value.id)).slug).toBe("kopie-von-haushalt-2027-2");
    // A former address stays with the post it leads to.
    await db().insert(redirects).values({ sourcePath: "/artikel/kopie-von-haushalt-2027-3", targetPath: `/artikel/${post.slug}`, postId: post.id, origin: "rename" });
    const third = await duplicatePost(db(), editor, post.id);
    expect(third.ok && (await row(third.value.id)).slug).toBe("kopie-von-haushalt-2027-4");
    expect((await db().select().from(postCategories).where(eq(postCategories.postId, copy.id))).map((r) => r.categoryId)).toEqual([categoryId]);
    expect(await db().select().from(revisions).where(eq(revisions.postId, copy.id))).toEqual([]);
    expect((await db().select().from(postTags).where(eq(postTags.postId, copy.id)).orderBy(postTags.position)).map((r) => r.tagId)).toEqual(
      (await db().select().from(postTags).where(eq(postTags.postId, post.id)).orderBy(postTags.position)).map((r) => r.tagId),
    );
    // Only what one may see can be copied.
    expect(await duplicatePost(db(), other, post.id)).toMatchObject({ ok: false, status: 404 });
    expect(await duplicatePost(db(), null, post.id)).toMatchObject({ ok: false, status: 401 });
    expect((await duplicatePost(db(), author, post.id)).ok).toBe(true);
  });
});
