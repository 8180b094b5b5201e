import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { asc, eq, sql } from "drizzle-orm";
import { getEditablePage, listPageRevisions } from "../queries/pages";
import { listRevisionsOf } from "../queries/revisions";
import { freshDatabaseFor, openTestDatabase, testDrivers } from "../testing/databases";
import { insertCategory, insertPost, insertUser } from "../testing/fixtures";
import { pages, revisions } from "../schema";
import { createPage, restorePageRevision, updatePage } from "./pages";
import { changePostStatus } from "./posts";

const input = (changes: Record<string, unknown> = {}) => ({ title: "Über uns", slug: "", body: "Erste Fassung.", status: "published", ...changes });

describe.each(testDrivers)("page revisions on %s", (driver) => {
  const { db } = freshDatabaseFor(driver);
  let editor: { id: number; role: "editor"; displayName: string; email: string };
  let admin: { id: number; role: "admin"; displayName: string; email: string };

  beforeEach(async () => {
    await db().execute(sql`truncate pages restart identity cascade`);
    const e = await insertUser(db(), { role: "editor", displayName: "Jana Redaktion" });
    const a = await insertUser(db(), { role: "admin", displayName: "Ada Admin" });
    editor = { id: e.id, role: "editor", displayName: e.displayName, email: e.email };
    admin = { id: a.id, role: "admin", displayName: a.displayName, email: a.email };
  });

  async function created() {
    const result = await createPage(db(), editor, input());
    if (!result.ok) throw new Error(result.message);
    return result.value;
  }

  it("keeps every save as a revision, starting with version 1 at creation", async () => {
    const page = await created();
    expect(page).toMatchObject({ slug: "ueber-uns", version: 1 });
    const second = await updatePage(db(), admin, page.id, 1, input({ body: "Zweite Fassung." }));
    expect(second).toMatchObject({ ok: true, value: { version: 2 } });
    const kept = await listRevisionsOf("page", page.id);
    expect(kept.map((revision) => [revision.version, revision.body, revision.editorName, revision.excerpt])).toEqual([
      [2, "Zweite Fassung.", "Ada Admin", ""],
      [1, "Erste Fassung.", "Jana Redaktion", ""],
    ]);
    expect(await getEditablePage(editor, page.id)).toMatchObject({ version: 2, savedBy: "Ada Admin", input: { body: "Zweite Fassung." } });
  });

  it("refuses a save that started from an older version (409) and keeps the newer text", async () => {
    const page = await created();
    expect(await updatePage(db(), admin, page.id, 1, input({ body: "Fassung der Admin." }))).toMatchObject({ ok: true });
    const stale = await updatePage(db(), editor, page.id, 1, input({ body: "Fassung der Redaktion." }));
    expect(stale).toMatchObject({ ok: false, status: 409, reason: "conflict", message: expect.stringContaining("diese Seite inzwischen gespeichert") });
    expect(stale).not.toHaveProperty("fieldErrors");
    const [row] = await db().select().from(pages).where(eq(pages.id, page.id));
    expect(row).toMatchObject({ body: "Fassung der Admin.", version: 2 });
    expect(await db().select().from(revisions).where(eq(revisions.pageId, page.id))).toHaveLength(2);
    // Taking over the newer version means saving on top of it.
    expect(await updatePage(db(), editor, page.id, 2, input({ body: "Fassung der Redaktion." }))).toMatchObject({ ok: true, value: { version: 3 } });
  });

  it("restores an earlier revision as a new save, keeping the page's status", async () => {
    const page = await created();
    await updatePage(db(), editor, page.id, 1, input({ title: "Über die Redaktion", body: "Zweite Fassung.", status: "draft" }));
    const [first] = await db().select().from(revisions).where(eq(revisions.pageId, page.id)).orderBy(asc(revisions.id));
    const restored = await restorePageRevision(db(), admin, page.id, first!.id, 2);
    expect(restored).toMatchObject({ ok: true, value: { version: 3, slug: "ueber-uns" } });
    const [row] = await db().select().from(pages).where(eq(pages.id, page.id));
    expect(row).toMatchObject({ title: "Über uns", body: "Erste Fassung.", status: "draft", version: 3 });
    const kept = await listRevisionsOf("page", page.id);
    expect(kept.map((revision) => revision.version)).toEqual([3, 2, 1]);
    // Restoring from a stale screen is refused like any stale save.
    expect(await restorePageRevision(db(), admin, page.id, first!.id, 2)).toMatchObject({ ok: false, status: 409 });
  });

  it("knows a revision only under its own page: another page's or a post's revision id is a 404", async () => {
    const page = await created();
    const other = await createPage(db(), editor, input({ title: "Kontakt" }));
    if (!other.ok) throw new Error("setup");
    const [otherRevision] = await db().select().from(revisions).where(eq(revisions.pageId, other.value.id));
    // Publishing needs a category.
    const post = await insertPost(db(), { authorId: editor.id, status: "draft", categoryIds: [(await insertCategory(db())).id] });
    await changePostStatus(db(), editor, post.id, 1, { kind: "publish" });
    const [postRevision] = await db().select().from(revisions).where(eq(revisions.postId, post.id));
    expect(postRevision).toBeDefined();
    for (const revisionId of [otherRevision!.id, postRevision!.id, 0, -1, Number.NaN, 2 ** 40]) {
      expect(await restorePageRevision(db(), editor, page.id, revisionId, 1)).toMatchObject({ ok: false, status: 404 });
    }
    expect(await restorePageRevision(db(), editor, 99_999, otherRevision!.id, 1)).toMatchObject({ ok: false, status: 404 });
    // A post's revisions are listed under the post only.
    expect(await listRevisionsOf("post", post.id)).toHaveLength(1);
    expect(await listRevisionsOf("page", page.id)).toHaveLength(1);
  });

  it("lets only editors and admins write, list or restore, and writes nothing for anyone else", async () => {
    const page = await created();
    const author = await insertUser(db(), { role: "author" });
    const retired = await insertUser(db(), { role: "editor", active: false });
    const [revision] = await db().select().from(revisions).where(eq(revisions.pageId, page.id));
    expect(await createPage(db(), author, input({ title: "Fremd" }))).toMatchObject({ ok: false, status: 403 });
    expect(await updatePage(db(), author, page.id, 1, input({ body: "x" }))).toMatchObject({ ok: false, status: 403 });
    expect(await updatePage(db(), retired, page.id, 1, input({ body: "x" }))).toMatchObject({ ok: false, status: 401 });
    expect(await updatePage(db(), null, page.id, 1, input({ body: "x" }))).toMatchObject({ ok: false, status: 401 });
    expect(await restorePageRevision(db(), author, page.id, revision!.id, 1)).toMatchObject({ ok: false, status: 403 });
    const authorView = { id: author.id, role: "author" as const, displayName: author.displayName, email: author.email };
    expect(await getEditablePage(authorView, page.id)).toBeNull();
    expect(await listPageRevisions(authorView, page.id)).toBeNull();
    expect(await listPageRevisions(editor, page.id)).toHaveLength(1);
    expect(await db().select().from(revisions).where(eq(revisions.pageId, page.id))).toHaveLength(1);
  });

  it("answers bad input with German messages under the fields and the right status, never a crash", async () => {
    const page = await created();
    const cases: [number, number, Record<string, unknown>, number, string | null][] = [
      [page.id, 1, input({ title: "  " }), 422, "title"],
      [page.id, 1, input({ status: "geheim" }), 422, "status"],
      [page.id, 1, input({ body: "x".repeat(200_001) }), 422, "body"],
      [page.id, 1, input({ slug: "javascript:alert(1)" }), 422, "slug"],
      [page.id, 1, input({ slug: "suche" }), 422, "slug"],
      [page.id, Number.NaN, input(), 409, null],
      [Number.NaN, 1, input(), 404, null],
      [-3, 1, input(), 404, null],
      [2 ** 40, 1, input(), 404, null],
    ];
    for (const [id, version, raw, status, field] of cases) {
      const result = await updatePage(db(), editor, id, version, raw);
      expect(result, JSON.stringify([id, version])).toMatchObject({ ok: false, status });
      if (field && !result.ok) expect(result.fieldErrors?.[field]).toMatch(/[a-zäöü]/);
    }
    expect(await updatePage(db(), editor, page.id, 1, null)).toMatchObject({ ok: false, status: 422 });
    expect(await updatePage(db(), editor, page.id, 1, "Text")).toMatchObject({ ok: false, status: 422 });
    const taken = await createPage(db(), editor, input({ title: "Kontakt" }));
    if (!taken.ok) throw new Error("setup");
    expect(await updatePage(db(), editor, page.id, 1, input({ slug: "kontakt" }))).toMatchObject({
      ok: false,
      status: 409,
      fieldErrors: { slug: "Diese Adresse ist schon vergeben." },
    });
    expect((await db().select().from(pages).where(eq(pages.id, page.id)))[0]).toMatchObject({ version: 1, slug: "ueber-uns" });
  });

  it("allows a revision to belong to exactly one post or one page", async () => {
    const attempt = (postId: number | null, pageId: number | null) =>
      db().execute(sql`insert into revisions (post_id, page_id, version, title, slug, body, status, details)
        values (${postId}, ${pageId}, 1, 'T', 't', '', 'draft', '{}'::jsonb)`);
    const page = await created();
    const post = await insertPost(db(), { authorId: editor.id });
    await expect(attempt(null, null)).rejects.toThrow();
    await expect(attempt(post.id, page.id)).rejects.toThrow();
    await expect(attempt(null, page.id)).resolves.toBeDefined();
  });
});

