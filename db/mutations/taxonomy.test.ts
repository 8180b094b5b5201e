import { beforeEach, describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import { testDrivers, freshDatabaseFor } from "../testing/databases";
import { insertCategory, insertPost, insertSeries, insertUser } from "../testing/fixtures";
import { categories, postCategories, posts, series } from "../schema";
import { createCategory, createSeries, deleteCategory, deleteSeries, moveCategory, updateCategory } from "./taxonomy";

describe.each(testDrivers)("categories and series on %s", (driver) => {
  const { db } = freshDatabaseFor(driver);
  let editor: { id: number };
  let author: { id: number };
  let retired: { id: number };

  beforeEach(async () => {
    editor = await insertUser(db(), { role: "editor" });
    author = await insertUser(db(), { role: "author" });
    retired = await insertUser(db(), { role: "admin", active: false });
  });

  it("refuses authors, deactivated users and visitors, writing nothing", async () => {
    const category = await insertCategory(db());
    for (const session of [null, author, retired]) {
      const status = session === author ? 403 : 401;
      expect(await createCategory(db(), session, { name: "Neu", slug: "", description: "" })).toMatchObject({ ok: false, status });
      expect(await updateCategory(db(), session, category.id, { name: "Umbenannt", slug: "x", description: "" })).toMatchObject({ ok: false, status });
      expect(await deleteCategory(db(), session, category.id, null)).toMatchObject({ ok: false, status });
      expect(await createSeries(db(), session, { name: "Serie", slug: "", description: "" })).toMatchObject({ ok: false, status });
    }
    expect(await db().select().from(categories)).toHaveLength(1);
    expect(await db().select().from(series)).toHaveLength(0);
  });

  it("creates with a transliterated slug at the end of the order, and refuses duplicates and reserved words", async () => {
    await insertCategory(db(), { slug: "basics", sortOrder: 5 });
    const created = await createCategory(db(), editor, { name: "Öffentliche Förderung", slug: "", description: "" });
    expect(created.ok).toBe(true);
    const [row] = await db().select().from(categories).where(eq(categories.slug, "oeffentliche-foerderung"));
    expect(row?.sortOrder).toBe(6);
    expect(await createCategory(db(), editor, { name: "Basics", slug: "basics", description: "" })).toMatchObject({ status: 409, fieldErrors: { slug: expect.any(String) } });
    expect(await createCategory(db(), editor, { name: "Feed", slug: "feed", description: "" })).toMatchObject({ status: 422 });
    expect(await createCategory(db(), editor, { name: "", slug: "", description: "" })).toMatchObject({ status: 422, fieldErrors: { name: expect.any(String) } });
  });

  it("reorders by swapping neighbours", async () => {
    const a = await insertCategory(db(), { sortOrder: 1 });
    const b = await insertCategory(db(), { sortOrder: 2 });
    await moveCategory(db(), editor, b.id, "up");
    const order = await db().select({ id: categories.id }).from(categories).orderBy(asc(categories.sortOrder));
    expect(order.map((row) => row.id)).toEqual([b.id, a.id]);
  });

  it("deletes a category only when empty or after moving its posts", async () => {
    const old = await insertCategory(db());
    const target = await insertCategory(db());
    const writer = await insertUser(db());
    const post = await insertPost(db(), { authorId: writer.id, categoryIds: [old.id] });
    expect(await deleteCategory(db(), editor, old.id, null)).toMatchObject({ ok: false, status: 409 });
    expect(await deleteCategory(db(), editor, old.id, target.id)).toMatchObject({ ok: true, value: { moved: 1 } });
    const links = await db().select().from(postCategories).where(eq(postCategories.postId, post.id));
    expect(links.map((link) => link.categoryId)).toEqual([target.id]);
  });

  it("deletes a series only when empty or after moving its parts", async () => {
    const old = await insertSeries(db());
    const target = await insertSeries(db());
    const writer = await insertUser(db());
    const post = await insertPost(db(), { authorId: writer.id, seriesId: old.id, seriesPosition: 1 });
    expect(await deleteSeries(db(), editor, old.id, null)).toMatchObject({ ok: false, status: 409 });
    expect(await deleteSeries(db(), editor, old.id, target.id)).toMatchObject({ ok: true });
    expect((await db().select().from(posts).where(eq(posts.id, post.id)))[0]?.seriesId).toBe(target.id);
  });
});
