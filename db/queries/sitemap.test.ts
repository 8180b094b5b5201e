import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import type { Pool } from "pg";
import { postsSitemap } from "@/lib/sitemaps";
import { installDatabaseForTests } from "../connection";
import { freshDatabaseFor, openTestDatabase, testDrivers, type TestDatabase } from "../testing/databases";
import { hoursAgo, insertCategory, insertPost, insertSeries, insertUser } from "../testing/fixtures";
import { listSitemapChunks, listSitemapPages, listSitemapPosts, SITEMAP_URL_LIMIT } from "./sitemap";

describe.each(testDrivers)("sitemap queries on %s", (driver) => {
  const { db, queries } = freshDatabaseFor(driver);


  it("lists exactly the published, due, untrashed posts, oldest first, with their last change", async () => {
    const author = await insertUser(db());
    await insertPost(db(), { authorId: author.id, slug: "alt", publishedAt: hoursAgo(10), updatedAt: hoursAgo(10) });
    const edited = hoursAgo(1);
    await insertPost(db(), { authorId: author.id, slug: "bearbeitet", publishedAt: hoursAgo(5), updatedAt: edited });
    // Written before it fell due: its last change for readers is its publication.
    await insertPost(db(), { authorId: author.id, slug: "frisch-erschienen", publishedAt: hoursAgo(2), updatedAt: hoursAgo(30) });
    await insertPost(db(), { authorId: author.id, slug: "entwurf", status: "draft", publishedAt: null });
    await insertPost(db(), { authorId: author.id, slug: "in-pruefung", status: "review" });
    await insertPost(db(), { authorId: author.id, slug: "im-papierkorb", deletedAt: new Date() });
    await insertPost(db(), { authorId: author.id, slug: "geplant", publishedAt: new Date(Date.now() + 3600_000) });

    const entries = await listSitemapPosts({ page: 1 });
    expect(entries?.map((entry) => entry.slug)).toEqual(["alt", "bearbeitet", "frisch-erschienen"]);
    expect(entries?.[1]?.lastModified.getTime()).toBe(edited.getTime());
    expect(entries?.[2]?.lastModified.getTime()).toBeGreaterThan(hoursAgo(2.1).getTime());
    expect(await listSitemapChunks()).toEqual([{ page: 1, urls: 3, lastModified: expect.any(Date) }]);
  });

  it("splits at the limit into stable chunks and reads each chunk in one query", async () => {
    const author = await insertUser(db());
    for (let i = 0; i < 7; i++) await insertPost(db(), { authorId: author.id, slug: `p-${i}`, publishedAt: hoursAgo(100 - i) });
    const chunks = await listSitemapChunks(3);
    expect(chunks.map((chunk) => [chunk.page, chunk.urls])).toEqual([[1, 3], [2, 3], [3, 1]]);

    queries().length = 0;
    const second = await listSitemapPosts({ page: 2 }, 3);
    expect(second?.map((entry) => entry.slug)).toEqual(["p-3", "p-4", "p-5"]);
    // The next due time (cache lifetime) and the chunk itself: two queries, however many URLs.
    expect(queries()).toHaveLength(2);
    expect((await listSitemapPosts({ page: 3 }, 3))?.map((entry) => entry.slug)).toEqual(["p-6"]);
    expect(await listSitemapPosts({ page: 4 }, 3)).toBeNull();

    // A new post only grows the last chunk: the URLs of the earlier ones stay where crawlers saw them.
    await insertPost(db(), { authorId: author.id, slug: "neu", publishedAt: hoursAgo(1) });
    expect((await listSitemapPosts({ page: 1 }, 3))?.map((entry) => entry.slug)).toEqual(["p-0", "p-1", "p-2"]);
    expect((await listSitemapPosts({ page: 3 }, 3))?.map((entry) => entry.slug)).toEqual(["p-6", "neu"]);
  });

  it("has no post sitemap while nothing is published", async () => {
    expect(await listSitemapChunks()).toEqual([]);
    expect(await listSitemapPosts({ page: 1 })).toBeNull();
  });

  it("lists categories always, authors and series only with a published post", async () => {
    const writer = await insertUser(db(), { slug: "schreibt" });
    const silent = await insertUser(db(), { slug: "schweigt" });
    const used = await insertCategory(db(), { slug: "genutzt" });
    await insertCategory(db(), { slug: "leer" });
    const running = await insertSeries(db(), { slug: "laufend" });
    const planned = await insertSeries(db(), { slug: "geplant" });
    const changed = hoursAgo(3);
    await insertPost(db(), { authorId: writer.id, categoryIds: [used.id], seriesId: running.id, publishedAt: changed, updatedAt: changed });
    await insertPost(db(), { authorId: silent.id, categoryIds: [used.id], seriesId: planned.id, status: "draft", publishedAt: null });

    const pages = await listSitemapPages();
    expect(pages.home?.getTime()).toBe(changed.getTime());
    expect(pages.categories.map((c) => [c.slug, c.lastModified?.getTime() ?? null])).toEqual([
      ["genutzt", changed.getTime()],
      ["leer", null],
    ]);
    expect(pages.authors.map((a) => a.slug)).toEqual(["schreibt"]);
    expect(pages.series.map((s) => s.slug)).toEqual(["laufend"]);
  });
});