describe.each(testDrivers)("the revisions migration on %s", (driver) => {
  let folder: string;
  let testDb: Awaited<ReturnType<typeof openTestDatabase>>;

  beforeAll(async () => {
    // The committed migrations up to the one before pages had revisions, then the rest on top of stored data.
    folder = mkdtempSync(path.join(tmpdir(), "blattwerk-migrations-"));
    cpSync(path.resolve("db/migrations"), folder, { recursive: true });
    testDb = await openTestDatabase(driver, { migrate: false });
  });
  afterAll(async () => {
    await testDb?.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  it("gives stored pages version 1 and their text as the first revision, and keeps post revisions", async () => {
    const journalPath = path.join(folder, "meta", "_journal.json");
    const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { tag: string }[] };
    const upTo = journal.entries.findIndex((entry) => entry.tag.endsWith("_revisions_for_pages"));
    expect(upTo).toBeGreaterThan(0);
    writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, upTo) }));
    const db = testDb.handle.db;
    await testDb.handle.migrate(folder);
    await db.execute(sql`insert into users (email, display_name, slug, role) values ('a@example.org', 'A', 'a', 'editor')`);
    await db.execute(sql`insert into posts (title, slug, author_id, status) values ('Beitrag', 'beitrag', 1, 'published')`);
    await db.execute(sql`insert into post_revisions (post_id, version, editor_id, title, slug, excerpt, body, status, details)
      values (1, 1, 1, 'Beitrag', 'beitrag', 'Kurz', 'Text', 'published', '{"categoryIds":[]}'::jsonb)`);
    await db.execute(sql`insert into pages (title, slug, body, status, updated_at)
      values ('Datenschutz', 'datenschutz', '# Datenschutz', 'published', '2026-01-02T03:04:05Z'),
             ('Entwurf', 'entwurf', '', 'draft', '2026-02-03T04:05:06Z')`);

    writeFileSync(journalPath, JSON.stringify(journal));
    await testDb.handle.migrate(folder);

    expect(await db.select({ slug: pages.slug, version: pages.version }).from(pages).orderBy(asc(pages.id))).toEqual([
      { slug: "datenschutz", version: 1 },
      { slug: "entwurf", version: 1 },
    ]);
    const kept = await db.select().from(revisions).orderBy(asc(revisions.id));
    expect(kept.map((row) => [row.postId, row.pageId, row.version, row.title, row.status, row.excerpt])).toEqual([
      [1, null, 1, "Beitrag", "published", "Kurz"],
      [null, 1, 1, "Datenschutz", "published", ""],
      [null, 2, 1, "Entwurf", "draft", ""],
    ]);
    expect(kept[1]).toMatchObject({ body: "# Datenschutz", editorId: null, details: {}, createdAt: new Date("2026-01-02T03:04:05Z") });
    // The identity of the renamed table goes on where it was.
    await db.execute(sql`insert into revisions (page_id, version, title, slug, body, status, details) values (1, 2, 'D', 'd', '', 'draft', '{}'::jsonb)`);
    expect((await db.select({ id: revisions.id }).from(revisions).orderBy(asc(revisions.id))).map((row) => row.id)).toEqual([1, 2, 3, 4]);
  });
});
