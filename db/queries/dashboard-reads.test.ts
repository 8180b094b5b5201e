// The dashboard's reads of non-public data decide themselves who gets it: a page that forgot its check would still
// show a user without the right nothing.
import { describe, expect, it } from "vitest";
import { pages } from "../schema";
import { testDrivers, freshDatabaseFor } from "../testing/databases";
import { insertCategory, insertPost, insertSeries, insertUser } from "../testing/fixtures";
import { getEditorChoices } from "./dashboard-posts";
import { renderPreview } from "./media";
import { listPagesForDashboard } from "./pages";
import { listCategoriesWithUsage, listSeriesWithUsage } from "./taxonomy";

describe.each(testDrivers)("dashboard reads on %s", (driver) => {
  const { db } = freshDatabaseFor(driver);

  async function people() {
    return {
      admin: await insertUser(db(), { role: "admin", displayName: "Ada Admin" }),
      editor: await insertUser(db(), { role: "editor", displayName: "Eva Editor" }),
      author: await insertUser(db(), { role: "author", displayName: "Anton Autor" }),
      contributor: await insertUser(db(), { role: "contributor", displayName: "Gita Gast" }),
    };
  }

  it("lists pages, drafts included, only to those who manage pages", async () => {
    const { editor, author, contributor } = await people();
    await db().insert(pages).values({ title: "Entwurf einer Seite", slug: "entwurf", body: "", status: "draft" });
    expect((await listPagesForDashboard(editor)).map((page) => page.title)).toEqual(["Entwurf einer Seite"]);
    expect(await listPagesForDashboard(author)).toEqual([]);
    expect(await listPagesForDashboard(contributor)).toEqual([]);
  });

  it("lists categories and series with their use only to those who manage them", async () => {
    const { editor, author } = await people();
    const category = await insertCategory(db(), { name: "Recht" });
    await insertSeries(db(), { title: "Fünf Fragen" });
    await insertPost(db(), { authorId: author.id, categoryIds: [category.id] });
    expect(await listCategoriesWithUsage(editor)).toEqual([expect.objectContaining({ name: "Recht", posts: 1 })]);
    expect(await listSeriesWithUsage(editor)).toEqual([expect.objectContaining({ name: "Fünf Fragen" })]);
    expect(await listCategoriesWithUsage(author)).toEqual([]);
    expect(await listSeriesWithUsage(author)).toEqual([]);
  });

  it("names every account in the editor's choices only to those who assign authors", async () => {
    const { admin, editor, author, contributor } = await people();
    const names = async (user: typeof admin) => (await getEditorChoices(user)).authors.map((a) => a.displayName).sort();
    const everyone = ["Ada Admin", "Anton Autor", "Eva Editor", "Gita Gast"];
    expect(await names(admin)).toEqual(everyone);
    expect(await names(editor)).toEqual(everyone);
    expect(await names(author)).toEqual(["Anton Autor"]);
    expect(await names(contributor)).toEqual(["Gita Gast"]);
  });

  it("renders the editor's preview for a signed-in writer", async () => {
    const { contributor } = await people();
    expect(await renderPreview(contributor, "**fett**")).toContain("<strong>fett</strong>");
  });
});
