import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import type { StoredFile } from "@/lib/media/pipeline";
import { acceptedByMime } from "@/lib/media/types";
import { openTestDatabase, testDrivers, type TestDatabase } from "../testing/databases";
import { insertPost, insertUser } from "../testing/fixtures";
import { media, postAttachments } from "../schema";
import { authoriseUpload, deleteMedia, describeUploadedImage, recordUpload, updateMediaDetails } from "./media";

let n = 0;
function storedFile(kind: "image" | "document"): StoredFile {
  n += 1;
  const hash = n.toString(16).padStart(64, "0");
  return kind === "image"
    ? { hash, type: acceptedByMime.get("image/jpeg")!, byteSize: 1000, width: 800, height: 600, variants: [{ width: 480, height: 360, format: "jpg", bytes: 100 }] }
    : { hash, type: acceptedByMime.get("application/pdf")!, byteSize: 1_258_291, width: null, height: null, variants: [] };
}

describe.each(testDrivers)("media library on %s", (driver) => {
  let testDb: TestDatabase;
  const db = () => testDb.handle.db;
  let editor: { id: number };
  let author: { id: number };
  let otherAuthor: { id: number };
  let contributor: { id: number };
  let retired: { id: number };

  beforeAll(async () => {
    testDb = await openTestDatabase(driver);
  });
  afterAll(async () => testDb.dispose());
  beforeEach(async () => {
    await db().execute(sql`truncate post_attachments, media, post_categories, posts, users restart identity cascade`);
    editor = await insertUser(db(), { role: "editor" });
    author = await insertUser(db(), { role: "author" });
    otherAuthor = await insertUser(db(), { role: "author" });
    contributor = await insertUser(db(), { role: "contributor" });
    retired = await insertUser(db(), { role: "editor", active: false });
  });

  it("lets editors and authors upload, not visitors, deactivated accounts or guest contributors", async () => {
    expect(await authoriseUpload(db(), editor)).toMatchObject({ ok: true });
    expect(await authoriseUpload(db(), author)).toMatchObject({ ok: true });
    expect(await authoriseUpload(db(), null)).toMatchObject({ ok: false, status: 401 });
    expect(await authoriseUpload(db(), retired)).toMatchObject({ ok: false, status: 401 });
    expect(await authoriseUpload(db(), contributor)).toMatchObject({ ok: false, status: 403 });
    expect(await recordUpload(db(), contributor, storedFile("image"), "x.jpg")).toMatchObject({ ok: false, status: 403 });
    expect(await db().select().from(media)).toHaveLength(0);
  });

  it("records an upload once; the same bytes again return the existing entry", async () => {
    const file = storedFile("document");
    const first = await recordUpload(db(), author, file, "Whitepaper Social Media.pdf");
    expect(first).toMatchObject({ ok: true, value: { kind: "document", duplicate: false } });
    const again = await recordUpload(db(), editor, file, "kopie.pdf");
    expect(again).toMatchObject({ ok: true, value: { duplicate: true } });
    const rows = await db().select().from(media);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ title: "Whitepaper Social Media", originalName: "Whitepaper Social Media.pdf", uploadedBy: author.id });
  });

  it("requires alt text for images unless they are marked decorative", async () => {
    const image = await recordUpload(db(), author, storedFile("image"), "rathaus.jpg");
    if (!image.ok) throw new Error(image.message);
    const id = image.value.id;
    expect(await updateMediaDetails(db(), author, id, { alt: "  ", credit: "Stadt Musterhausen" })).toMatchObject({
      ok: false,
      status: 422,
      fieldErrors: { alt: expect.any(String) },
    });
    expect(await updateMediaDetails(db(), author, id, { alt: "x", decorative: "on", licenceUrl: "javascript:alert(1)" })).toMatchObject({
      status: 422,
      fieldErrors: { licenceUrl: expect.any(String) },
    });
    expect(await updateMediaDetails(db(), author, id, { alt: "Das Rathaus am Markt", credit: "Foto: Jana Beispiel/Stadtverwaltung", licence: "CC BY 4.0", licenceUrl: "https://creativecommons.org/licenses/by/4.0/" })).toMatchObject({ ok: true });
    expect(await updateMediaDetails(db(), author, id, { alt: "wird verworfen", decorative: "on" })).toMatchObject({ ok: true });
    const [row] = await db().select().from(media).where(eq(media.id, id));
    expect(row).toMatchObject({ alt: "", decorative: true });
  });

  it("keeps the alt text given while placing an upload into a post, where the library has none and the editor may", async () => {
    const image = await recordUpload(db(), author, storedFile("image"), "markt.jpg");
    if (!image.ok) throw new Error(image.message);
    const id = image.value.id;
    expect(image.value).toMatchObject({ alt: "", decorative: false, duplicate: false });
    expect(await describeUploadedImage(db(), author, id, { alt: " ", decorative: false })).toMatchObject({ ok: false, status: 422, fieldErrors: { alt: expect.any(String) } });
    expect(await describeUploadedImage(db(), null, id, { alt: "x", decorative: false })).toMatchObject({ ok: false, status: 401 });
    // Another author may place the picture (with their own words in their text), not describe it for the library.
    expect(await describeUploadedImage(db(), otherAuthor, id, { alt: "Fremde Worte", decorative: false })).toEqual({ ok: true, value: { stored: false } });
    expect(await describeUploadedImage(db(), author, id, { alt: "  Der Wochenmarkt  ", decorative: false })).toEqual({ ok: true, value: { stored: true } });
    // What the library has stays; the same bytes again bring it along.
    expect(await describeUploadedImage(db(), editor, id, { alt: "", decorative: true })).toEqual({ ok: true, value: { stored: false } });
    const [row] = await db().select().from(media).where(eq(media.id, id));
    expect(row).toMatchObject({ alt: "Der Wochenmarkt", decorative: false });
    const again = await recordUpload(db(), editor, { ...storedFile("image"), hash: row!.hash }, "kopie.jpg");
    expect(again).toMatchObject({ ok: true, value: { id, duplicate: true, alt: "Der Wochenmarkt" } });
    const pdf = await recordUpload(db(), author, storedFile("document"), "w.pdf");
    if (!pdf.ok) throw new Error(pdf.message);
    expect(await describeUploadedImage(db(), author, pdf.value.id, { alt: "x", decorative: false })).toMatchObject({ ok: false, status: 404 });
  });

  it("lets authors edit only their own uploads; editors edit all", async () => {
    const image = await recordUpload(db(), author, storedFile("image"), "a.jpg");
    if (!image.ok) throw new Error(image.message);
    expect(await updateMediaDetails(db(), otherAuthor, image.value.id, { alt: "fremd" })).toMatchObject({ ok: false, status: 403 });
    expect(await deleteMedia(db(), otherAuthor, image.value.id)).toMatchObject({ ok: false, status: 403 });
    expect(await updateMediaDetails(db(), editor, image.value.id, { alt: "Redaktion" })).toMatchObject({ ok: true });
    expect(await updateMediaDetails(db(), editor, 9999, { alt: "x" })).toMatchObject({ ok: false, status: 404 });
  });

  it("refuses to delete a file still used as cover, download or inline image, naming the posts", async () => {
    const cover = await recordUpload(db(), editor, storedFile("image"), "cover.jpg");
    const pdf = await recordUpload(db(), editor, storedFile("document"), "w.pdf");
    const inline = await recordUpload(db(), editor, storedFile("image"), "inline.jpg");
    const unused = await recordUpload(db(), editor, storedFile("image"), "frei.jpg");
    if (!cover.ok || !pdf.ok || !inline.ok || !unused.ok) throw new Error("setup");
    const post = await insertPost(db(), { authorId: author.id, title: "Mit Bild", coverMediaId: cover.value.id, body: `![x](/medien/${inline.value.hash}/bild)` });
    await db().insert(postAttachments).values({ postId: post.id, mediaId: pdf.value.id });

    for (const item of [cover, pdf, inline]) {
      const refused = await deleteMedia(db(), editor, item.value.id);
      expect(refused).toMatchObject({ ok: false, status: 409, message: expect.stringContaining("wird in einem Beitrag verwendet"), uses: [{ id: post.id, title: "Mit Bild" }] });
    }
    expect(await deleteMedia(db(), editor, unused.value.id)).toEqual({ ok: true, value: { id: unused.value.id, name: "frei", postIds: [] } });
    // Deleted, not yet gone: „Rückgängig“ can bring it back until the purge.
    const rows = await db().select().from(media);
    expect(rows.filter((row) => row.deletedAt === null)).toHaveLength(3);
  });
});
