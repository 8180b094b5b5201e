import { asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getPublishedPost } from "../queries/articles";
import { listTagPosts, listCategoryPosts, listPublishedPosts } from "../queries/posts";
import { listNavCategories } from "../queries/categories";
import { readerTagsOfPost } from "../queries/reader-dependents";
import { searchPublishedPosts } from "../queries/search";
import { getFeedContent } from "../queries/feeds";
import { listSitemapPages } from "../queries/sitemap";
import { categories, posts, postTags, tags } from "../schema";
import { freshDatabaseFor, testDrivers } from "../testing/databases";
import { hoursAgo, insertCategory, insertPost, insertUser } from "../testing/fixtures";
import { setPostPinned } from "./pins";
import { changePostStatus, createPost, updatePost } from "./posts";
import { createCategory, moveCategory, updateCategory } from "./taxonomy";
import { deleteTag, mergeTags, updateTag } from "./tags";

const tagNamesOf = async (db: ReturnType<ReturnType<typeof freshDatabaseFor>["db"]>, postId: number) =>
  (
    await db
      .select({ name: tags.name })
      .from(postTags)
      .innerJoin(tags, eq(tags.id, postTags.tagId))
      .where(eq(postTags.postId, postId))
      .orderBy(asc(postTags.position))
  ).map((row) => row.name);

const slugsOfSearch = async (query: string) => {
  const outcome = await searchPublishedPosts({ query, page: 1 });
  return outcome.kind === "results" ? outcome.hits.map((hit) => hit.slug) : [];
};

