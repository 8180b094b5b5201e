import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createPost, updatePost } from "../mutations/posts";
import { recordUpload, updateMediaDetails } from "../mutations/media";
import { emptyPostInput } from "../mutations/post-input";
import type { StoredFile } from "@/lib/media/pipeline";
import { acceptedByMime } from "@/lib/media/types";
import { installDatabaseForTests } from "../connection";
import { openTestDatabase, testDrivers, type TestDatabase } from "../testing/databases";
import { insertCategory, insertPost, insertUser } from "../testing/fixtures";
import { getPublishedPost } from "./articles";

const image: StoredFile = {
  hash: "a".repeat(64),
  type: acceptedByMime.get("image/jpeg")!,
  byteSize: 5000,
  width: 2000,
  height: 1125,
  variants: [480, 960, 1600].flatMap((width) =>
    (["avif", "webp", "jpg"] as const).map((format) => ({ width, height: Math.round((width * 9) / 16), format, bytes: 100 })),
  ),
};
const pdf: StoredFile = { hash: "b".repeat(64), type: acceptedByMime.get("application/pdf")!, byteSize: 1_258_291, width: null, height: null, variants: [] };

describe.each(testDrivers)("library media in posts on %s", (driver) => {
  let testDb: TestDatabase;
  const db = () => testDb.handle.db;

  beforeAll(async () => {
    testDb = await openTestDatabase(driver);
    installDatabaseForTests(testDb.handle);
  });
  afterAll(async () => testDb.dispose());
  beforeEach(async () => {
    await db().execute(sql`truncate post_attachments, media, post_categories, posts, categories, users restart identity cascade`);
  });

  it("refuses a cover without alt text, and documents as cover or images as downloads", async () => {
    const editor = await insertUser(db(), { role: "editor" });
    const category = await insertCategory(db());
    const photo = await recordUpload(db(), editor, image, "rathaus.jpg");
    const doc = await recordUpload(db(), editor, pdf, "whitepaper.pdf");
    if (!photo.ok || !doc.ok) throw new Error("setup");
    const input = { ...emptyPostInput, title: "Mit Bild", categoryIds: [category.id] };
    expect(await createPost(db(), editor, { ...input, coverMediaId: photo.value.id })).toMatchObject({
      ok: false,
      status: 422,
      fieldErrors: { coverMediaId: expect.stringContaining("Alternativtext") },
    });
    expect(await createPost(db(), editor, { ...input, coverMediaId: doc.value.id })).toMatchObject({ ok: false, fieldErrors: { coverMediaId: expect.any(String) } });
    expect(await createPost(db(), editor, { ...input, attachmentIds: [photo.value.id] })).toMatchObject({ ok: false, fieldErrors: { attachmentIds: expect.any(String) } });
    // Posts saved by an older editor that knows nothing of the library still save.
    const { coverMediaId: _c, attachmentIds: _a, ...legacy } = input;
    expect(await createPost(db(), editor, legacy)).toMatchObject({ ok: true });
  });

  it("shows readers the cover as responsive variants with credit, inline images, and the downloads", async () => {
    const editor = await insertUser(db(), { role: "editor" });
    const category = await insertCategory(db());
    const photo = await recordUpload(db(), editor, image, "rathaus.jpg");
    const doc = await recordUpload(db(), editor, pdf, "whitepaper.pdf", "Whitepaper: Social Media in Behörden");
    if (!photo.ok || !doc.ok) throw new Error("setup");
    await updateMediaDetails(db(), editor, photo.value.id, { alt: "Das Rathaus", credit: "Jana Beispiel/Stadtverwaltung", licence: "CC BY 4.0", licenceUrl: "https://creativecommons.org/licenses/by/4.0/", focalX: "20", focalY: "30" });
    expect(await updateMediaDetails(db(), editor, photo.value.id, { alt: "x", focalX: "140" })).toMatchObject({ status: 422, fieldErrors: { focalX: expect.any(String) } });
    const post = await insertPost(db(), { authorId: editor.id, slug: "mit-medien", categoryIds: [category.id] });
    const saved = await updatePost(db(), editor, post.id, post.version, {
      ...emptyPostInput,
      title: "Mit Medien",
      slug: "mit-medien",
      categoryIds: [category.id],
      body: `Vorher.\n\n![Das Rathaus](/medien/${image.hash}/bild)\n\nNachher.`,
      coverMediaId: photo.value.id,
      attachmentIds: [doc.value.id],
    });
    expect(saved.ok).toBe(true);

    const view = await getPublishedPost({ slug: "mit-medien" });
    expect(view?.cover).toMatchObject({
      mediaId: photo.value.id,
      src: `/medien/${image.hash}/1600.jpg`,
      alt: "Das Rathaus",
      credit: "Jana Beispiel/Stadtverwaltung",
      width: 1600,
      height: 900,
      licence: "CC BY 4.0",
      position: "20% 30%",
      focal: { x: 0.2, y: 0.3 },
    });
    expect(view?.cover?.sources.map((source) => source.type)).toEqual(["image/avif", "image/webp"]);
    expect(view?.cover?.srcSet).toBe(
      [480, 960, 1600].map((w) => `/medien/${image.hash}/${w}.jpg ${w}w`).join(", "),
    );
    expect(view?.html).toContain("<picture>");
    expect(view?.html).toContain('width="1600" height="900"');
    expect(view?.html).toContain("Foto: Jana Beispiel/Stadtverwaltung");
    expect(view?.html).not.toContain("/bild");
    expect(view?.downloads).toEqual([
      { mediaId: doc.value.id, title: "Whitepaper: Social Media in Behörden", url: `/medien/${pdf.hash}/original.pdf`, label: "PDF", byteSize: 1_258_291, mimeType: "application/pdf" },
    ]);
  });
});
