import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { StoredFile } from "@/lib/media/pipeline";
import { purgeExpiredMedia } from "@/lib/media/purge";
import type { MediaStorage } from "@/lib/media/storage";
import { acceptedByMime } from "@/lib/media/types";
import { MEDIA_UNDO_MS } from "@/lib/media/undo";
import { freshDatabaseFor, testDrivers } from "../testing/databases";
import { insertCategory, insertPost, insertUser } from "../testing/fixtures";
import {
  downloadsOfPost,
  getDeletedMediaNotice,
  getServableMedia,
  imagesByHashes,
  imagesByIds,
  listMedia,
  listMediaChoices,
  renderWithLibraryImages,
} from "../queries/media";
import { getPublishedPost } from "../queries/articles";
import { auditLog, media, mediaFormerFiles, postAttachments, posts } from "../schema";
import {
  deleteMedia,
  isKnownHash,
  purgeDeletedMedia,
  recordUpload,
  restoreMedia,
  updateMediaDetails,
} from "./media";
import { replaceMediaFile } from "./media-replace";

let n = 0;
function file(kind: "image" | "document"): StoredFile {
  n += 1;
  const hash = `${kind === "image" ? "e" : "f"}${n.toString(16).padStart(63, "0")}`;
  return kind === "image"
    ? {
        hash,
        type: acceptedByMime.get("image/png")!,
        byteSize: 1000 + n,
        width: 960,
        height: 540,
        variants: (["avif", "webp", "jpg"] as const).map((format) => ({ width: 960, height: 540, format, bytes: 100 })),
      }
    : { hash, type: acceptedByMime.get("application/pdf")!, byteSize: 2000 + n, width: null, height: null, variants: [] };
}

/** A storage that only records what the purge removes. */
function recordingStorage(): MediaStorage & { removed: string[] } {
  const removed: string[] = [];
  const unused = () => {
    throw new Error("not used by the purge");
  };
  return { removed, put: unused, putFile: unused, size: unused, read: unused, tempDir: unused, removeAll: async (hash) => void removed.push(hash) };
}

const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000);

