import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { StoredFile } from "@/lib/media/pipeline";
import { acceptedByMime } from "@/lib/media/types";
import { freshDatabaseFor, testDrivers } from "../testing/databases";
import { insertPost, insertUser } from "../testing/fixtures";
import { getServableMedia, imagesByHashes, renderWithLibraryImages } from "../queries/media";
import { media, mediaFormerFiles, postAttachments, posts } from "../schema";
import { deleteMedia, isKnownHash, purgeDeletedMedia, recordUpload, updateMediaDetails } from "./media";
import { authoriseReplace, replaceMediaFile } from "./media-replace";

let n = 0;
function file(kind: "image" | "document", width = 1600): StoredFile {
  n += 1;
  const hash = `${kind === "image" ? "a" : "d"}${n.toString(16).padStart(63, "0")}`;
  return kind === "image"
    ? {
        hash,
        type: acceptedByMime.get("image/png")!,
        byteSize: 1000 + n,
        width,
        height: Math.round((width * 9) / 16),
        variants: (["avif", "webp", "jpg"] as const).map((format) => ({ width, height: Math.round((width * 9) / 16), format, bytes: 100 })),
      }
    : { hash, type: acceptedByMime.get("application/pdf")!, byteSize: 2000 + n, width: null, height: null, variants: [] };
}

