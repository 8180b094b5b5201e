import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { freshDatabaseFor, testDrivers } from "../testing/databases";
import { hoursAgo, insertComment, insertPost, insertUser } from "../testing/fixtures";
import { approvedCommentCounts, countPendingComments, listCommentsForModeration, readArticleComments } from "../queries/comments";
import { comments, commentThrottle } from "../schema";
import type { Database } from "../client";
import {
  editComment,
  eraseCommentsByEmail,
  MAX_PER_SENDER_PER_HOUR,
  moderateComments,
  moderationActions,
  replyToComment,
  saveCommentSettings,
  setPostCommentsOpen,
  submitComment,
  type Sender,
} from "./comments";

const reader = (key = "k"): Sender => ({ key, honeypot: "", formAgeSeconds: 20 });
const input = (values: Partial<{ name: string; email: string; body: string; parentId: string }> = {}) => ({
  name: "Erika Muster",
  email: "",
  body: `Danke für den Beitrag! ${Math.random()}`,
  parentId: "",
  ...values,
});

async function statusOf(db: Database, id: number) {
  const [row] = await db.select({ status: comments.status }).from(comments).where(sql`${comments.id} = ${id}`);
  return row?.status ?? null;
}

const settings = { defaultOpen: true, closeAfterDays: 0, autoApproveKnown: false, blockList: "" };

