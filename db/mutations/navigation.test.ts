import { beforeEach, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { LEGAL_FOOTER_LINKS } from "@/lib/footer";
import { listFooterLinks, listFooterLinksForDashboard } from "../queries/navigation";
import { freshDatabaseFor, testDrivers } from "../testing/databases";
import { insertCategory, insertUser } from "../testing/fixtures";
import type { CurrentUser } from "../queries/users";
import { footerLinks } from "../schema";
import { createFooterLink, deleteFooterLink, moveFooterLink, updateFooterLink } from "./navigation";
import { createPage, updatePage } from "./pages";
import { deleteCategory, updateCategory } from "./taxonomy";

describe.each(testDrivers)("footer links on %s", (driver) => {
  const { db } = freshDatabaseFor(driver);
  let editor: CurrentUser;
  let admin: CurrentUser;

  beforeEach(async () => {
    await db().execute(sql`truncate pages, footer_links restart identity cascade`);
    editor = await insertUser(db(), { role: "editor" });
    admin = await insertUser(db(), { role: "admin" });
  });

  const path = (label: string, target: string) => ({ label, kind: "path", path: target });
  const labels = async () => (await listFooterLinks()).map((link) => link.label);

  it("lets editors and admins add links of every kind, resolved for readers in their order", async () => {
    const category = await insertCategory(db(), { name: "Recht", slug: "recht" });
    const page = await createPage(db(), editor, { title: "Über uns", slug: "", body: "", status: "published" });
    if (!page.ok) throw new Error("setup");
    expect(await createFooterLink(db(), editor, path("Archiv", "/suche?q=Archiv"))).toMatchObject({ ok: true });
    expect(await createFooterLink(db(), admin, { label: " Über uns ", kind: "page", pageId: String(page.value.id) })).toMatchObject({ ok: true });
    expect(await createFooterLink(db(), editor, { label: "Recht", kind: "category", categoryId: category.id })).toMatchObject({ ok: true });
    expect(await createFooterLink(db(), editor, { label: "Bund", kind: "url", url: "https://www.bund.de" })).toMatchObject({ ok: true });
    expect(await listFooterLinks()).toEqual([
      { label: "Archiv", href: "/suche?q=Archiv", external: false },
      { label: "Über uns", href: "/info/ueber-uns", external: false },
      { label: "Recht", href: "/kategorie/recht", external: false },
      { label: "Bund", href: "https://www.bund.de/", external: true },
    ]);
    // The legal links are not rows: nothing here can remove them.
    expect(LEGAL_FOOTER_LINKS.map((link) => link.href)).toEqual(["/impressum", "/datenschutz", "/barrierefreiheit", "/leichte-sprache", "/barriere-melden"]);
  });

  it("follows a category's rename, hides a page link while the page is a draft, and drops a deleted category's link", async () => {
    const category = await insertCategory(db(), { name: "Recht", slug: "recht" });
    const page = await createPage(db(), editor, { title: "Team", slug: "team", body: "", status: "draft" });
    if (!page.ok) throw new Error("setup");
    await createFooterLink(db(), editor, { label: "Team", kind: "page", pageId: page.value.id });
    await createFooterLink(db(), editor, { label: "Recht", kind: "category", categoryId: category.id });
    expect(await listFooterLinks()).toEqual([{ label: "Recht", href: "/kategorie/recht", external: false }]);
    expect((await listFooterLinksForDashboard(await insertUser(db(), { role: "author" }))).links).toEqual([]);
    expect((await listFooterLinksForDashboard(editor)).links.map((link) => link.href)).toEqual([null, "/kategorie/recht"]);
    await updatePage(db(), editor, page.value.id, 1, { title: "Team", slug: "team", body: "", status: "published" });
    await updateCategory(db(), editor, category.id, { name: "Rechtliches", slug: "rechtliches", description: "" });
    expect((await listFooterLinks()).map((link) => link.href)).toEqual(["/info/team", "/kategorie/rechtliches"]);
    expect(await deleteCategory(db(), editor, category.id, null)).toMatchObject({ ok: true });
    expect(await labels()).toEqual(["Team"]);
  });

  it("refuses everyone else and writes nothing", async () => {
    const author = await insertUser(db(), { role: "author" });
    const contributor = await insertUser(db(), { role: "contributor" });
    const retired = await insertUser(db(), { role: "editor", active: false });
    const created = await createFooterLink(db(), editor, path("Archiv", "/suche"));
    if (!created.ok) throw new Error("setup");
    const id = created.value.id;
    for (const [who, status] of [[null, 401], [retired, 401], [author, 403], [contributor, 403]] as const) {
      expect(await createFooterLink(db(), who, path("X", "/x"))).toMatchObject({ ok: false, status });
      expect(await updateFooterLink(db(), who, id, path("X", "/x"))).toMatchObject({ ok: false, status });
      expect(await moveFooterLink(db(), who, id, "up")).toMatchObject({ ok: false, status });
      expect(await deleteFooterLink(db(), who, id)).toMatchObject({ ok: false, status });
    }
    expect(await db().select({ label: footerLinks.label, target: footerLinks.target }).from(footerLinks)).toEqual([{ label: "Archiv", target: "/suche" }]);
  });

  it("refuses hostile and wrong targets with German messages under their fields (422)", async () => {
    const page = await createPage(db(), editor, { title: "Datenschutz", slug: "datenschutz", body: "", status: "published" });
    if (!page.ok) throw new Error("setup");
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [path("", "/x"), "label", /Linktext/],
      [path("x".repeat(81), "/x"), "label", /höchstens 80 Zeichen/],
      [{ label: "X", kind: "javascript" }, "kind", /wohin der Link führt/],
      [path("X", "javascript:alert(1)"), "path", /mit \/ am Anfang/],
      [path("X", "//evil.example"), "path", /mit \/ am Anfang/],
      [path("X", "https://evil.example/"), "path", /mit \/ am Anfang/],
      [path("X", "/impressum"), "path", /schon fest in der Fußzeile/],
      [path("X", ""), "path", /mit \/ beginnt/],
      [{ label: "X", kind: "url", url: "javascript:alert(document.cookie)" }, "url", /https:\/\//],
      [{ label: "X", kind: "url", url: "http://www.bund.de" }, "url", /https:\/\//],
      [{ label: "X", kind: "url", url: "data:text/html,<script>alert(1)</script>" }, "url", /https:\/\//],
      [{ label: "X", kind: "url", url: `https://example.org/${"a".repeat(600)}` }, "url", /zu lang/],
      [{ label: "X", kind: "page", pageId: "" }, "pageId", /vorhandene Seite/],
      [{ label: "X", kind: "page", pageId: "abc" }, "pageId", /vorhandene Seite/],
      [{ label: "X", kind: "page", pageId: 99_999 }, "pageId", /vorhandene Seite/],
      [{ label: "X", kind: "page", pageId: page.value.id }, "pageId", /schon fest/],
      [{ label: "X", kind: "category", categoryId: 2 ** 40 }, "categoryId", /vorhandene Kategorie/],
    ];
    for (const [raw, field, message] of cases) {
      const result = await createFooterLink(db(), editor, raw);
      expect(result, JSON.stringify(raw).slice(0, 80)).toMatchObject({ ok: false, status: 422, message: "Bitte prüfen Sie die markierten Felder." });
      if (!result.ok) expect(result.fieldErrors?.[field]).toMatch(message);
    }
    for (const raw of [null, "Text", 42, []]) expect(await createFooterLink(db(), editor, raw)).toMatchObject({ ok: false, status: 422 });
    expect(await db().select().from(footerLinks)).toEqual([]);
  });

  it("reorders by swapping neighbours, stays put at either end, and answers bad requests with 400 and 404", async () => {
    const ids: number[] = [];
    for (const label of ["A", "B", "C"]) {
      const created = await createFooterLink(db(), editor, path(label, `/info/${label.toLowerCase()}`));
      if (!created.ok) throw new Error("setup");
      ids.push(created.value.id);
    }
    await moveFooterLink(db(), editor, ids[2]!, "up");
    expect(await labels()).toEqual(["A", "C", "B"]);
    await moveFooterLink(db(), editor, ids[0]!, "down");
    expect(await labels()).toEqual(["C", "A", "B"]);
    expect(await moveFooterLink(db(), editor, ids[2]!, "up")).toMatchObject({ ok: true });
    expect(await moveFooterLink(db(), editor, ids[1]!, "down")).toMatchObject({ ok: true });
    expect(await labels()).toEqual(["C", "A", "B"]);
    expect(await moveFooterLink(db(), editor, ids[0]!, "sideways")).toMatchObject({ ok: false, status: 400 });
    expect(await moveFooterLink(db(), editor, 99_999, "up")).toMatchObject({ ok: false, status: 404 });
    expect(await moveFooterLink(db(), editor, Number.NaN, "up")).toMatchObject({ ok: false, status: 404 });
  });

  it("edits and removes links; unknown ids are 404; at most 20 links", async () => {
    const created = await createFooterLink(db(), editor, path("Archiv", "/suche"));
    if (!created.ok) throw new Error("setup");
    expect(await updateFooterLink(db(), editor, created.value.id, { label: "Bund", kind: "url", url: "https://www.bund.de/" })).toMatchObject({ ok: true });
    expect(await listFooterLinks()).toEqual([{ label: "Bund", href: "https://www.bund.de/", external: true }]);
    expect(await updateFooterLink(db(), editor, created.value.id, path("Bund", "javascript:x"))).toMatchObject({ ok: false, status: 422 });
    expect(await updateFooterLink(db(), editor, 99_999, path("X", "/x"))).toMatchObject({ ok: false, status: 404 });
    expect(await deleteFooterLink(db(), editor, created.value.id)).toMatchObject({ ok: true });
    expect(await deleteFooterLink(db(), editor, created.value.id)).toMatchObject({ ok: false, status: 404 });
    for (let i = 0; i < 20; i++) expect(await createFooterLink(db(), editor, path(`L${i}`, `/info/l-${i}`))).toMatchObject({ ok: true });
    expect(await createFooterLink(db(), editor, path("L20", "/info/l-20"))).toMatchObject({ ok: false, status: 422, message: expect.stringMatching(/20 eigene Links/) });
    expect((await db().select().from(footerLinks).where(eq(footerLinks.label, "L20")))).toEqual([]);
  });

  it("enforces one target per link in the database too", async () => {
    await expect(db().execute(sql`insert into footer_links (label, kind, target) values ('X', 'path', 'javascript:alert(1)')`)).rejects.toThrow();
    await expect(db().execute(sql`insert into footer_links (label, kind, target) values ('X', 'url', 'http://example.org')`)).rejects.toThrow();
    await expect(db().execute(sql`insert into footer_links (label, kind) values ('X', 'page')`)).rejects.toThrow();
  });
});