describe.each(testDrivers)("replacing and deleting library files on %s", (driver) => {
  const { db } = freshDatabaseFor(driver);

  async function setup() {
    const editor = await insertUser(db(), { role: "editor" });
    const author = await insertUser(db(), { role: "author" });
    const photo = await recordUpload(db(), author, file("image"), "rathaus.jpg");
    const pdf = await recordUpload(db(), author, file("document"), "whitepaper.pdf");
    if (!photo.ok || !pdf.ok) throw new Error("setup");
    await updateMediaDetails(db(), author, photo.value.id, { alt: "Das Rathaus", credit: "Foto: Stadt", licence: "CC BY 4.0", focalX: 30 });
    await updateMediaDetails(db(), author, pdf.value.id, { title: "Whitepaper Social Media" });
    return { editor, author, photo: photo.value, pdf: pdf.value };
  }

  it("puts a new file behind the item: covers, downloads and old Markdown show it, details are kept", async () => {
    const { editor, author, photo, pdf } = await setup();
    const cover = await insertPost(db(), { authorId: author.id, title: "Mit Titelbild", coverMediaId: photo.id });
    const inline = await insertPost(db(), { authorId: author.id, title: "Mit Bild im Text", body: `Davor\n\n![Rathaus](/medien/${photo.hash}/bild)` });
    const unrelated = await insertPost(db(), { authorId: author.id, title: "Ohne Bild" });
    await db().insert(postAttachments).values({ postId: unrelated.id, mediaId: pdf.id });

    const next = file("image", 960);
    const replaced = await replaceMediaFile(db(), editor, photo.id, photo.hash, next, "rathaus-neu.png");
    expect(replaced).toEqual({
      ok: true,
      value: { id: photo.id, hash: next.hash, previousHash: photo.hash, unchanged: false, postIds: [inline.id, cover.id] },
    });
    const [row] = await db().select().from(media).where(eq(media.id, photo.id));
    expect(row).toMatchObject({ hash: next.hash, mimeType: "image/png", width: 960, originalName: "rathaus-neu.png", alt: "Das Rathaus", credit: "Foto: Stadt", licence: "CC BY 4.0", focalX: 30 });
    expect((await db().select().from(posts).where(eq(posts.id, cover.id)))[0]?.coverMediaId).toBe(photo.id);

    // Markdown written before the replacement names the old hash and renders the new file with the kept details.
    const images = await imagesByHashes(db(), [photo.hash]);
    expect(images.get(photo.hash)).toMatchObject({ mediaId: photo.id, alt: "Das Rathaus", src: `/medien/${next.hash}/960.jpg`, focal: { x: 0.3, y: 0.5 } });
    const html = await renderWithLibraryImages(db(), `![Rathaus](/medien/${photo.hash}/bild)`);
    expect(html).toContain(`/medien/${next.hash}/960.avif 960w`);
    expect(html).not.toContain(`/medien/${photo.hash}/`);

    // Pages cached before the change still name the old variants: those stay servable.
    expect((await getServableMedia(photo.hash))?.names).toEqual(new Set(["1600.avif", "1600.webp", "1600.jpg"]));
    expect((await getServableMedia(next.hash))?.names).toEqual(new Set(["960.avif", "960.webp", "960.jpg"]));
    expect(await isKnownHash(db(), photo.hash)).toBe(true);

    // The posts that still name the old hash count as users of the item.
    const refused = await deleteMedia(db(), editor, photo.id);
    expect(refused).toMatchObject({ ok: false, status: 409, uses: [{ id: inline.id, title: "Mit Bild im Text" }, { id: cover.id, title: "Mit Titelbild" }] });
  });

  it("keeps a document's title and attachments when a new version replaces it", async () => {
    const { author, pdf } = await setup();
    const post = await insertPost(db(), { authorId: author.id });
    await db().insert(postAttachments).values({ postId: post.id, mediaId: pdf.id });
    const next = file("document");
    expect(await replaceMediaFile(db(), author, pdf.id, pdf.hash, next, "whitepaper-2026.pdf")).toMatchObject({ ok: true, value: { postIds: [post.id] } });
    const [row] = await db().select().from(media).where(eq(media.id, pdf.id));
    expect(row).toMatchObject({ title: "Whitepaper Social Media", hash: next.hash, originalName: "whitepaper-2026.pdf" });
    expect(await getServableMedia(pdf.hash)).toMatchObject({ names: new Set(["original.pdf"]), originalName: "whitepaper.pdf" });
  });

  it("refuses the wrong kind, strangers, stale views, unknown ids and bytes that belong to another item", async () => {
    const { editor, author, photo, pdf } = await setup();
    const otherAuthor = await insertUser(db(), { role: "author" });
    const contributor = await insertUser(db(), { role: "contributor" });
    const next = file("image");
    expect(await replaceMediaFile(db(), editor, photo.id, photo.hash, file("document"), "x.pdf")).toMatchObject({ ok: false, status: 422, message: "Ein Bild lässt sich nur durch ein Bild ersetzen." });
    expect(await replaceMediaFile(db(), editor, pdf.id, pdf.hash, file("image"), "x.png")).toMatchObject({ ok: false, status: 422, message: "Ein Dokument lässt sich nur durch ein Dokument ersetzen." });
    expect(await authoriseReplace(db(), null, photo.id, photo.hash)).toMatchObject({ ok: false, status: 401 });
    expect(await authoriseReplace(db(), otherAuthor, photo.id, photo.hash)).toMatchObject({ ok: false, status: 403 });
    expect(await authoriseReplace(db(), contributor, photo.id, photo.hash)).toMatchObject({ ok: false, status: 403 });
    expect(await authoriseReplace(db(), editor, 999_999, photo.hash)).toMatchObject({ ok: false, status: 404 });
    expect(await authoriseReplace(db(), editor, -1, photo.hash)).toMatchObject({ ok: false, status: 404 });
    expect(await authoriseReplace(db(), author, photo.id, "f".repeat(64))).toMatchObject({ ok: false, status: 409 });
    expect(await replaceMediaFile(db(), otherAuthor, photo.id, photo.hash, next, "x.png")).toMatchObject({ ok: false, status: 403 });

    // Two editors replace the same file: the second one started from the first file and is told so.
    expect(await replaceMediaFile(db(), editor, photo.id, photo.hash, next, "erste.png")).toMatchObject({ ok: true });
    expect(await replaceMediaFile(db(), author, photo.id, photo.hash, file("image"), "zweite.png")).toMatchObject({
      ok: false,
      status: 409,
      message: expect.stringContaining("inzwischen"),
    });

    // Bytes that are another item's file, current or former, are refused; the same file again changes nothing.
    const other = await recordUpload(db(), editor, file("image"), "anderes.png");
    if (!other.ok) throw new Error("setup");
    expect(await replaceMediaFile(db(), editor, photo.id, next.hash, { ...file("image"), hash: other.value.hash }, "y.png")).toMatchObject({ ok: false, status: 409, message: expect.stringContaining("„anderes“") });
    expect(await replaceMediaFile(db(), editor, other.value.id, other.value.hash, { ...file("image"), hash: photo.hash }, "y.png")).toMatchObject({ ok: false, status: 409 });
    expect(await replaceMediaFile(db(), editor, photo.id, next.hash, next, "erste.png")).toMatchObject({ ok: true, value: { unchanged: true, postIds: [] } });
    // Uploading a replaced file again as a new item would give old references two meanings.
    expect(await recordUpload(db(), editor, { ...file("image"), hash: photo.hash }, "rathaus.jpg")).toMatchObject({ ok: false, status: 409, message: expect.stringContaining("ersetzt") });
    expect(await db().select().from(media)).toHaveLength(3);
  });

  it("goes back to a file the item had before", async () => {
    const { editor, photo } = await setup();
    const second = file("image");
    expect(await replaceMediaFile(db(), editor, photo.id, photo.hash, second, "b.png")).toMatchObject({ ok: true });
    const first = { ...file("image"), hash: photo.hash };
    expect(await replaceMediaFile(db(), editor, photo.id, second.hash, first, "a.png")).toMatchObject({ ok: true, value: { hash: photo.hash } });
    const former = await db().select().from(mediaFormerFiles).where(eq(mediaFormerFiles.mediaId, photo.id));
    expect(former.map((row) => row.hash)).toEqual([second.hash]);
  });

  it("deletes a file in use only after confirmation, for exactly the posts listed; the purge then removes it from them", async () => {
    const { editor, author, photo, pdf } = await setup();
    const cover = await insertPost(db(), { authorId: author.id, title: "Titelbild", coverMediaId: photo.id });
    const inline = await insertPost(db(), { authorId: author.id, title: "Im Text", body: `Davor\n\n![Rathaus](/medien/${photo.hash}/bild)\n\nDanach` });
    const attached = await insertPost(db(), { authorId: author.id, title: "Download" });
    await db().insert(postAttachments).values({ postId: attached.id, mediaId: pdf.id });
    const next = file("image");
    await replaceMediaFile(db(), editor, photo.id, photo.hash, next, "neu.png");

    const first = await deleteMedia(db(), editor, photo.id);
    expect(first).toMatchObject({ ok: false, status: 409, message: "„neu.png“ wird in 2 Beiträgen verwendet:", uses: [{ id: inline.id }, { id: cover.id }] });
    // A confirmation that does not cover every post using the file (someone added one since) is refused again.
    expect(await deleteMedia(db(), editor, photo.id, [cover.id])).toMatchObject({ ok: false, status: 409, uses: [{ id: inline.id }, { id: cover.id }] });
    expect(await deleteMedia(db(), { id: 424242 }, photo.id, [cover.id, inline.id])).toMatchObject({ ok: false, status: 401 });

    const deleted = await deleteMedia(db(), editor, photo.id, [cover.id, inline.id]);
    expect(deleted).toEqual({ ok: true, value: { id: photo.id, name: "neu.png", postIds: [inline.id, cover.id] } });
    expect(await renderWithLibraryImages(db(), inline.body)).toBe("<p>Davor</p>\n\n<p>Danach</p>");
    // Neither the current nor the former file is served while deleted.
    expect(await getServableMedia(next.hash)).toBeNull();
    expect(await getServableMedia(photo.hash)).toBeNull();
    expect(await deleteMedia(db(), editor, pdf.id, [attached.id])).toMatchObject({ ok: true, value: { postIds: [attached.id] } });

    await purgeDeletedMedia(db(), { now: new Date(Date.now() + 31 * 60_000) });
    const [coverAfter] = await db().select().from(posts).where(eq(posts.id, cover.id));
    expect(coverAfter).toMatchObject({ coverMediaId: null, version: cover.version + 1 });
    const [inlineAfter] = await db().select().from(posts).where(eq(posts.id, inline.id));
    expect(inlineAfter).toMatchObject({ body: inline.body, version: inline.version });
    expect(await renderWithLibraryImages(db(), inline.body)).toBe("<p>Davor</p>\n\n<p>Danach</p>");
    expect(await db().select().from(mediaFormerFiles)).toHaveLength(0);
    expect(await db().select().from(postAttachments)).toHaveLength(0);
    const [attachedAfter] = await db().select().from(posts).where(eq(posts.id, attached.id));
    expect(attachedAfter?.version).toBe(attached.version + 1);
    expect(await deleteMedia(db(), editor, pdf.id)).toMatchObject({ ok: false, status: 404 });
  });

  it("lets only editors and the uploader delete", async () => {
    const { photo } = await setup();
    const otherAuthor = await insertUser(db(), { role: "author" });
    expect(await deleteMedia(db(), otherAuthor, photo.id, [])).toMatchObject({ ok: false, status: 403 });
    expect(await deleteMedia(db(), null, photo.id, [])).toMatchObject({ ok: false, status: 401 });
    expect((await db().select().from(media)).filter((row) => row.deletedAt === null)).toHaveLength(2);
  });
});