describe.each(testDrivers)("tags, subcategories and pins on %s", (driver) => {
  const { db } = freshDatabaseFor(driver);
  let editor: { id: number };
  let author: { id: number };
  let category: { id: number };

  beforeEach(async () => {
    editor = await insertUser(db(), { role: "editor" });
    author = await insertUser(db(), { role: "author" });
    category = await insertCategory(db());
  });

  const input = (title: string, tagNames: string[]) => ({
    title,
    slug: "",
    excerpt: "",
    body: "Text.",
    categoryIds: [category.id],
    tags: tagNames,
    seriesId: null,
    seriesPosition: null,
  });

  it("adds tags as typed: existing ones by address, new ones created, each once, in order", async () => {
    const first = await createPost(db(), author, input("Erster", ["Öffnungszeiten", "Bürgerbüro"]));
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    // „oeffnungszeiten“ is the existing „Öffnungszeiten“; „ Wahl  2026 , “ becomes „Wahl 2026“.
    const second = await createPost(db(), author, input("Zweiter", ["Wahl  2026", "oeffnungszeiten", "Öffnungszeiten"]));
    expect(second.ok).toBe(true);
    if (!second.ok) return;
    expect(await tagNamesOf(db(), second.value.id)).toEqual(["Wahl 2026", "Öffnungszeiten"]);
    expect((await db().select().from(tags)).map((row) => row.slug).sort()).toEqual(["buergerbuero", "oeffnungszeiten", "wahl-2026"]);
    const tooMany = await updatePost(db(), author, first.value.id, first.value.version, input("Erster", Array.from({ length: 21 }, (_, n) => `Wort ${n}`)));
    expect(tooMany).toMatchObject({ ok: false, status: 422, fieldErrors: { tags: expect.stringContaining("20") } });
    expect(await createPost(db(), author, input("Dritter", ["!!!"]))).toMatchObject({ ok: false, status: 422, fieldErrors: { tags: expect.any(String) } });
    expect(await db().select().from(tags)).toHaveLength(3);
  });

  it("lets only editors and admins rename, merge and delete tags", async () => {
    const created = await createPost(db(), author, input("Beitrag", ["Alt", "Neu"]));
    expect(created.ok).toBe(true);
    const [alt, neu] = await db().select().from(tags).orderBy(asc(tags.slug));
    for (const session of [author, null]) {
      const status = session ? 403 : 401;
      expect(await updateTag(db(), session, alt!.id, { name: "Umbenannt", slug: "", description: "" })).toMatchObject({ ok: false, status });
      expect(await mergeTags(db(), session, alt!.id, neu!.id)).toMatchObject({ ok: false, status });
      expect(await deleteTag(db(), session, alt!.id)).toMatchObject({ ok: false, status });
    }
    expect((await db().select().from(tags)).map((row) => row.name).sort()).toEqual(["Alt", "Neu"]);
  });

  it("renames a tag, and the search finds the post by its new name at once (trigger)", async () => {
    const writer = await insertUser(db());
    const post = await insertPost(db(), { authorId: writer.id, slug: "mit-schlagwort", title: "Ein Beitrag", body: "Nichts weiter." });
    const created = await createPost(db(), editor, input("Entwurf", []));
    expect(created.ok).toBe(true);
    const [tag] = await db().insert(tags).values({ name: "Hochwasserschutz", slug: "hochwasserschutz" }).returning();
    await db().insert(postTags).values({ postId: post.id, tagId: tag!.id });
    expect(await slugsOfSearch("Hochwasserschutz")).toEqual(["mit-schlagwort"]);
    expect(await updateTag(db(), editor, tag!.id, { name: "Deichbau", slug: "deichbau", description: "Alles über Deiche." })).toMatchObject({ ok: true });
    expect(await slugsOfSearch("Deichbau")).toEqual(["mit-schlagwort"]);
    expect(await slugsOfSearch("Hochwasserschutz")).toEqual([]);
    const [row] = await db().select({ tagNames: posts.tagNames }).from(posts).where(eq(posts.id, post.id));
    expect(row?.tagNames).toBe("Deichbau");
    // A taken address is a message under the field.
    await db().insert(tags).values({ name: "Belegt", slug: "belegt" });
    expect(await updateTag(db(), editor, tag!.id, { name: "Deichbau", slug: "belegt", description: "" })).toMatchObject({ ok: false, status: 409, fieldErrors: { slug: expect.any(String) } });
  });

  it("merges two tags: posts keep the survivor once, the other is gone, the search follows", async () => {
    const writer = await insertUser(db());
    const a = await insertPost(db(), { authorId: writer.id, slug: "nur-alt" });
    const b = await insertPost(db(), { authorId: writer.id, slug: "beide" });
    const [alt, neu, other] = await db()
      .insert(tags)
      .values([
        { name: "Radweg", slug: "radweg" },
        { name: "Radverkehr", slug: "radverkehr" },
        { name: "Sonstiges", slug: "sonstiges" },
      ])
      .returning();
    await db().insert(postTags).values([
      { postId: a.id, tagId: other!.id, position: 0 },
      { postId: a.id, tagId: alt!.id, position: 1 },
      { postId: b.id, tagId: alt!.id, position: 0 },
      { postId: b.id, tagId: neu!.id, position: 1 },
    ]);
    expect(await mergeTags(db(), editor, alt!.id, alt!.id)).toMatchObject({ ok: false, status: 422, fieldErrors: { into: expect.any(String) } });
    expect(await mergeTags(db(), editor, alt!.id, neu!.id)).toMatchObject({ ok: true, value: { from: "Radweg", into: "Radverkehr", posts: 2 } });
    expect(await tagNamesOf(db(), a.id)).toEqual(["Sonstiges", "Radverkehr"]);
    expect(await tagNamesOf(db(), b.id)).toEqual(["Radverkehr"]);
    expect((await db().select().from(tags)).map((row) => row.slug).sort()).toEqual(["radverkehr", "sonstiges"]);
    expect((await slugsOfSearch("Radverkehr")).sort()).toEqual(["beide", "nur-alt"]);
    expect(await mergeTags(db(), editor, alt!.id, neu!.id)).toMatchObject({ ok: false, status: 404 });
    expect(await deleteTag(db(), editor, neu!.id)).toMatchObject({ ok: true });
    expect(await tagNamesOf(db(), a.id)).toEqual(["Sonstiges"]);
    expect(await slugsOfSearch("Radverkehr")).toEqual([]);
  });

  it("shows tags under the article, a tag page and feed only with published posts, and the sitemap lists it", async () => {
    const writer = await insertUser(db());
    const post = await insertPost(db(), { authorId: writer.id, slug: "oeffentlich" });
    const draft = await insertPost(db(), { authorId: writer.id, slug: "entwurf", status: "draft", publishedAt: null });
    const [shown, hidden] = await db()
      .insert(tags)
      .values([
        { name: "Sichtbar", slug: "sichtbar", description: "Beschreibung" },
        { name: "Nur im Entwurf", slug: "nur-im-entwurf" },
      ])
      .returning();
    await db().insert(postTags).values([
      { postId: post.id, tagId: shown!.id },
      { postId: draft.id, tagId: hidden!.id },
    ]);
    expect((await getPublishedPost({ slug: "oeffentlich" }))?.tags).toEqual([{ name: "Sichtbar", slug: "sichtbar" }]);
    expect(await listTagPosts({ slug: "sichtbar", page: 1 })).toMatchObject({ tag: { name: "Sichtbar", description: "Beschreibung" }, posts: { total: 1 } });
    expect(await listTagPosts({ slug: "nur-im-entwurf", page: 1 })).toBeNull();
    expect(await listTagPosts({ slug: "sichtbar", page: 2 })).toBeNull();
    expect((await getFeedContent({ kind: "tag", slug: "sichtbar" }, "https://example.org"))?.entries.map((entry) => entry.slug)).toEqual(["oeffentlich"]);
    expect(await getFeedContent({ kind: "tag", slug: "nur-im-entwurf" }, "https://example.org")).toBeNull();
    expect((await listSitemapPages()).tags.map((tag) => tag.slug)).toEqual(["sichtbar"]);
    // The post's cached dependents include its tags' pages, by id and by address.
    expect(await readerTagsOfPost(db(), post.id)).toEqual(expect.arrayContaining([`tag:${shown!.id}`, "tag-slug:sichtbar"]));
  });

  it("nests one level: refuses itself, a subcategory and a parent with children as parent, in German with 422", async () => {
    const top = await createCategory(db(), editor, { name: "Rechtliches", slug: "", description: "", parentId: "" });
    expect(top.ok).toBe(true);
    if (!top.ok) return;
    const child = await createCategory(db(), editor, { name: "Urheberrecht", slug: "", description: "", parentId: top.value.id });
    expect(child.ok).toBe(true);
    if (!child.ok) return;
    const self = await updateCategory(db(), editor, top.value.id, { name: "Rechtliches", slug: "rechtliches", description: "", parentId: top.value.id });
    expect(self).toMatchObject({ ok: false, status: 422, fieldErrors: { parentId: expect.stringContaining("sich selbst") } });
    const deeper = await createCategory(db(), editor, { name: "Bildrechte", slug: "", description: "", parentId: child.value.id });
    expect(deeper).toMatchObject({ ok: false, status: 422, fieldErrors: { parentId: expect.stringContaining("obersten Ebene") } });
    // The cycle: the parent under its own child.
    const cycle = await updateCategory(db(), editor, top.value.id, { name: "Rechtliches", slug: "rechtliches", description: "", parentId: child.value.id });
    expect(cycle).toMatchObject({ ok: false, status: 422 });
    const other = await createCategory(db(), editor, { name: "Anderes", slug: "", description: "", parentId: null });
    expect(other.ok).toBe(true);
    if (!other.ok) return;
    expect(await updateCategory(db(), editor, top.value.id, { name: "Rechtliches", slug: "rechtliches", description: "", parentId: other.value.id })).toMatchObject({
      ok: false,
      status: 422,
      fieldErrors: { parentId: expect.stringContaining("Unterkategorien") },
    });
    expect(await createCategory(db(), author, { name: "X", slug: "", description: "", parentId: top.value.id })).toMatchObject({ ok: false, status: 403 });
    // Reordering moves a top-level category past the subcategories, which the header does not show.
    expect(await moveCategory(db(), editor, other.value.id, "up")).toMatchObject({ ok: true });
    const order = await db().select({ slug: categories.slug }).from(categories).orderBy(asc(categories.sortOrder));
    expect(order.map((row) => row.slug).filter((slug) => slug !== "urheberrecht")).toEqual([expect.any(String), "anderes", "rechtliches"]);
    // Saving without a parent field (the importer) keeps the parent.
    expect(await updateCategory(db(), editor, child.value.id, { name: "Urheberrecht", slug: "urheberrecht", description: "Neu" })).toMatchObject({ ok: true });
    const [row] = await db().select({ parentId: categories.parentId }).from(categories).where(eq(categories.id, child.value.id));
    expect(row?.parentId).toBe(top.value.id);
  });

  it("lists a subcategory's posts on its parent's page, breadcrumbs show parent › child, the navigation only the top level", async () => {
    const writer = await insertUser(db());
    const parent = await insertCategory(db(), { slug: "rechtliches", name: "Rechtliches" });
    const child = await insertCategory(db(), { slug: "urheberrecht", name: "Urheberrecht", parentId: parent.id });
    const other = await insertCategory(db(), { slug: "anderes" });
    await insertPost(db(), { authorId: writer.id, slug: "im-kind", categoryIds: [child.id], publishedAt: hoursAgo(1) });
    await insertPost(db(), { authorId: writer.id, slug: "im-elternteil", categoryIds: [parent.id], publishedAt: hoursAgo(2) });
    await insertPost(db(), { authorId: writer.id, slug: "in-beiden", categoryIds: [parent.id, child.id], publishedAt: hoursAgo(3) });
    await insertPost(db(), { authorId: writer.id, slug: "woanders", categoryIds: [other.id], publishedAt: hoursAgo(4) });
    const parentPage = await listCategoryPosts({ slug: "rechtliches", page: 1 });
    expect(parentPage?.posts.items.map((post) => post.slug)).toEqual(["im-kind", "im-elternteil", "in-beiden"]);
    expect(parentPage).toMatchObject({ parent: null, children: [{ name: "Urheberrecht", slug: "urheberrecht" }], posts: { total: 3 } });
    const childPage = await listCategoryPosts({ slug: "urheberrecht", page: 1 });
    expect(childPage?.posts.items.map((post) => post.slug)).toEqual(["im-kind", "in-beiden"]);
    expect(childPage?.parent).toEqual({ name: "Rechtliches", slug: "rechtliches" });
    expect((await getPublishedPost({ slug: "im-kind" }))?.trail).toEqual({ parent: { name: "Rechtliches", slug: "rechtliches" }, category: { name: "Urheberrecht", slug: "urheberrecht" } });
    expect((await getFeedContent({ kind: "category", slug: "rechtliches" }, "https://example.org"))?.entries).toHaveLength(3);
    expect((await listNavCategories()).map((category) => category.slug)).not.toContain("urheberrecht");
    expect((await listNavCategories()).map((category) => category.slug)).toContain("rechtliches");
  });

  it("pins: pinned posts head the first page newest pin first, pages keep their size, unpinning restores the order", async () => {
    const writer = await insertUser(db());
    const made = [];
    for (let i = 0; i < 12; i++) made.push(await insertPost(db(), { authorId: writer.id, slug: `p-${i}`, publishedAt: hoursAgo(100 - i) }));
    const draft = await insertPost(db(), { authorId: writer.id, slug: "entwurf", status: "draft", publishedAt: null });
    const order = async (page: number) => (await listPublishedPosts({ page }))?.items.map((post) => `${post.slug}${post.pinned ? "*" : ""}`);
    const natural = [...(await order(1))!, ...(await order(2))!];
    expect(natural.slice(0, 2)).toEqual(["p-11", "p-10"]);

    expect(await setPostPinned(db(), author, made[0]!.id, true)).toMatchObject({ ok: false, status: 404 });
    expect(await setPostPinned(db(), editor, draft.id, true)).toMatchObject({ ok: false, status: 409 });
    expect(await setPostPinned(db(), editor, made[0]!.id, true, new Date(Date.now() - 1000))).toMatchObject({ ok: true });
    expect(await setPostPinned(db(), editor, made[3]!.id, true)).toMatchObject({ ok: true });
    const first = await order(1);
    expect(first?.slice(0, 3)).toEqual(["p-3*", "p-0*", "p-11"]);
    expect(first).toHaveLength(10);
    const second = await order(2);
    // Every post once: the pins at the top, the rest by date.
    expect([...first!, ...second!].map((slug) => slug.replace("*", "")).sort()).toEqual(natural.slice().sort());
    expect(second?.every((slug) => !slug.endsWith("*"))).toBe(true);

    expect(await setPostPinned(db(), editor, made[3]!.id, false)).toMatchObject({ ok: true, value: { pinnedAt: null } });
    expect((await order(1))?.slice(0, 2)).toEqual(["p-0*", "p-11"]);
    // A post readers no longer see loses its pin.
    const [row] = await db().select({ version: posts.version }).from(posts).where(eq(posts.id, made[0]!.id));
    expect(await changePostStatus(db(), editor, made[0]!.id, row!.version, { kind: "unpublish" })).toMatchObject({ ok: true });
    expect((await db().select({ pinnedAt: posts.pinnedAt }).from(posts).where(eq(posts.id, made[0]!.id)))[0]?.pinnedAt).toBeNull();
    expect([...(await order(1))!, ...(await order(2))!]).toEqual(natural.filter((slug) => slug !== "p-0"));
  });
});
