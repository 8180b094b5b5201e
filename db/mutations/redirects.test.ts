import { asc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { findRedirect } from "../queries/redirects";
import { freshDatabaseFor, testDrivers } from "../testing/databases";
import { insertPost, insertUser } from "../testing/fixtures";
import { notFoundLog, posts, redirects } from "../schema";
import { countNotFound, countRedirectHit, flushRedirectStats, NOT_FOUND_LOG_CAP } from "./redirect-stats";
import { createRedirect, deleteRedirect, updateRedirect } from "./redirects";
import { deletePostPermanently } from "./posts";

describe.each(testDrivers)("the redirect manager on %s", (driver) => {
  const { db } = freshDatabaseFor(driver);
  const all = async () =>
    (await db().select().from(redirects).orderBy(asc(redirects.sourcePath))).map((row) => [row.sourcePath, row.status, row.targetPath]);

  it("lets editors and admins manage redirects, and nobody else", async () => {
    const author = await insertUser(db(), { role: "author" });
    const contributor = await insertUser(db(), { role: "contributor" });
    const editor = await insertUser(db(), { role: "editor" });
    const input = { source: "/2019/05/alt/", status: "301", target: "/artikel/neu" };
    expect(await createRedirect(db(), author, input)).toMatchObject({ ok: false, status: 403 });
    expect(await createRedirect(db(), contributor, input)).toMatchObject({ ok: false, status: 403 });
    expect(await createRedirect(db(), null, input)).toMatchObject({ ok: false, status: 401 });
    const created = await createRedirect(db(), editor, input);
    expect(created).toMatchObject({ ok: true });
    const id = created.ok ? created.value.id : 0;
    expect(await updateRedirect(db(), author, id, { ...input, target: "/" })).toMatchObject({ ok: false, status: 403 });
    expect(await deleteRedirect(db(), author, id)).toMatchObject({ ok: false, status: 403 });
    expect(await all()).toEqual([["/2019/05/alt", 301, "/artikel/neu"]]);
    expect(await deleteRedirect(db(), editor, id)).toMatchObject({ ok: true });
    expect(await deleteRedirect(db(), editor, id)).toMatchObject({ ok: false, status: 404 });
  });

  it("stores one spelling of a source, and refuses other hosts, own addresses and duplicates with a message", async () => {
    const editor = await insertUser(db(), { role: "editor" });
    const save = (source: string, target: string, status = "301") => createRedirect(db(), editor, { source, status, target });
    expect(await save("https://alt.example/2019/05/%c3%bcber-uns/?utm_source=x", "/info/ueber-uns")).toMatchObject({ ok: true });
    expect(await all()).toEqual([["/2019/05/über-uns", 301, "/info/ueber-uns"]]);
    expect(await save("/2019/05/%C3%BCber-uns", "/x")).toMatchObject({ ok: false, status: 409, fieldErrors: { source: expect.any(String) } });
    for (const target of ["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", ""]) {
      expect(await save("/irgendwo", target)).toMatchObject({ ok: false, status: 422, fieldErrors: { target: expect.any(String) } });
    }
    expect(await save("/kategorie/alt", "/kategorie/neu")).toMatchObject({ ok: false, status: 422, fieldErrors: { source: expect.any(String) } });
    expect(await save("", "/x")).toMatchObject({ ok: false, status: 422, fieldErrors: { source: expect.any(String) } });
    expect(await save("/a", "/a/")).toMatchObject({ ok: false, status: 422, fieldErrors: { target: expect.any(String) } });
    expect(await createRedirect(db(), editor, { source: "/a", status: "302", target: "/b" })).toMatchObject({ ok: false, status: 422, fieldErrors: { status: expect.any(String) } });
    expect(await save("/weg", "", "410")).toMatchObject({ ok: true });
    expect(await findRedirect(db(), "/weg")).toMatchObject({ kind: "gone" });
  });

  it("collapses chains to their end and refuses loops", async () => {
    const editor = await insertUser(db(), { role: "editor" });
    const save = (source: string, target: string) => createRedirect(db(), editor, { source, status: "301", target });
    expect(await save("/b", "/c")).toMatchObject({ ok: true });
    // Adding A→B while B→C exists stores A→C.
    expect(await save("/a", "/b")).toMatchObject({ ok: true, value: { targetPath: "/c", collapsed: true } });
    // Adding C→D while A→C and B→C exist turns both into →D.
    expect(await save("/c", "/d")).toMatchObject({ ok: true });
    expect(await all()).toEqual([
      ["/a", 301, "/d"],
      ["/b", 301, "/d"],
      ["/c", 301, "/d"],
    ]);
    // D→A would lead back to D.
    expect(await save("/d", "/a")).toMatchObject({ ok: false, status: 422, fieldErrors: { target: expect.stringMatching(/Schleife/) } });
    const [c] = await db().select().from(redirects).where(eq(redirects.sourcePath, "/c"));
    expect(await updateRedirect(db(), editor, c!.id, { source: "/d", status: "301", target: "/a" })).toMatchObject({ ok: false, fieldErrors: { target: expect.stringMatching(/Schleife/) } });
    // C→A is no loop: A leads to D, so C leads straight there.
    expect(await updateRedirect(db(), editor, c!.id, { source: "/c", status: "301", target: "/a" })).toMatchObject({ ok: true, value: { targetPath: "/d" } });
  });

  it("binds a redirect to a post's address: it follows a rename and turns 410 when the post is deleted", async () => {
    const editor = await insertUser(db(), { role: "editor" });
    const admin = await insertUser(db(), { role: "admin" });
    const post = await insertPost(db(), { authorId: editor.id, slug: "ziel" });
    expect(await createRedirect(db(), editor, { source: "/alt", status: "301", target: "/artikel/ziel" })).toMatchObject({ ok: true });
    await db().update(posts).set({ slug: "ziel-neu" }).where(eq(posts.id, post.id));
    expect(await findRedirect(db(), "/alt")).toMatchObject({ kind: "moved", target: "/artikel/ziel-neu" });
    expect(await deletePostPermanently(db(), admin, post.id)).toMatchObject({ ok: true });
    expect(await findRedirect(db(), "/alt")).toMatchObject({ kind: "gone" });
    expect(await findRedirect(db(), "/artikel/ziel-neu")).toMatchObject({ kind: "gone" });
  });

  it("counts hits and missing addresses in few writes, and keeps the 404 log bounded", async () => {
    const editor = await insertUser(db(), { role: "editor" });
    const created = await createRedirect(db(), editor, { source: "/zaehlen", status: "301", target: "/x" });
    const id = created.ok ? created.value.id : 0;
    const database = async () => db();
    for (let i = 0; i < 3; i++) countRedirectHit(database, id);
    countNotFound(database, "/fehlt", "");
    countNotFound(database, "/fehlt", "suche.example");
    countNotFound(database, "/auch-weg", "");
    await flushRedirectStats(db());
    countNotFound(database, "/fehlt", "");
    await flushRedirectStats(db());
    const [row] = await db().select().from(redirects).where(eq(redirects.id, id));
    expect(row).toMatchObject({ hits: 3, lastHitAt: expect.any(Date) });
    const log = await db().select().from(notFoundLog).orderBy(asc(notFoundLog.path));
    expect(log.map((entry) => [entry.path, entry.hits, entry.referrerHost])).toEqual([
      ["/auch-weg", 1, ""],
      ["/fehlt", 3, "suche.example"],
    ]);

    await db().execute(sql`insert into not_found_log (path, hits, last_seen_at)
      select '/alt-' || n, 1, now() - interval '1 day' - n * interval '1 second' from generate_series(1, ${NOT_FOUND_LOG_CAP}) as n`);
    countNotFound(database, "/ganz-neu", "");
    await flushRedirectStats(db());
    const [counted] = await db().select({ n: sql<number>`count(*)::int` }).from(notFoundLog);
    expect(counted!.n).toBe(NOT_FOUND_LOG_CAP);
    const kept = await db().select({ path: notFoundLog.path }).from(notFoundLog).where(sql`${notFoundLog.path} in ('/ganz-neu', '/fehlt', ${`/alt-${NOT_FOUND_LOG_CAP}`})`);
    expect(kept.map((entry) => entry.path).sort()).toEqual(["/fehlt", "/ganz-neu"]);
  });

  it("keeps counts whose write failed for the next write, adding to what other writers stored meanwhile", async () => {
    const editor = await insertUser(db(), { role: "editor" });
    const created = await createRedirect(db(), editor, { source: "/nochmal", status: "301", target: "/y" });
    const id = created.ok ? created.value.id : 0;
    const database = async () => db();
    countRedirectHit(database, id);
    countNotFound(database, "/verloren", "");
    // The log table is away for a moment: the write fails, nothing is stored, nothing is lost.
    await db().execute(sql`alter table not_found_log rename to not_found_log_away`);
    await expect(flushRedirectStats(db())).rejects.toThrow();
    await db().execute(sql`alter table not_found_log_away rename to not_found_log`);
    // Another instance wrote its own count of the same address in the meantime.
    await db().insert(notFoundLog).values({ path: "/verloren", hits: 5 });
    countNotFound(database, "/verloren", "");
    await flushRedirectStats(db());
    const [row] = await db().select().from(redirects).where(eq(redirects.id, id));
    expect(row!.hits).toBe(1);
    const [log] = await db().select().from(notFoundLog).where(eq(notFoundLog.path, "/verloren"));
    expect(log!.hits).toBe(7);
  });
});