describe.each(testDrivers)("deleting library files with undo on %s", (driver) => {
  const { db } = freshDatabaseFor(driver);

  async function setup() {
    const editor = await insertUser(db(), { role: "editor" });
    const author = await insertUser(db(), { role: "author" });
    const category = await insertCategory(db());
    const photo = await recordUpload(db(), author, file("image"), "rathaus.png");
    const pdf = await recordUpload(db(), author, file("document"), "satzung.pdf");
    if (!photo.ok || !pdf.ok) throw new Error("setup");
    await updateMediaDetails(db(), author, photo.value.id, { alt: "Das Rathaus" });
    const post = await insertPost(db(), {
      authorId: author.id,
      title: "Mit allem",
      slug: "mit-allem",
      categoryIds: [category.id],
      coverMediaId: photo.value.id,
      socialMediaId: photo.value.id,
      body: `Davor\n\n![Rathaus](/medien/${photo.value.hash}/bild)\n\nDanach`,
    });
    await db().insert(postAttachments).values({ postId: post.id, mediaId: pdf.value.id });
    return { editor, author, photo: photo.value, pdf: pdf.value, post };
  }

  const asUser = (user: { id: number; role: "admin" | "editor" | "author" | "contributor" }) => ({ ...user, displayName: "", email: "" });

  it("hides a deleted file from the library, the editor, readers and the serving route, keeping the posts as they are", async () => {
    const { editor, photo, pdf, post } = await setup();
    const first = await deleteMedia(db(), editor, photo.id);
    expect(first).toMatchObject({ ok: false, status: 409, message: "„rathaus.png“ wird in einem Beitrag verwendet:", uses: [{ id: post.id, title: "Mit allem" }] });
    expect(await deleteMedia(db(), editor, photo.id, [post.id])).toEqual({ ok: true, value: { id: photo.id, name: "rathaus.png", postIds: [post.id] } });
    expect(await deleteMedia(db(), editor, pdf.id, [post.id])).toMatchObject({ ok: true });

    const [row] = await db().select().from(media).where(eq(media.id, photo.id));
    expect(row?.deletedAt).toBeInstanceOf(Date);
    // References stay, so „Rückgängig“ brings back every use; the post is not even a new version.
    const [after] = await db().select().from(posts).where(eq(posts.id, post.id));
    expect(after).toMatchObject({ coverMediaId: photo.id, socialMediaId: photo.id, body: post.body, version: post.version });
    expect(await db().select().from(postAttachments)).toHaveLength(1);

    expect(await listMedia(asUser(editor), {})).toEqual([]);
    expect(await listMediaChoices(asUser(editor))).toEqual({ images: [], documents: [] });
    expect(await getServableMedia(photo.hash)).toBeNull();
    expect(await getServableMedia(pdf.hash)).toBeNull();
    expect((await imagesByIds(db(), [photo.id])).size).toBe(0);
    expect((await imagesByHashes(db(), [photo.hash])).size).toBe(0);
    expect(await downloadsOfPost(db(), post.id)).toEqual([]);
    expect(await renderWithLibraryImages(db(), post.body)).toBe("<p>Davor</p>\n\n<p>Danach</p>");
    const view = await getPublishedPost({ slug: "mit-allem" });
    expect(view).toMatchObject({ cover: null, downloads: [], seo: { socialImage: null } });
    // Gone for editing too, until it is restored; deleting twice is a 404.
    expect(await updateMediaDetails(db(), editor, photo.id, { alt: "x" })).toMatchObject({ ok: false, status: 404 });
    expect(await deleteMedia(db(), editor, photo.id, [post.id])).toMatchObject({ ok: false, status: 404 });
    // The files stay stored while the item can come back.
    expect(await isKnownHash(db(), photo.hash)).toBe(true);
  });

  it("restores a deleted file with every use it had, for whoever may delete it", async () => {
    const { editor, author, photo, post } = await setup();
    const otherAuthor = await insertUser(db(), { role: "author" });
    await deleteMedia(db(), author, photo.id, [post.id]);
    expect(await getDeletedMediaNotice(asUser(author), photo.id)).toEqual({ id: photo.id, name: "rathaus.png", uses: 1 });
    expect(await getDeletedMediaNotice(asUser(otherAuthor), photo.id)).toBeNull();

    expect(await restoreMedia(db(), otherAuthor, photo.id)).toMatchObject({ ok: false, status: 403 });
    expect(await restoreMedia(db(), null, photo.id)).toMatchObject({ ok: false, status: 401 });
    expect(await restoreMedia(db(), editor, 0)).toMatchObject({ ok: false, status: 404 });
    expect(await restoreMedia(db(), editor, 987654)).toMatchObject({ ok: false, status: 404, message: expect.stringContaining("gibt es nicht mehr") });

    expect(await restoreMedia(db(), editor, photo.id)).toEqual({ ok: true, value: { id: photo.id, name: "rathaus.png", postIds: [post.id] } });
    // A second click changes nothing.
    expect(await restoreMedia(db(), editor, photo.id)).toEqual({ ok: true, value: { id: photo.id, name: "rathaus.png", postIds: [] } });
    expect(await getDeletedMediaNotice(asUser(editor), photo.id)).toBeNull();
    expect(await getServableMedia(photo.hash)).not.toBeNull();
    const view = await getPublishedPost({ slug: "mit-allem" });
    expect(view?.cover).toMatchObject({ mediaId: photo.id, alt: "Das Rathaus" });
    expect(view?.seo.socialImage).toMatchObject({ mediaId: photo.id });
    expect(view?.html).toContain("<picture>");

    const audit = await db().select({ action: auditLog.action, actorId: auditLog.actorId, subject: auditLog.subject }).from(auditLog).orderBy(auditLog.id);
    expect(audit).toEqual([
      { action: "media-deleted", actorId: author.id, subject: `rathaus.png (Nr. ${photo.id})` },
      { action: "media-restored", actorId: editor.id, subject: `rathaus.png (Nr. ${photo.id})` },
    ]);
  });

  it("purges only files deleted longer than the undo window ago, then removes their uses and stored files", async () => {
    const { editor, photo, pdf, post } = await setup();
    const replacement = file("image");
    await replaceMediaFile(db(), editor, photo.id, photo.hash, replacement, "rathaus-neu.png");
    const keep = await recordUpload(db(), editor, file("image"), "bleibt.png");
    if (!keep.ok) throw new Error("setup");
    await deleteMedia(db(), editor, photo.id, [post.id]);
    await deleteMedia(db(), editor, pdf.id, [post.id]);
    const storage = recordingStorage();

    expect(await purgeExpiredMedia(db(), storage, { now: minutesFromNow(MEDIA_UNDO_MS / 60_000 - 1) })).toEqual({ ids: [], hashes: [], postIds: [] });
    expect(await purgeExpiredMedia(db(), storage)).toEqual({ ids: [], hashes: [], postIds: [] });
    // Past the window but not yet purged: too late to restore, and said so.
    expect(await restoreMedia(db(), editor, photo.id, minutesFromNow(31))).toMatchObject({ ok: false, status: 409, message: expect.stringContaining("abgelaufen") });

    const purged = await purgeExpiredMedia(db(), storage, { now: minutesFromNow(31) });
    expect(purged.ids.sort()).toEqual([photo.id, pdf.id].sort());
    expect(purged.hashes.sort()).toEqual([replacement.hash, photo.hash, pdf.hash].sort());
    expect(purged.postIds).toEqual([post.id]);
    expect(storage.removed.sort()).toEqual([replacement.hash, photo.hash, pdf.hash].sort());

    const [after] = await db().select().from(posts).where(eq(posts.id, post.id));
    // One new version, so an editor with the post open is warned instead of saving a reference that is gone.
    expect(after).toMatchObject({ coverMediaId: null, socialMediaId: null, body: post.body, version: post.version + 1, updatedAt: post.updatedAt });
    expect(await db().select().from(postAttachments)).toHaveLength(0);
    expect(await db().select().from(mediaFormerFiles)).toHaveLength(0);
    expect((await db().select({ id: media.id }).from(media)).map((row) => row.id)).toEqual([keep.value.id]);
    expect(await isKnownHash(db(), photo.hash)).toBe(false);

    // Nothing is left to restore.
    expect(await restoreMedia(db(), editor, photo.id)).toMatchObject({ ok: false, status: 404, message: expect.stringContaining("gibt es nicht mehr") });
    const purgedEntries = await db().select({ action: auditLog.action, actorId: auditLog.actorId }).from(auditLog).where(eq(auditLog.action, "media-purged"));
    expect(purgedEntries).toEqual([
      { action: "media-purged", actorId: null },
      { action: "media-purged", actorId: null },
    ]);
  });

  it("hands each expired file to exactly one of several purges running at once", async () => {
    const editor = await insertUser(db(), { role: "editor" });
    const ids: number[] = [];
    for (let i = 0; i < 6; i++) {
      const upload = await recordUpload(db(), editor, file("document"), `d${i}.pdf`);
      if (!upload.ok) throw new Error("setup");
      await deleteMedia(db(), editor, upload.value.id);
      ids.push(upload.value.id);
    }
    const now = minutesFromNow(31);
    const runs = await Promise.all([1, 2, 3].map(() => purgeDeletedMedia(db(), { now, limit: 4 })));
    const again = await purgeDeletedMedia(db(), { now });
    const purged = [...runs.flatMap((run) => run.ids), ...again.ids];
    expect(purged.sort((a, b) => a - b)).toEqual(ids);
    expect(await db().select().from(media)).toHaveLength(0);
  });

  it("brings a deleted file back when the same bytes are uploaded again", async () => {
    const editor = await insertUser(db(), { role: "editor" });
    const bytes = file("image");
    const first = await recordUpload(db(), editor, bytes, "foto.png");
    if (!first.ok) throw new Error("setup");
    await updateMediaDetails(db(), editor, first.value.id, { alt: "Bleibt beschrieben" });
    await deleteMedia(db(), editor, first.value.id);
    expect(await recordUpload(db(), editor, bytes, "nochmal.png")).toEqual({
      ok: true,
      value: { id: first.value.id, hash: bytes.hash, kind: "image", duplicate: true, restored: true, alt: "Bleibt beschrieben", decorative: false },
    });
    const [row] = await db().select().from(media).where(eq(media.id, first.value.id));
    expect(row).toMatchObject({ deletedAt: null, alt: "Bleibt beschrieben" });
  });
});
