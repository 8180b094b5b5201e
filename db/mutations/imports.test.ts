import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { diskStorage } from "@/lib/media/storage";
import { WxrError } from "@/lib/wordpress/parse";
import { silentProgress } from "@/lib/wordpress/report";
import { importWordpress } from "@/lib/wordpress/write";
import { freshDatabaseFor, testDrivers } from "../testing/databases";
import { insertUser } from "../testing/fixtures";
import { categories, comments, importMappings, media, pages, postAttachments, postCategories, posts, redirects, tags, users } from "../schema";
import { ensureImportAccount, saveImportedPost } from "./imports";

const fixtures = path.resolve("lib/wordpress/fixtures");
const SLOW = 180_000;

describe.each(testDrivers)("WordPress import on %s", (driver) => {
  const { db } = freshDatabaseFor(driver);
  let dir: string;
  let file: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "blattwerk-wxr-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeEach(async () => {
    await db().execute(sql`truncate import_mappings, media, pages restart identity cascade`);
    file = path.join(dir, `export-${Math.random().toString(36).slice(2)}.xml`);
    writeFileSync(file, readFileSync(path.join(fixtures, "musterhausen.xml")));
  });

  async function run(options: { dryRun?: boolean; uploads?: boolean } = {}) {
    const actor = await ensureImportAccount(db());
    return importWordpress({
      file,
      uploadsDir: options.uploads === false ? null : path.join(fixtures, "uploads"),
      dryRun: options.dryRun ?? false,
      db: db(),
      storage: diskStorage(path.join(dir, "store")),
      actorId: actor.id,
      progress: silentProgress,
    });
  }

  const postBySlug = async (slug: string) => (await db().select().from(posts).where(eq(posts.slug, slug)))[0]!;

  it("brings in authors, categories, posts, pages and files, keeping status, dates and addresses", { timeout: SLOW }, async () => {
    const report = await run();
    expect(report.counts).toMatchObject({
      authors: { created: 2 },
      categories: { created: 3 },
      posts: { created: 7, skipped: 0 },
      pages: { created: 4, skipped: 0 },
      media: { created: 5, skipped: 1 },
    });

    const authors = await db().select().from(users).where(eq(users.role, "author")).orderBy(asc(users.email));
    expect(authors.map((a) => [a.email, a.displayName, a.passwordHash])).toEqual([
      ["anna.alt@stadtblog.example", "Anna Alt", null],
      ["ben.berger@stadtblog.example", "Ben Berger", null],
    ]);
    const cats = await db().select({ name: categories.name, slug: categories.slug, description: categories.description }).from(categories).orderBy(asc(categories.id));
    expect(cats).toEqual([
      { name: "Allgemein", slug: "allgemein", description: "" },
      { name: "Verwaltung & Service", slug: "verwaltung-service", description: "Alles rund ums Amt & mehr" },
      { name: "Bürgerbüro", slug: "buergerbuero", description: "" },
    ]);

    const marktplatz = await postBySlug("neuer-marktplatz");
    expect(marktplatz).toMatchObject({
      title: "Neuer Marktplatz & neue Öffnungszeiten",
      status: "published",
      publishedAt: new Date("2024-03-05T09:30:00Z"),
      createdAt: new Date("2024-03-05T09:30:00Z"),
      updatedAt: new Date("2024-03-06T10:00:00Z"),
      excerpt: "Der Marktplatz ist fertig & schöner als je zuvor 😀 – am Samstag wird „gefeiert“.",
      authorId: authors[0]!.id,
    });
    const [cover] = await db().select().from(media).where(eq(media.id, marktplatz.coverMediaId!));
    expect(cover).toMatchObject({ originalName: "marktplatz.jpg", alt: "Blick über den Marktplatz mit Brunnen", caption: "Der Marktplatz am Samstagmorgen", credit: "Foto: Stadt Musterhausen" });
    expect(marktplatz.body).toContain(`](/medien/${cover!.hash}/bild)`);
    const downloads = await db().select({ name: media.originalName }).from(postAttachments).innerJoin(media, eq(media.id, postAttachments.mediaId)).where(eq(postAttachments.postId, marktplatz.id));
    expect(downloads).toEqual([{ name: "satzung.pdf" }]);
    const cats10 = await db().select({ slug: categories.slug }).from(postCategories).innerJoin(categories, eq(categories.id, postCategories.categoryId)).where(eq(postCategories.postId, marktplatz.id)).orderBy(asc(postCategories.position));
    expect(cats10.map((c) => c.slug)).toEqual(["verwaltung-service", "buergerbuero"]);
    const formerOfMarktplatz = await db().select({ path: redirects.sourcePath }).from(redirects).where(eq(redirects.postId, marktplatz.id)).orderBy(asc(redirects.sourcePath));
    expect(formerOfMarktplatz.map((row) => row.path)).toEqual(["/2024/03/marktplatz-neu", "/2024/03/neuer-marktplatz", "/?p=10", "/artikel/marktplatz-neu"]);

    // Never public what WordPress kept from the public; drafts and the pending post keep their state.
    expect((await postBySlug("interne-notiz")).status).toBe("draft");
    expect((await postBySlug("nur-fuer-den-beirat")).status).toBe("draft");
    expect(report.notPublic).toEqual([
      { title: "Interne Notiz", reason: "private" },
      { title: "Nur für den Beirat", reason: "password" },
    ]);
    expect(await postBySlug("entwurf-ohne-adresse")).toMatchObject({ status: "draft", publishedAt: null });
    expect(await postBySlug("sommerfest-2030")).toMatchObject({ status: "published", publishedAt: new Date("2030-06-01T08:00:00Z") });
    expect((await postBySlug("neue-baenke-im-park")).status).toBe("review");

    const pageRows = await db().select({ slug: pages.slug, status: pages.status }).from(pages).orderBy(asc(pages.id));
    expect(pageRows).toEqual([
      { slug: "ueber-uns", status: "published" },
      { slug: "team", status: "published" },
      { slug: "impressum-wordpress", status: "draft" },
      { slug: "barrierefreiheit-wordpress", status: "draft" },
    ]);
    expect(report.allWarnings()).toEqual(
      expect.arrayContaining([
        "Datei fehlt im Upload-Ordner: 2023/11/fehlt.jpg",
        "Unbekannter Shortcode [contact-form-7] in „Neuer Marktplatz & neue Öffnungszeiten“: als Text behalten.",
        expect.stringMatching(/^Seite „Impressum“ gehört in die strukturierte Impressum/),
      ]),
    );
  });

  it("keeps every old address working: posts, pages, files, categories, tags and authors, and a rerun changes none", { timeout: SLOW }, async () => {
    const first = await run();
    const rows = async () =>
      (await db().select().from(redirects).leftJoin(posts, eq(posts.id, redirects.postId)).orderBy(asc(redirects.sourcePath))).map(({ redirects: r, posts: p }) => [
        r.sourcePath,
        r.postId === null ? r.targetPath.replace(/[0-9a-f]{64}/, "<hash>").replace(/\/\d+\.jpg$/, "/<größte>.jpg") : `/artikel/${p!.slug}`,
        r.status,
      ]);
    const written = await rows();
    expect(written).toEqual(
      expect.arrayContaining([
        ["/2024/03/neuer-marktplatz", "/artikel/neuer-marktplatz", 301],
        ["/2024/03/marktplatz-neu", "/artikel/neuer-marktplatz", 301],
        ["/artikel/marktplatz-neu", "/artikel/neuer-marktplatz", 301],
        ["/?p=10", "/artikel/neuer-marktplatz", 301],
        ["/?p=16", "/artikel/neue-baenke-im-park", 301],
        ["/?page_id=30", "/info/ueber-uns", 301],
        ["/ueber-uns/team", "/info/team", 301],
        ["/category/verwaltung-service/bürgerbüro", "/kategorie/buergerbuero", 301],
        ["/category/bürgerbüro", "/kategorie/buergerbuero", 301],
        ["/?cat=4", "/kategorie/verwaltung-service", 301],
        ["/tag/social-media", "/schlagwort/social-media", 301],
        ["/author/anna", "/autor/anna-alt", 301],
        ["/wp-content/uploads/2024/03/marktplatz.jpg", "/medien/<hash>/<größte>.jpg", 301],
        ["/wp-content/uploads/2024/03/marktplatz-1024x683.jpg", "/medien/<hash>/<größte>.jpg", 301],
        ["/wp-content/uploads/2023/11/satzung.pdf", "/medien/<hash>/original.pdf", 301],
        ["/2024/03/neuer-marktplatz/marktplatz", "/medien/<hash>/<größte>.jpg", 301],
      ]),
    );
    // Tag addresses lead to the tags the import made or found (importTags), under their slugs as stored.
    const tagPages = new Set((await db().select({ slug: tags.slug }).from(tags)).map((tag) => `/schlagwort/${tag.slug}`));
    const tagAddresses = written.filter(([source]) => /^\/(tag\/|\?tag=)/.test(String(source)));
    expect(tagAddresses).toHaveLength(6);
    expect(tagAddresses.filter(([, target]) => !tagPages.has(String(target)))).toEqual([]);
    // Blattwerk's own addresses are never taken by old ones.
    expect(written.filter(([source]) => ["/impressum", "/barrierefreiheit"].includes(String(source)))).toEqual([]);
    expect(first.counts.redirects.created).toBeGreaterThan(30);

    const again = await run();
    expect(again.counts.redirects).toMatchObject({ created: 0, unchanged: first.counts.redirects.created });
    expect(await rows()).toEqual(written);
  });

  it("leads a tag's old addresses to the tag the import made, under the slug it has now", { timeout: SLOW }, async () => {
    await run({ uploads: false });
    await db().update(tags).set({ slug: "soziale-medien" }).where(eq(tags.slug, "social-media"));
    await run({ uploads: false });
    const moved = await db().select({ source: redirects.sourcePath, target: redirects.targetPath }).from(redirects).where(eq(redirects.targetPath, "/schlagwort/soziale-medien"));
    expect(moved.map((row) => row.source).sort()).toEqual(["/?tag=social-media", "/tag/social-media"]);
  });

  it("brings in approved comments shown and pending ones held, threads kept, spam never, and a rerun adds none", { timeout: SLOW }, async () => {
    const first = await run({ uploads: false });
    expect(first.counts.comments).toMatchObject({ created: 4, skipped: 1 });
    const marktplatz = await postBySlug("neuer-marktplatz");
    const anna = (await db().select().from(users).where(eq(users.email, "anna.alt@stadtblog.example")))[0]!;
    const rows = async () =>
      (await db().select().from(comments).orderBy(asc(comments.createdAt))).map((c) => ({
        post: c.postId,
        name: c.authorName,
        email: c.authorEmail,
        body: c.body,
        status: c.status,
        parent: c.parentId,
        user: c.userId,
        at: c.createdAt.toISOString(),
        id: c.id,
      }));
    const written = await rows();
    const [clara, reply, replyToReply, dieter] = written;
    expect(written.map(({ id: _id, parent: _parent, ...rest }) => rest)).toEqual([
      { post: marktplatz.id, name: "Clara Conrad", email: "clara@leserin.example", body: "Endlich! Gibt es am Samstag auch Kaffee & Kuchen?", status: "approved", user: null, at: "2024-03-05T11:00:00.000Z" },
      { post: marktplatz.id, name: "Anna Alt", email: "anna.alt@stadtblog.example", body: "Ja, der Heimatverein backt.", status: "approved", user: anna.id, at: "2024-03-05T12:00:00.000Z" },
      {
        post: marktplatz.id,
        name: "Clara Conrad",
        email: "clara@leserin.example",
        body: "Wunderbar, danke!\n\nMehr dazu: die Kuchenliste (https://heimatverein.example/kuchen)",
        status: "approved",
        user: null,
        at: "2024-03-05T13:00:00.000Z",
      },
      { post: marktplatz.id, name: "Dieter Dorn", email: "dieter@leser.example", body: "Wann wird der Brunnen eingeschaltet?", status: "pending", user: null, at: "2024-03-06T07:00:00.000Z" },
    ]);
    // One level deep, as Blattwerk threads are: the reply to a reply joins the thread's first comment.
    expect([clara!.parent, reply!.parent, replyToReply!.parent, dieter!.parent]).toEqual([null, clara!.id, clara!.id, null]);
    // Summed into one warning for the whole import, however many posts had spam.
    expect(first.allWarnings().filter((line) => line.includes("Spam"))).toEqual(["1 Spam- oder Papierkorb-Kommentare nicht übernommen."]);

    const again = await run({ uploads: false });
    expect(again.counts.comments).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    expect(await rows()).toEqual(written);

    // A comment an editor deleted is not brought back by the next import; the reply below it keeps its thread.
    await db().delete(comments).where(eq(comments.id, reply!.id));
    const third = await run({ uploads: false });
    expect(third.counts.comments).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    expect(await rows()).toEqual(written.filter((row) => row.id !== reply!.id));
  });

  it("changes nothing when the same file is imported again, and updates only what a newer export changed", { timeout: SLOW }, async () => {
    await run();
    const before = await db().select({ id: posts.id, version: posts.version, slug: posts.slug }).from(posts).orderBy(asc(posts.id));
    const mappingCount = (await db().select().from(importMappings)).length;

    const again = await run();
    expect(again.counts).toMatchObject({
      authors: { created: 0, unchanged: 2 },
      categories: { created: 0, updated: 0, unchanged: 3 },
      posts: { created: 0, updated: 0, unchanged: 7 },
      pages: { created: 0, updated: 0, unchanged: 4 },
      media: { created: 0, unchanged: 5 },
    });
    expect(await db().select({ id: posts.id, version: posts.version, slug: posts.slug }).from(posts).orderBy(asc(posts.id))).toEqual(before);
    expect(await db().select().from(importMappings)).toHaveLength(mappingCount);

    writeFileSync(file, readFileSync(file, "utf8").replace("<![CDATA[Neue Bänke im Park]]>", "<![CDATA[Zwölf neue Bänke im Park]]>").replace("Verwaltung &amp; Service]]></wp:cat_name>", "Verwaltung &amp; Bürgerservice]]></wp:cat_name>"));
    const newer = await run();
    expect(newer.counts).toMatchObject({ posts: { updated: 1, unchanged: 6 }, categories: { updated: 1, unchanged: 2 } });
    const benches = await postBySlug("neue-baenke-im-park");
    expect(benches).toMatchObject({ title: "Zwölf neue Bänke im Park", id: before.find((p) => p.slug === "neue-baenke-im-park")!.id });
    expect((await db().select().from(categories).where(eq(categories.slug, "verwaltung-service")))[0]!.name).toBe("Verwaltung & Bürgerservice");
  });

  it("leaves a post an editor has changed since the import as the editor left it", { timeout: SLOW }, async () => {
    await run({ uploads: false });
    await db().update(posts).set({ title: "Vom Team überarbeitet", version: sql`${posts.version} + 1` }).where(eq(posts.slug, "neue-baenke-im-park"));
    writeFileSync(file, readFileSync(file, "utf8").replace("<![CDATA[Zwölf neue Bänke.]]>", "<![CDATA[Dreizehn neue Bänke.]]>"));
    const report = await run({ uploads: false });
    expect(report.counts.posts).toMatchObject({ skipped: 1, updated: 0 });
    expect(report.warnings).toContain("„Neue Bänke im Park“ nicht übernommen: in Blattwerk bearbeitet, Änderungen der Quelle nicht übernommen");
    expect((await postBySlug("neue-baenke-im-park")).title).toBe("Vom Team überarbeitet");
  });

  it("writes nothing in a dry run, yet reports what it would do", { timeout: SLOW }, async () => {
    const report = await run({ dryRun: true });
    expect(report.counts).toMatchObject({ authors: { created: 2 }, posts: { created: 7 }, pages: { created: 4 }, media: { created: 5 } });
    expect(await db().select().from(posts)).toEqual([]);
    expect(await db().select().from(media)).toEqual([]);
    expect(await db().select().from(importMappings)).toEqual([]);
    expect(await db().select().from(users).where(eq(users.role, "author"))).toEqual([]);
  });

  it("writes nothing from a malformed file or one with a DTD", { timeout: SLOW }, async () => {
    for (const name of ["malformed.xml", "doctype-entities.xml"]) {
      writeFileSync(file, readFileSync(path.join(fixtures, name)));
      await expect(run()).rejects.toBeInstanceOf(WxrError);
    }
    expect(await db().select().from(posts)).toEqual([]);
    expect(await db().select().from(importMappings)).toEqual([]);
  });

  it("lets only admins import", async () => {
    const editor = await insertUser(db(), { role: "editor" });
    const key = { source: "wordpress:https://x.example", kind: "post", sourceKey: "1" };
    const attempt = await saveImportedPost(db(), editor, key, null, {
      input: { title: "T", slug: "t", excerpt: "", body: "", categoryIds: [1], seriesId: null, seriesPosition: null },
      authorId: editor.id,
      status: "published",
      publishedAt: new Date(),
      createdAt: new Date(),
      updatedAt: new Date(),
      oldPaths: [],
      checksum: "",
    });
    expect(attempt).toMatchObject({ ok: false, status: 403 });
    expect(await saveImportedPost(db(), null, key, null, {} as never)).toMatchObject({ ok: false, status: 401 });
  });
});
