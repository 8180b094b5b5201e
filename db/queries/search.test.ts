import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { categories, postCategories, posts } from "../schema";
import { testDrivers, freshDatabaseFor } from "../testing/databases";
import { hoursAgo, insertCategory, insertPost, insertUser } from "../testing/fixtures";
import { searchPosts, searchPublishedPosts, splitMarks, type SearchHit, type SearchOutcome } from "./search";

function results(outcome: SearchOutcome) {
  if (outcome.kind !== "results") throw new Error(`expected results, got ${outcome.kind}`);
  return outcome;
}

const slugs = (hits: SearchHit[]) => hits.map((hit) => hit.slug);
const marked = (parts: { text: string; marked: boolean }[]) => parts.filter((part) => part.marked).map((part) => part.text);
const search = async (query: string, page = 1) => results(await searchPublishedPosts({ query, page }));

describe.each(testDrivers)("reader search on %s", (driver) => {
  const { db } = freshDatabaseFor(driver);


  it("understands German: „Behörden“ finds „Behörde“, stop words do not count", async () => {
    const author = await insertUser(db());
    await insertPost(db(), { authorId: author.id, slug: "behoerde", title: "Wie eine Behörde Instagram nutzt" });
    await insertPost(db(), { authorId: author.id, slug: "anderes", title: "Ein Text über Gartenbau" });
    expect(slugs((await search("Behörden")).hits)).toEqual(["behoerde"]);
    expect(slugs((await search("die Behörden und der Instagram")).hits)).toEqual(["behoerde"]);
    expect(await searchPublishedPosts({ query: "die und der", page: 1 })).toEqual({ kind: "no-terms", query: "die und der" });
    expect(await searchPublishedPosts({ query: "   ", page: 1 })).toEqual({ kind: "no-query" });
  });

  it("ranks title over excerpt over body, and newer first among equals", async () => {
    const author = await insertUser(db());
    await insertPost(db(), { authorId: author.id, slug: "im-text-alt", body: "Es geht um Nachwuchsgewinnung.", publishedAt: hoursAgo(50) });
    await insertPost(db(), { authorId: author.id, slug: "im-text-neu", body: "Es geht um Nachwuchsgewinnung.", publishedAt: hoursAgo(10) });
    await insertPost(db(), { authorId: author.id, slug: "im-titel", title: "Nachwuchsgewinnung mit Instagram", publishedAt: hoursAgo(99) });
    await insertPost(db(), { authorId: author.id, slug: "in-kurzfassung", excerpt: "Alles zur Nachwuchsgewinnung.", publishedAt: hoursAgo(98) });
    const found = await search("Nachwuchsgewinnung");
    expect(slugs(found.hits)).toEqual(["im-titel", "in-kurzfassung", "im-text-neu", "im-text-alt"]);
    expect(found.total).toBe(4);
  });

  it("ranks a very broad query among its newest matches and says there are more", async () => {
    const author = await insertUser(db());
    for (let hours = 1; hours <= 6; hours++) {
      await insertPost(db(), { authorId: author.id, slug: `plan-${hours}`, body: "Ein Redaktionsplan hilft.", publishedAt: hoursAgo(hours) });
    }
    await insertPost(db(), { authorId: author.id, slug: "titel-neu", title: "Redaktionsplan", publishedAt: hoursAgo(3.5) });
    await insertPost(db(), { authorId: author.id, slug: "titel-alt", title: "Redaktionsplan", publishedAt: hoursAgo(90) });
    await insertPost(db(), { authorId: author.id, slug: "entwurf", title: "Redaktionsplan", status: "draft", publishedAt: null });
    // Tiny limits stand in for a query matching tens of thousands of posts: the newest four matches are ranked.
    const limits = { minMatches: 1, minShare: 0, window: 6, candidates: 4 };
    const broad = results(await searchPosts(db(), { query: "Redaktionsplan", page: 1 }, "readers", limits));
    expect(broad).toMatchObject({ total: 4, totalIsCapped: true, pageCount: 1 });
    expect(slugs(broad.hits)).toEqual(["titel-neu", "plan-1", "plan-2", "plan-3"]);
    const pastEnd = results(await searchPosts(db(), { query: "Redaktionsplan", page: 2 }, "readers", limits));
    expect(pastEnd).toMatchObject({ total: 4, totalIsCapped: true, hits: [] });
    // With room for every match, the estimate's guess is corrected: all are ranked and counted exactly.
    const roomy = { ...limits, window: 100, candidates: 50 };
    const exact = results(await searchPosts(db(), { query: "Redaktionsplan", page: 1 }, "readers", roomy));
    expect(exact).toMatchObject({ total: 8, totalIsCapped: false });
    expect(slugs(exact.hits).slice(0, 2)).toEqual(["titel-neu", "titel-alt"]);
  });

  it("highlights matches in title and snippet as plain text parts, Markdown and HTML stripped", async () => {
    const author = await insertUser(db());
    await insertPost(db(), {
      authorId: author.id,
      slug: "impressum",
      title: "Das Impressum der Facebook-Seite",
      excerpt: "Pflichtangaben für Behörden.",
      body: "## Pflicht\n\nJede **Facebook-Seite** einer Behörde braucht ein [Impressum](https://example.org/impressum). <script>alert(1)</script>",
    });
    const [hit] = (await search("impressum facebook")).hits;
    expect(marked(hit!.titleParts)).toEqual(["Impressum", "Facebook"]);
    const snippet = hit!.snippet.map((part) => part.text).join("");
    expect(marked(hit!.snippet)).toContain("Impressum");
    expect(snippet).not.toMatch(/[<>*#\]]|https?:/);
    expect(snippet).toContain("Jede Facebook-Seite einer Behörde braucht ein Impressum");
  });

  it("splits marked headlines into text parts", () => {
    expect(splitMarks("a \uE000b\uE001 c \uE000d\uE001")).toEqual([
      { text: "a ", marked: false },
      { text: "b", marked: true },
      { text: " c ", marked: false },
      { text: "d", marked: true },
    ]);
  });

  it("searches phrases in quotes and excludes -words", async () => {
    const author = await insertUser(db());
    await insertPost(db(), { authorId: author.id, slug: "phrase", body: "Instagram Stories für die Feuerwehr." });
    await insertPost(db(), { authorId: author.id, slug: "getrennt", body: "Stories erzählen wir auf Instagram." });
    await insertPost(db(), { authorId: author.id, slug: "tiktok", body: "Instagram Stories und TikTok." });
    expect(slugs((await search('"Instagram Stories"')).hits).sort()).toEqual(["phrase", "tiktok"]);
    expect(slugs((await search('"Instagram Stories" -TikTok')).hits)).toEqual(["phrase"]);
    expect(slugs((await search("Instagram Stories")).hits)).toHaveLength(3);
  });

  it("falls back to similar titles and suggests a corrected query for typos", async () => {
    const author = await insertUser(db());
    await insertPost(db(), { authorId: author.id, slug: "insta", title: "Instagram für die Behörde", body: "Reichweite im Rathaus." });
    await insertPost(db(), { authorId: author.id, slug: "nachwuchs", title: "Nachwuchsgewinnungsstrategie im Landratsamt" });
    const typo = await search("Instgram Behrde");
    expect(typo.total).toBe(0);
    expect(typo.suggestion).toBe("Instagram Behörde");
    expect(slugs((await search(typo.suggestion!)).hits)).toEqual(["insta"]);
    // A part of a long compound word is neither a full-text match nor close enough for a correction, but the
    // title contains it: similar titles are the last resort.
    const part = await search("gewinnung");
    expect(part.total).toBe(0);
    expect(part.suggestion).toBeNull();
    expect(slugs(part.similar)).toEqual(["nachwuchs"]);
    // Correct words are left alone.
    expect((await search("Instagram")).suggestion).toBeNull();
  });

  it("never finds drafts, posts in review, trashed or scheduled posts, not even in counts or suggestions", async () => {
    const author = await insertUser(db());
    const hidden = { title: "Geheimprojekt Fusion", body: "Geheimprojekt" };
    await insertPost(db(), { authorId: author.id, ...hidden, slug: "entwurf", status: "draft", publishedAt: null });
    await insertPost(db(), { authorId: author.id, ...hidden, slug: "pruefung", status: "review" });
    await insertPost(db(), { authorId: author.id, ...hidden, slug: "papierkorb", deletedAt: new Date() });
    await insertPost(db(), { authorId: author.id, ...hidden, slug: "geplant", publishedAt: new Date(Date.now() + 3600_000) });
    const found = await search("Geheimprojekt");
    expect(found.total).toBe(0);
    expect(found.hits).toEqual([]);
    expect(found.similar).toEqual([]);
    expect((await search("Geheimprojek")).suggestion).toBeNull();
    // An editor's search sees everything but the trash; an author's, asking the same function, only what readers see.
    const editor = await insertUser(db(), { role: "editor" });
    const editors = results(await searchPosts(db(), { query: "Geheimprojekt", page: 1 }, editor));
    expect(slugs(editors.hits).sort()).toEqual(["entwurf", "geplant", "pruefung"]);
    const asAuthor = await searchPosts(db(), { query: "Geheimprojekt", page: 1 }, author);
    expect(asAuthor.kind === "results" ? asAuthor.hits : []).toEqual([]);
  });

  it("keeps the index current after edits, unpublishing and category changes and renames", async () => {
    const author = await insertUser(db());
    const category = await insertCategory(db(), { name: "Krisenkommunikation", slug: "krise" });
    const post = await insertPost(db(), { authorId: author.id, slug: "hochwasser", title: "Hochwasser", categoryIds: [category.id] });
    expect(slugs((await search("Krisenkommunikation")).hits)).toEqual(["hochwasser"]);

    await db().update(posts).set({ title: "Starkregen", body: "Warnungen über Mastodon." }).where(eq(posts.id, post.id));
    expect((await search("Hochwasser")).total).toBe(0);
    expect(slugs((await search("Mastodon")).hits)).toEqual(["hochwasser"]);

    await db().update(categories).set({ name: "Lagekommunikation" }).where(eq(categories.id, category.id));
    expect((await search("Krisenkommunikation")).total).toBe(0);
    expect(slugs((await search("Lagekommunikation")).hits)).toEqual(["hochwasser"]);

    const other = await insertCategory(db(), { name: "Fediverse" });
    await db().insert(postCategories).values({ postId: post.id, categoryId: other.id, position: 1 });
    expect(slugs((await search("Fediverse")).hits)).toEqual(["hochwasser"]);
    await db().delete(postCategories).where(eq(postCategories.categoryId, category.id));
    expect((await search("Lagekommunikation")).total).toBe(0);
    await db().delete(categories).where(eq(categories.id, other.id));
    expect((await search("Fediverse")).total).toBe(0);

    await db().update(posts).set({ status: "draft" }).where(eq(posts.id, post.id));
    expect((await search("Mastodon")).total).toBe(0);
    await db().update(posts).set({ status: "published" }).where(eq(posts.id, post.id));
    expect((await search("Mastodon")).total).toBe(1);
    // New words of an edit reach the vocabulary, so typos of them are corrected.
    expect((await search("Mastdon")).suggestion).toBe("Mastodon");
  });

  it("pages ten hits at a time and reports a page past the end with no hits", async () => {
    const author = await insertUser(db());
    for (let i = 0; i < 13; i++) await insertPost(db(), { authorId: author.id, slug: `b-${i}`, title: `Bürgerdialog ${i}`, publishedAt: hoursAgo(100 - i) });
    const first = await search("Bürgerdialog");
    expect(first.total).toBe(13);
    expect(first.pageCount).toBe(2);
    expect(first.hits).toHaveLength(10);
    expect(slugs((await search("Bürgerdialog", 2)).hits)).toEqual(["b-2", "b-1", "b-0"]);
    const past = await search("Bürgerdialog", 7);
    expect(past).toMatchObject({ page: 7, pageCount: 2, total: 13, hits: [] });
  });

  it("treats hostile and odd input as text, never as an error", async () => {
    const author = await insertUser(db());
    await insertPost(db(), { authorId: author.id, slug: "x", title: "Instagram" });
    const odd = [
      "' & | ! : * ( )",
      "Instagram' & | !:* ( ) \\",
      "'; drop table posts; --",
      '"""',
      "-",
      "!!!",
      "😀 🎉",
      "שלום עולם",
      "مرحبا",
      "x".repeat(2000),
      "Instagram ".repeat(300),
      "a:* & b",
      "<mark>Instagram</mark>",
      "\u0000Instagram",
    ];
    for (const query of odd) {
      const outcome = await searchPublishedPosts({ query, page: 1 });
      expect(["results", "no-terms", "no-query"]).toContain(outcome.kind);
    }
    expect(slugs((await search("Instagram' & | !:* ( )")).hits)).toEqual(["x"]);
    expect((await db().select({ n: sql<number>`count(*)::int` }).from(posts))[0]?.n).toBe(1);
  });
});