describe.each(testDrivers)("comments on %s", (driver) => {
  const { db } = freshDatabaseFor(driver);

  async function scene() {
    const author = await insertUser(db(), { role: "author" });
    const otherAuthor = await insertUser(db(), { role: "author" });
    const editor = await insertUser(db(), { role: "editor" });
    const admin = await insertUser(db(), { role: "admin" });
    const post = await insertPost(db(), { authorId: author.id });
    const otherPost = await insertPost(db(), { authorId: otherAuthor.id });
    return { author, otherAuthor, editor, admin, post, otherPost };
  }

  it("shows readers only approved comments, in counts too", async () => {
    const { post } = await scene();
    const approved = await insertComment(db(), post.id, "approved");
    for (const status of ["pending", "spam", "trash"] as const) await insertComment(db(), post.id, status);
    const section = await readArticleComments(db(), post.id);
    expect(section?.count).toBe(1);
    expect(section?.threads.map((thread) => thread.id)).toEqual([approved.id]);
    expect(JSON.stringify(section)).not.toContain("pending");
    expect((await approvedCommentCounts(db(), [post.id])).get(post.id)).toBe(1);
  });

  it("shows no comments of a post readers cannot see", async () => {
    const { author } = await scene();
    const draft = await insertPost(db(), { authorId: author.id, status: "draft" });
    const scheduled = await insertPost(db(), { authorId: author.id, publishedAt: new Date(Date.now() + 3600_000) });
    for (const post of [draft, scheduled]) {
      await insertComment(db(), post.id, "approved");
      expect(await readArticleComments(db(), post.id)).toBeNull();
      expect(await submitComment(db(), post.id, input(), reader())).toMatchObject({ ok: false, status: 404 });
    }
  });

  it("stores a reader's comment as pending, with the e-mail lower-cased and no address", async () => {
    const { post } = await scene();
    const result = await submitComment(db(), post.id, input({ email: " Erika@Example.ORG ", name: "  Erika " }), reader("hash1"));
    expect(result).toMatchObject({ ok: true, value: { status: "pending", postId: post.id } });
    const [row] = await db().select().from(comments);
    expect(row).toMatchObject({ authorName: "Erika", authorEmail: "erika@example.org", status: "pending" });
    const [throttle] = await db().select().from(commentThrottle);
    expect(throttle?.key).toBe("hash1");
  });

  it("threads one level deep: a reply to a reply joins the first comment's thread", async () => {
    const { post, otherPost } = await scene();
    const root = await insertComment(db(), post.id, "approved", { createdAt: hoursAgo(3) });
    const reply = await insertComment(db(), post.id, "approved", { parentId: root.id, createdAt: hoursAgo(2) });
    const answer = await submitComment(db(), post.id, input(), reader());
    expect(answer.ok).toBe(true);
    const deep = await submitComment(db(), post.id, input({ parentId: String(reply.id) }), reader());
    if (!deep.ok) throw new Error(deep.message);
    await moderateComments(db(), (await insertUser(db(), { role: "editor" })), [deep.value.id!], "approve");
    const [stored] = await db().select().from(comments).where(sql`${comments.id} = ${deep.value.id}`);
    expect(stored?.parentId).toBe(root.id);
    const section = await readArticleComments(db(), post.id);
    expect(section?.threads).toHaveLength(1);
    expect(section?.threads[0]?.replies.map((r) => r.id)).toEqual([reply.id, deep.value.id]);
    // A reply to a hidden comment, or to one under another post, is refused and stores nothing.
    const pending = await insertComment(db(), post.id, "pending");
    const foreign = await insertComment(db(), otherPost.id, "approved");
    for (const parentId of [pending.id, foreign.id, 999_999]) {
      expect(await submitComment(db(), post.id, input({ parentId: String(parentId) }), reader())).toMatchObject({ ok: false, status: 422 });
    }
    expect(await submitComment(db(), post.id, input({ parentId: "1; drop table comments" }), reader())).toMatchObject({ ok: false, status: 422 });
  });

  it("refuses bad input with German messages: empty name, short or long text, control characters, bad e-mail", async () => {
    const { post } = await scene();
    const cases = [
      [{ name: "  " }, "name"],
      [{ body: "x" }, "body"],
      [{ body: "x".repeat(5001) }, "body"],
      [{ body: "a\u0000b" }, "body"],
      [{ email: "kein-at" }, "email"],
      [{ name: "x".repeat(121) }, "name"],
    ] as const;
    for (const [values, field] of cases) {
      const result = await submitComment(db(), post.id, input(values), reader());
      expect(result).toMatchObject({ ok: false, status: 422 });
      if (!result.ok) expect(result.fieldErrors?.[field]).toMatch(/[a-zäöü]/);
    }
    expect(await db().select().from(comments)).toHaveLength(0);
    expect(await db().select().from(commentThrottle)).toHaveLength(0);
    // Script tags and right-to-left overrides are text, stored as typed.
    const hostile = "<script>alert(1)</script> \u202Eevil";
    expect(await submitComment(db(), post.id, input({ body: hostile }), reader())).toMatchObject({ ok: true });
  });

  it("answers a honeypot or a form sent too fast like a success and stores nothing", async () => {
    const { post } = await scene();
    for (const sender of [
      { key: "bot", honeypot: "https://spam.example", formAgeSeconds: 20 },
      { key: "bot", honeypot: "", formAgeSeconds: 1 },
      { key: "bot", honeypot: "", formAgeSeconds: null },
    ]) {
      expect(await submitComment(db(), post.id, input(), sender)).toEqual({ ok: true, value: { id: null, status: null, postId: post.id } });
    }
    expect(await db().select().from(comments)).toHaveLength(0);
    expect(await db().select().from(commentThrottle)).toHaveLength(0);
  });

  it("limits each sender per hour without affecting others", async () => {
    const { post } = await scene();
    for (let i = 0; i < MAX_PER_SENDER_PER_HOUR; i++) expect((await submitComment(db(), post.id, input(), reader("busy"))).ok).toBe(true);
    expect(await submitComment(db(), post.id, input(), reader("busy"))).toMatchObject({ ok: false, status: 429 });
    expect((await submitComment(db(), post.id, input(), reader("other"))).ok).toBe(true);
    await db().execute(sql`update comment_throttle set created_at = now() - interval '2 hours'`);
    expect((await submitComment(db(), post.id, input(), reader("busy"))).ok).toBe(true);
    // Throttle keys older than a day are removed on the next write.
    await db().execute(sql`update comment_throttle set created_at = now() - interval '25 hours'`);
    await submitComment(db(), post.id, input(), reader("fresh"));
    expect((await db().select().from(commentThrottle)).map((row) => row.key)).toEqual(["fresh"]);
  });

  it("holds comments with many links, a blocked word or a repeated text as spam", async () => {
    const { post, editor } = await scene();
    expect(await saveCommentSettings(db(), editor, { ...settings, blockList: "Casino\n\nx\nbillige Pillen" })).toMatchObject({ ok: true });
    const links = await submitComment(db(), post.id, input({ body: "https://a.example www.b.example http://c.example" }), reader("1"));
    const twoLinks = await submitComment(db(), post.id, input({ body: "Siehe https://a.example und https://b.example" }), reader("2"));
    const blocked = await submitComment(db(), post.id, input({ body: "Bestes CASINO im Netz" }), reader("3"));
    const phrase = await submitComment(db(), post.id, input({ name: "Billige   Pillen", body: "Hallo zusammen" }), reader("4"));
    const first = await submitComment(db(), post.id, input({ body: "Genau meine Meinung." }), reader("5"));
    const again = await submitComment(db(), post.id, input({ body: "Genau meine Meinung." }), reader("6"));
    expect([links, twoLinks, blocked, phrase, first, again].map((r) => r.ok && r.value.status)).toEqual([
      "spam",
      "pending",
      "spam",
      "spam",
      "pending",
      "spam",
    ]);
    const held = await db().select({ reason: comments.spamReason }).from(comments).where(sql`${comments.status} = 'spam'`).orderBy(comments.id);
    expect(held.map((row) => row.reason)).toEqual(["links", "blocklist", "blocklist", "duplicate"]);
  });

  it("approves a known commenter at once only when the setting is on", async () => {
    const { post, editor } = await scene();
    await insertComment(db(), post.id, "approved", { authorEmail: "stamm@example.org" });
    const off = await submitComment(db(), post.id, input({ email: "Stamm@example.org" }), reader("1"));
    expect(off.ok && off.value.status).toBe("pending");
    await saveCommentSettings(db(), editor, { ...settings, autoApproveKnown: true });
    const on = await submitComment(db(), post.id, input({ email: "stamm@example.org" }), reader("2"));
    const stranger = await submitComment(db(), post.id, input({ email: "neu@example.org" }), reader("3"));
    expect([on, stranger].map((r) => r.ok && r.value.status)).toEqual(["approved", "pending"]);
  });

  it("closes comments per post, by the site default and after N days; closed posts still show theirs", async () => {
    const { post, author, editor, otherAuthor } = await scene();
    await insertComment(db(), post.id, "approved");
    expect((await readArticleComments(db(), post.id))?.open).toBe(true);
    expect(await setPostCommentsOpen(db(), otherAuthor, post.id, false)).toMatchObject({ ok: false, status: 403 });
    expect(await setPostCommentsOpen(db(), author, post.id, false)).toMatchObject({ ok: true });
    expect(await readArticleComments(db(), post.id)).toMatchObject({ open: false, count: 1 });
    expect(await submitComment(db(), post.id, input(), reader())).toMatchObject({ ok: false, status: 409, message: "Die Kommentare zu diesem Beitrag sind geschlossen." });
    await setPostCommentsOpen(db(), author, post.id, null);
    await saveCommentSettings(db(), editor, { ...settings, defaultOpen: false });
    expect((await readArticleComments(db(), post.id))?.open).toBe(false);
    await setPostCommentsOpen(db(), editor, post.id, true);
    expect((await readArticleComments(db(), post.id))?.open).toBe(true);
    await saveCommentSettings(db(), editor, { ...settings, closeAfterDays: 14 });
    const old = await insertPost(db(), { authorId: author.id, publishedAt: hoursAgo(15 * 24) });
    expect((await readArticleComments(db(), old.id))?.open).toBe(false);
    expect((await readArticleComments(db(), post.id))?.open).toBe(true);
    expect(await saveCommentSettings(db(), editor, { ...settings, closeAfterDays: -1 })).toMatchObject({ ok: false, status: 422 });
    expect(await saveCommentSettings(db(), author, settings)).toMatchObject({ ok: false, status: 403 });
  });

  it("authorises every moderation action: an author only on their own posts, all or nothing in bulk", async () => {
    const { post, otherPost, author, otherAuthor, editor } = await scene();
    const contributor = await insertUser(db(), { role: "contributor" });
    const retired = await insertUser(db(), { role: "editor", active: false });
    const mine = await insertComment(db(), post.id, "pending");
    const theirs = await insertComment(db(), otherPost.id, "pending");
    for (const action of moderationActions) {
      expect(await moderateComments(db(), author, [theirs.id], action)).toMatchObject({ ok: false, status: 403 });
      expect(await moderateComments(db(), author, [mine.id, theirs.id], action)).toMatchObject({ ok: false, status: 403 });
      expect(await moderateComments(db(), contributor, [mine.id], action)).toMatchObject({ ok: false, status: 403 });
      expect(await moderateComments(db(), retired, [mine.id], action)).toMatchObject({ ok: false, status: 401 });
      expect(await moderateComments(db(), null, [mine.id], action)).toMatchObject({ ok: false, status: 401 });
    }
    expect(await editComment(db(), author, theirs.id, "Neu")).toMatchObject({ ok: false, status: 403 });
    expect(await replyToComment(db(), author, theirs.id, "Danke!")).toMatchObject({ ok: false, status: 403 });
    expect(await eraseCommentsByEmail(db(), editor, "a@example.org")).toMatchObject({ ok: false, status: 403 });
    expect(await statusOf(db(), mine.id)).toBe("pending");
    expect(await statusOf(db(), theirs.id)).toBe("pending");
    expect(await db().select().from(comments)).toHaveLength(2);
    // The queue and the navigation count: an author sees only their own posts' comments.
    const authorQueue = await listCommentsForModeration(db(), author);
    expect(authorQueue.ok && authorQueue.value.items.map((item) => item.id)).toEqual([mine.id]);
    expect(await countPendingComments(db(), author)).toBe(1);
    expect(await countPendingComments(db(), otherAuthor)).toBe(1);
    expect(await countPendingComments(db(), editor)).toBe(2);
    expect(await countPendingComments(db(), contributor)).toBe(0);
    expect(await listCommentsForModeration(db(), contributor)).toMatchObject({ ok: false, status: 403 });
    expect(await listCommentsForModeration(db(), null)).toMatchObject({ ok: false, status: 401 });
    // Allowed: the author on their own post, the editor anywhere.
    expect(await moderateComments(db(), author, [mine.id], "approve")).toMatchObject({ ok: true, value: { postIds: [post.id] } });
    expect(await moderateComments(db(), editor, [theirs.id], "spam")).toMatchObject({ ok: true });
    expect(await moderateComments(db(), editor, [theirs.id], "bogus")).toMatchObject({ ok: false, status: 422 });
    expect(await moderateComments(db(), editor, [], "approve")).toMatchObject({ ok: false, status: 422 });
    expect(await moderateComments(db(), editor, [999_999], "approve")).toMatchObject({ ok: false, status: 404 });
  });

  it("restores a comment to the status it had before spam or trash, and deletes for good", async () => {
    const { post, editor } = await scene();
    const approved = await insertComment(db(), post.id, "approved");
    const held = await insertComment(db(), post.id, "spam", { spamReason: "links" });
    await moderateComments(db(), editor, [approved.id], "spam");
    await moderateComments(db(), editor, [approved.id], "trash");
    expect(await statusOf(db(), approved.id)).toBe("trash");
    await moderateComments(db(), editor, [approved.id, held.id], "restore");
    expect(await statusOf(db(), approved.id)).toBe("approved");
    expect(await statusOf(db(), held.id)).toBe("pending");
    const deleted = await moderateComments(db(), editor, [held.id], "delete");
    expect(deleted).toMatchObject({ ok: true, value: { changed: 1 } });
    expect(await statusOf(db(), held.id)).toBeNull();
  });

  it("edits a comment's text with a note, and replies as the editorial team in the same thread", async () => {
    const { post, author, editor } = await scene();
    const root = await insertComment(db(), post.id, "approved");
    const question = await insertComment(db(), post.id, "pending", { parentId: root.id });
    expect(await editComment(db(), editor, root.id, " ")).toMatchObject({ ok: false, status: 422 });
    expect(await editComment(db(), editor, root.id, "Korrigierter Text")).toMatchObject({ ok: true });
    const reply = await replyToComment(db(), author, question.id, "Danke für die Frage!");
    if (!reply.ok) throw new Error(reply.message);
    const section = await readArticleComments(db(), post.id);
    expect(section?.threads[0]).toMatchObject({ body: "Korrigierter Text", edited: true });
    // Answering a waiting comment approves it; the answer stands in the thread, marked as the editorial team's.
    expect(section?.threads[0]?.replies.map((r) => [r.id, r.editorial])).toEqual([
      [question.id, false],
      [reply.value.id, true],
    ]);
  });

  it("erases every comment of one e-mail address across posts (admins only)", async () => {
    const { post, otherPost, admin } = await scene();
    await insertComment(db(), post.id, "approved", { authorEmail: "weg@example.org" });
    await insertComment(db(), otherPost.id, "spam", { authorEmail: "weg@example.org" });
    const kept = await insertComment(db(), post.id, "approved", { authorEmail: "bleibt@example.org" });
    expect(await eraseCommentsByEmail(db(), admin, "kein-at")).toMatchObject({ ok: false, status: 422 });
    const erased = await eraseCommentsByEmail(db(), admin, " WEG@example.org ");
    expect(erased).toMatchObject({ ok: true, value: { changed: 2 } });
    if (erased.ok) expect(erased.value.postIds.sort()).toEqual([post.id, otherPost.id].sort());
    expect((await db().select({ id: comments.id }).from(comments)).map((row) => row.id)).toEqual([kept.id]);
  });
});
