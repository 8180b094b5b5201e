import { describe, expect, it } from "vitest";
import { testDrivers, freshDatabaseFor } from "../testing/databases";
import { hoursAgo, insertPost, insertUser } from "../testing/fixtures";
import { countPostsInReview, listDashboardPosts } from "./dashboard-posts";
import type { CurrentUser } from "./users";

describe.each(testDrivers)("the dashboard's post list on %s", (driver) => {
  const { db, queries } = freshDatabaseFor(driver);

  const asUser = (row: { id: number; role: CurrentUser["role"]; displayName: string; email: string }): CurrentUser => ({
    id: row.id,
    role: row.role,
    displayName: row.displayName,
    email: row.email,
  });

  async function fixtures() {
    const editor = asUser(await insertUser(db(), { role: "editor" }));
    const author = asUser(await insertUser(db(), { role: "author" }));
    const other = asUser(await insertUser(db(), { role: "author" }));
    const b = await insertPost(db(), { authorId: author.id, title: "Bäder", publishedAt: hoursAgo(5), updatedAt: hoursAgo(1) });
    const a = await insertPost(db(), { authorId: author.id, title: "Abfall", status: "review", publishedAt: null, updatedAt: hoursAgo(3) });
    const c = await insertPost(db(), { authorId: other.id, title: "Chor", publishedAt: hoursAgo(1), updatedAt: hoursAgo(4) });
    const d = await insertPost(db(), { authorId: other.id, title: "Deich", status: "draft", publishedAt: null, updatedAt: hoursAgo(2) });
    const e = await insertPost(db(), { authorId: other.id, title: "Ernte", status: "review", publishedAt: null, updatedAt: hoursAgo(6) });
    await insertPost(db(), { authorId: other.id, title: "Entsorgt", status: "review", deletedAt: new Date() });
    return { editor, author, other, a, b, c, d, e };
  }

  const titles = async (user: CurrentUser, filters: Parameters<typeof listDashboardPosts>[1]) =>
    (await listDashboardPosts(user, filters)).items.map((item) => item.title);

  it("sorts by title, status, publication date and last change, both ways", async () => {
    const { editor } = await fixtures();
    expect(await titles(editor, { page: 1, sort: "titel", direction: "auf" })).toEqual(["Abfall", "Bäder", "Chor", "Deich", "Ernte"]);
    expect(await titles(editor, { page: 1, sort: "titel", direction: "ab" })).toEqual(["Ernte", "Deich", "Chor", "Bäder", "Abfall"]);
    // Newest publication first, posts without a date last (and first the other way round).
    expect(await titles(editor, { page: 1, sort: "datum", direction: "ab" })).toEqual(["Chor", "Bäder", "Ernte", "Deich", "Abfall"]);
    expect(await titles(editor, { page: 1, sort: "datum", direction: "auf" })).toEqual(["Abfall", "Deich", "Ernte", "Bäder", "Chor"]);
    expect(await titles(editor, { page: 1, sort: "geaendert", direction: "ab" })).toEqual(["Bäder", "Deich", "Abfall", "Chor", "Ernte"]);
    expect(await titles(editor, { page: 1, sort: "geaendert", direction: "auf" })).toEqual(["Ernte", "Chor", "Abfall", "Deich", "Bäder"]);
    // draft < review < published, the most recently changed first within each.
    expect(await titles(editor, { page: 1, sort: "status", direction: "auf" })).toEqual(["Deich", "Abfall", "Ernte", "Bäder", "Chor"]);
    expect(await titles(editor, { page: 1, sort: "status", direction: "ab" })).toEqual(["Chor", "Bäder", "Ernte", "Abfall", "Deich"]);
  });

  it("filters the review queue, and an author sees only their own posts in it", async () => {
    const { editor, author } = await fixtures();
    expect(await titles(editor, { page: 1, status: "pruefung", sort: "titel" })).toEqual(["Abfall", "Ernte"]);
    expect(await titles(author, { page: 1, status: "pruefung" })).toEqual(["Abfall"]);
    expect(await titles(author, { page: 1, sort: "titel" })).toEqual(["Abfall", "Bäder"]);
  });

  it("counts posts waiting for review for editors only, without the trash", async () => {
    const { editor, author } = await fixtures();
    expect(await countPostsInReview(editor)).toBe(2);
    expect(await countPostsInReview(author)).toBe(0);
  });

  it("pages through a sorted list without repeating or skipping a post, in three queries per page", async () => {
    const { editor } = await fixtures();
    const author = await insertUser(db(), { role: "author" });
    for (let i = 0; i < 41; i++) await insertPost(db(), { authorId: author.id, title: "Gleich", updatedAt: hoursAgo(10) });
    const seen: number[] = [];
    for (let page = 1; page <= 3; page++) {
      queries().length = 0;
      const list = await listDashboardPosts(editor, { page, sort: "titel", direction: "ab" });
      expect(queries().length).toBeLessThanOrEqual(3);
      seen.push(...list.items.map((item) => item.id));
    }
    expect(new Set(seen).size).toBe(46);
  });
});