// The acceptance case of issue #4: 120,500 posts make post sitemaps of SITEMAP_URL_LIMIT each (the last one partial),
// each read in one indexed pass.
describe.runIf(testDrivers.includes("postgres"))("sitemaps of 120,500 posts on PostgreSQL", () => {
  // Not a multiple of the file size, so the last file is partial.
  const TOTAL = 120_500;
  let testDb: TestDatabase;

  beforeAll(async () => {
    testDb = await openTestDatabase("postgres");
    installDatabaseForTests(testDb.handle);
    const db = testDb.handle.db;
    const author = await insertUser(db);
    await db.execute(sql`
      insert into posts (title, slug, status, published_at, updated_at, author_id)
      select 'Beitrag ' || n, 'last-' || n, 'published', now() - make_interval(mins => n), now() - make_interval(mins => n), ${author.id}
      from generate_series(1, ${sql.raw(String(TOTAL))}) as n`);
    // Invisible rows around them must not count or shift the chunks.
    await db.execute(sql`
      insert into posts (title, slug, status, published_at, deleted_at, author_id)
      select 'Versteckt ' || n, 'versteckt-' || n,
             (case when n % 2 = 0 then 'draft' else 'published' end)::post_status,
             case when n % 3 = 0 then now() + interval '1 day' else now() - interval '1 day' end,
             case when n % 5 = 0 then now() else null end, ${author.id}
      from generate_series(1, 3000) as n where n % 2 = 0 or n % 3 = 0 or n % 5 = 0`);
    await db.execute(sql`analyze posts`);
  }, 120_000);
  afterAll(async () => testDb.dispose());

  it("splits into files of SITEMAP_URL_LIMIT posts, the rest in the last, and reads a full chunk with one index-ordered query", async () => {
    const chunks = await listSitemapChunks();
    const sizes = Array.from({ length: Math.ceil(TOTAL / SITEMAP_URL_LIMIT) }, (_, index) => Math.min(SITEMAP_URL_LIMIT, TOTAL - index * SITEMAP_URL_LIMIT));
    expect(chunks.map((chunk) => chunk.urls)).toEqual(sizes);

    testDb.queries.length = 0;
    const started = performance.now();
    const second = await listSitemapPosts({ page: 2 });
    const queryMs = performance.now() - started;
    expect(second).toHaveLength(SITEMAP_URL_LIMIT);
    // The oldest post is number TOTAL; the second file starts SITEMAP_URL_LIMIT posts later.
    expect(second?.[0]?.slug).toBe(`last-${TOTAL - SITEMAP_URL_LIMIT}`);
    expect(testDb.queries).toHaveLength(2);

    // The plan walks a partial index in order (the one for indexable posts, or the feed's): no sort, no table scan.
    const chunkQuery = testDb.queries.find((query) => query.includes("limit"))!;
    const pool = (testDb.handle.db as unknown as { $client: Pool }).$client;
    const plan = await pool.query(`explain ${chunkQuery}`, [SITEMAP_URL_LIMIT, SITEMAP_URL_LIMIT]);
    const planText = plan.rows.map((row: Record<string, string>) => row["QUERY PLAN"]).join("\n");
    expect(planText).toMatch(/posts_reader_(indexable|feed)_idx/);
    expect(planText).not.toMatch(/\bSort\b|Seq Scan/);

    const analysed = await pool.query(`explain (analyze, format json) ${chunkQuery}`, [SITEMAP_URL_LIMIT, SITEMAP_URL_LIMIT]);
    const executionMs = (analysed.rows[0]["QUERY PLAN"] as { "Execution Time": number }[])[0]!["Execution Time"];

    const xmlStarted = performance.now();
    const document = await postsSitemap("https://amtsblatt.example", 2);
    const documentMs = performance.now() - xmlStarted;
    expect(document?.body.match(/<url>/g)).toHaveLength(SITEMAP_URL_LIMIT);
    console.log(
      `${SITEMAP_URL_LIMIT}-URL sitemap on PostgreSQL: query executes in ${executionMs.toFixed(0)} ms, ` +
        `${queryMs.toFixed(0)} ms with transfer and mapping; whole file (queries, XML, ETag) ${documentMs.toFixed(0)} ms`,
    );

    expect((await listSitemapPosts({ page: sizes.length }))?.length).toBe(sizes.at(-1));
    expect(await listSitemapPosts({ page: sizes.length + 1 })).toBeNull();
  });
});
