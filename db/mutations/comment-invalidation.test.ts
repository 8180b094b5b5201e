// Which articles' caches each moderation step drops: exactly those whose readers see a difference (readerPostIds,
// turned into `comments:<postId>` tags by the dashboard's actions). A change readers cannot see drops nothing.
import { describe, expect, it } from "vitest";
import { freshDatabaseFor, testDrivers } from "../testing/databases";
import { insertComment, insertPost, insertUser } from "../testing/fixtures";
import { editComment, eraseCommentsByEmail, moderateComments, replyToComment } from "./comments";

describe.each(testDrivers)("cache invalidation by comment moderation on %s", (driver) => {
  const { db } = freshDatabaseFor(driver);

  async function scene() {
    const editor = await insertUser(db(), { role: "editor" });
    const admin = await insertUser(db(), { role: "admin" });
    const shown = await insertPost(db(), { authorId: editor.id });
    const other = await insertPost(db(), { authorId: editor.id });
    return { editor: { id: editor.id }, admin: { id: admin.id }, shown, other };
  }

  async function readerPostIds(result: Promise<{ ok: boolean; value?: { readerPostIds: number[] } }>) {
    const done = await result;
    expect(done.ok).toBe(true);
    return [...(done.value?.readerPostIds ?? [])].sort((a, b) => a - b);
  }

  it("a bulk action names only the articles whose visible comments change", async () => {
    const { editor, shown, other } = await scene();
    const pendingHere = await insertComment(db(), shown.id, "pending");
    const pendingThere = await insertComment(db(), other.id, "pending");
    // Approving shows both; marking pending ones as spam shows nothing new.
    expect(await readerPostIds(moderateComments(db(), editor, [pendingHere.id, pendingThere.id], "approve"))).toEqual([shown.id, other.id].sort((a, b) => a - b));
    const quiet = await insertComment(db(), other.id, "pending");
    expect(await readerPostIds(moderateComments(db(), editor, [quiet.id], "spam"))).toEqual([]);
    // Taking an approved comment away (trash, spam, back to the queue) changes its article only.
    expect(await readerPostIds(moderateComments(db(), editor, [pendingHere.id], "trash"))).toEqual([shown.id]);
    expect(await readerPostIds(moderateComments(db(), editor, [pendingThere.id], "unapprove"))).toEqual([other.id]);
    // Restoring returns a comment to what it was: shown again only if it had been approved.
    expect(await readerPostIds(moderateComments(db(), editor, [pendingHere.id], "restore"))).toEqual([shown.id]);
    expect(await readerPostIds(moderateComments(db(), editor, [quiet.id], "restore"))).toEqual([]);
    const spam = await insertComment(db(), shown.id, "spam");
    expect(await readerPostIds(moderateComments(db(), editor, [spam.id], "delete"))).toEqual([]);
  });

  it("editing drops the article only for a shown comment; a team reply always shows", async () => {
    const { editor, shown } = await scene();
    const pending = await insertComment(db(), shown.id, "pending");
    const approved = await insertComment(db(), shown.id, "approved");
    expect(await readerPostIds(editComment(db(), editor, pending.id, "Ein neuer Text, noch nicht sichtbar."))).toEqual([]);
    expect(await readerPostIds(editComment(db(), editor, approved.id, "Ein neuer Text, den alle sehen."))).toEqual([shown.id]);
    expect(await readerPostIds(replyToComment(db(), editor, approved.id, "Danke, wir kümmern uns darum."))).toEqual([shown.id]);
  });

  it("erasing an address drops the articles where its approved comments stood, not those with only held ones", async () => {
    const { admin, shown, other } = await scene();
    const email = `loeschen-${Math.random().toString(36).slice(2)}@example.org`;
    await insertComment(db(), shown.id, "approved", { authorEmail: email });
    await insertComment(db(), other.id, "pending", { authorEmail: email });
    const erased = await eraseCommentsByEmail(db(), admin, email);
    expect(erased).toMatchObject({ ok: true, value: { changed: 2, readerPostIds: [shown.id] } });
  });
});
