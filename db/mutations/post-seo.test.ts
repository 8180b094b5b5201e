import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { StoredFile } from "@/lib/media/pipeline";
import { acceptedByMime } from "@/lib/media/types";
import { yoastSeo } from "@/lib/wordpress/write";
import { getPublishedPost } from "../queries/articles";
import { listSitemapChunks, listSitemapPosts } from "../queries/sitemap";
import { freshDatabaseFor, testDrivers } from "../testing/databases";
import { hoursAgo, insertCategory, insertPost, insertUser } from "../testing/fixtures";
import { media, posts, revisions } from "../schema";
import { deleteMedia, mediaUses, purgeDeletedMedia, recordUpload, updateMediaDetails } from "./media";
import { emptyPostInput } from "./post-input";
import { restoreRevision, updatePost } from "./posts";

const photo: StoredFile = {
  hash: "c".repeat(64),
  type: acceptedByMime.get("image/jpeg")!,
  byteSize: 5000,
  width: 1600,
  height: 900,
  variants: [480, 960, 1600].flatMap((width) =>
    (["avif", "webp", "jpg"] as const).map((format) => ({ width, height: Math.round((width * 9) / 16), format, bytes: 100 })),
  ),
};

describe.each(testDrivers)("a post's search and social settings on %s", (driver) => {
  const { db } = freshDatabaseFor(driver);

  async function setup() {
    const editor = await insertUser(db(), { role: "editor" });
    const category = await insertCategory(db());
    const post = await insertPost(db(), { authorId: editor.id, slug: "eigene-angaben", categoryIds: [category.id], publishedAt: hoursAgo(2) });
    const input = { ...emptyPostInput, title: "Der Titel im Blatt", slug: "eigene-angaben", excerpt: "Die Kurzfassung.", body: "Text.", categoryIds: [category.id] };
    return { editor, category, post, input };
  }

  it("keeps what the editor wrote for search engines, and falls back to title and excerpt when it is empty", async () => {
    const { editor, post, input } = await setup();
    expect(await updatePost(db(), editor, post.id, post.version, input)).toMatchObject({ ok: true });
    expect((await getPublishedPost({ slug: "eigene-angaben" }))?.seo).toEqual({
      title: "Der Titel im Blatt",
      ownTitle: false,
      description: "Die Kurzfassung.",
      noindex: false,
      socialImage: null,
    });
    const saved = await updatePost(db(), editor, post.id, post.version + 1, {
      ...input,
      seoTitle: "  Social Media im Amt: der Titel für Google ",
      seoDescription: "Was Suchende im Ergebnis lesen sollen.",
      noindex: true,
    });
    expect(saved).toMatchObject({ ok: true });
    expect((await getPublishedPost({ slug: "eigene-angaben" }))?.seo).toMatchObject({
      title: "Social Media im Amt: der Titel für Google",
      ownTitle: true,
      description: "Was Suchende im Ergebnis lesen sollen.",
      noindex: true,
    });
  });

  it("refuses overlong texts and a social image that is no image or lacks alt text, with a message under the field", async () => {
    const { editor, post, input } = await setup();
    expect(await updatePost(db(), editor, post.id, post.version, { ...input, seoTitle: "x".repeat(121), seoDescription: "y".repeat(321) })).toMatchObject({
      ok: false,
      status: 422,
      fieldErrors: { seoTitle: expect.stringContaining("120"), seoDescription: expect.stringContaining("320") },
    });
    const upload = await recordUpload(db(), editor, photo, "karte.jpg");
    if (!upload.ok) throw new Error("setup");
    expect(await updatePost(db(), editor, post.id, post.version, { ...input, socialMediaId: upload.value.id })).toMatchObject({
      ok: false,
      status: 422,
      fieldErrors: { socialMediaId: expect.stringContaining("Alternativtext") },
    });
    expect(await updatePost(db(), editor, post.id, post.version, { ...input, socialMediaId: 999_999 })).toMatchObject({ ok: false, status: 422 });
    expect((await db().select().from(posts).where(eq(posts.id, post.id)))[0]?.version).toBe(post.version);
  });

  it("leaves a „nicht indexieren“ post out of the sitemap, but not off the site", async () => {
    const { editor, post, input } = await setup();
    await insertPost(db(), { authorId: editor.id, slug: "andere", publishedAt: hoursAgo(1) });
    expect(await updatePost(db(), editor, post.id, post.version, { ...input, noindex: true })).toMatchObject({ ok: true });
    expect((await listSitemapPosts({ page: 1 }))?.map((entry) => entry.slug)).toEqual(["andere"]);
    expect(await listSitemapChunks()).toEqual([{ page: 1, urls: 1, lastModified: expect.any(Date) }]);
    expect(await getPublishedPost({ slug: "eigene-angaben" })).not.toBeNull();
  });

  it("shows the chosen social image, counts it as a use of the file, and drops it when the file is deleted", async () => {
    const { editor, post, input } = await setup();
    const upload = await recordUpload(db(), editor, photo, "karte.jpg");
    if (!upload.ok) throw new Error("setup");
    await updateMediaDetails(db(), editor, upload.value.id, { alt: "Eine Karte der Stadt" });
    expect(await updatePost(db(), editor, post.id, post.version, { ...input, socialMediaId: upload.value.id })).toMatchObject({ ok: true });
    expect((await getPublishedPost({ slug: "eigene-angaben" }))?.seo.socialImage).toMatchObject({ mediaId: upload.value.id, alt: "Eine Karte der Stadt" });
    const [item] = await db().select().from(media);
    expect(await mediaUses(db(), item!)).toEqual([{ id: post.id, title: "Der Titel im Blatt" }]);

    expect(await deleteMedia(db(), editor, upload.value.id)).toMatchObject({ ok: false, status: 409 });
    expect(await deleteMedia(db(), editor, upload.value.id, [post.id])).toMatchObject({ ok: true });
    expect((await getPublishedPost({ slug: "eigene-angaben" }))?.seo.socialImage).toBeNull();
    await purgeDeletedMedia(db(), { now: new Date(Date.now() + 31 * 60_000) });
    const [after] = await db().select().from(posts).where(eq(posts.id, post.id));
    // A new version, so an open editor learns the image is gone.
    expect(after).toMatchObject({ socialMediaId: null, version: post.version + 2 });
  });

  it("brings the settings back with a restored version", async () => {
    const { editor, post, input } = await setup();
    await updatePost(db(), editor, post.id, post.version, { ...input, seoTitle: "Erste Fassung", noindex: true });
    await updatePost(db(), editor, post.id, post.version + 1, { ...input, seoTitle: "Zweite Fassung" });
    const [first] = await db().select().from(revisions).where(eq(revisions.postId, post.id)).orderBy(revisions.id).limit(1);
    expect(first?.details).toMatchObject({ seo: { seoTitle: "Erste Fassung", noindex: true } });
    expect(await restoreRevision(db(), editor, post.id, first!.id, post.version + 2)).toMatchObject({ ok: true });
    expect((await db().select().from(posts).where(eq(posts.id, post.id)))[0]).toMatchObject({ seoTitle: "Erste Fassung", noindex: true });
  });
});

describe("Yoast SEO fields in a WordPress export", () => {
  it("takes the post's own title, description and noindex, and leaves Yoast's templates to the defaults", () => {
    const meta = new Map([
      ["_yoast_wpseo_title", ["Bürgerdialog online – so gelingt er"]],
      ["_yoast_wpseo_metadesc", ["Fünf Schritte  für den\nersten Dialog."]],
      ["_yoast_wpseo_meta-robots-noindex", ["1"]],
    ]);
    expect(yoastSeo(meta)).toEqual({ seoTitle: "Bürgerdialog online – so gelingt er", seoDescription: "Fünf Schritte für den ersten Dialog.", noindex: true });
    expect(yoastSeo(new Map([["_yoast_wpseo_title", ["%%title%% %%sep%% %%sitename%%"]]]))).toEqual({ seoTitle: "", seoDescription: "", noindex: false });
  });
});
