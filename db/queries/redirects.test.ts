import { describe, expect, it } from "vitest";
import { freshDatabaseFor, testDrivers } from "../testing/databases";
import { insertPost, insertUser } from "../testing/fixtures";
import { redirects } from "../schema";
import { findArticleRedirectRemembered, findRedirect, forgetRedirects, listNotFound, listRedirects } from "./redirects";

describe.each(testDrivers)("old addresses on %s", (driver) => {
  const { db } = freshDatabaseFor(driver);

  it("knows deleted and renamed posts, and keeps unpublished ones secret", async () => {
    const author = await insertUser(db());
    const post = await insertPost(db(), { authorId: author.id, slug: "neu" });
    const draft = await insertPost(db(), { authorId: author.id, slug: "entwurf-neu", status: "draft" });
    await db().insert(redirects).values([
      { sourcePath: "/artikel/geloescht", status: 410, origin: "rename" },
      { sourcePath: "/artikel/umgezogen", targetPath: "/artikel/veraltet", postId: post.id, origin: "rename" },
      { sourcePath: "/artikel/entwurf-alt", targetPath: "/artikel/entwurf-neu", postId: draft.id, origin: "rename" },
    ]);
    expect(await findRedirect(db(), "/artikel/geloescht")).toMatchObject({ kind: "gone" });
    // A post-bound row follows the post's current slug, whatever its stored target says.
    expect(await findRedirect(db(), "/artikel/umgezogen")).toMatchObject({ kind: "moved", target: "/artikel/neu" });
    expect(await findRedirect(db(), "/artikel/entwurf-alt")).toBeNull();
    expect(await findRedirect(db(), "/artikel/unbekannt")).toBeNull();
  });

  it("answers an article address like findRedirect, and one without a row from memory, until the rows change", async () => {
    const author = await insertUser(db());
    const post = await insertPost(db(), { authorId: author.id, slug: "ziel" });
    await db().insert(redirects).values([
      { sourcePath: "/artikel/weg", status: 410, origin: "rename" },
      { sourcePath: "/artikel/alt", targetPath: "/artikel/ziel", postId: post.id, origin: "rename" },
    ]);
    forgetRedirects();
    let queries = 0;
    const counted = async () => {
      queries += 1;
      return db();
    };
    expect(await findArticleRedirectRemembered(counted, "/artikel/weg")).toMatchObject({ kind: "gone" });
    expect(await findArticleRedirectRemembered(counted, "/artikel/alt")).toMatchObject({ kind: "moved", target: "/artikel/ziel" });
    const afterKnown = queries;
    for (const slug of ["eins", "zwei", "drei"]) expect(await findArticleRedirectRemembered(counted, `/artikel/${slug}`)).toBeNull();
    expect(queries).toBe(afterKnown);

    await db().insert(redirects).values({ sourcePath: "/artikel/eins", status: 410, origin: "rename" });
    forgetRedirects();
    expect(await findArticleRedirectRemembered(counted, "/artikel/eins")).toMatchObject({ kind: "gone" });
  });

  it("answers upload size variants by their original, and WordPress's page and feed shapes by rule", async () => {
    const [category] = await db()
      .insert(redirects)
      .values([
        { sourcePath: "/category/rathaus", targetPath: "/kategorie/rathaus", origin: "import" },
        { sourcePath: "/wp-content/uploads/2019/05/foto.jpg", targetPath: "/medien/abc/bild", origin: "import" },
        { sourcePath: "/2019/05/alter-beitrag", targetPath: "/artikel/neuer-beitrag", origin: "import" },
      ])
      .returning();
    expect(await findRedirect(db(), "/wp-content/uploads/2019/05/foto-1024x576.jpg")).toMatchObject({ target: "/medien/abc/bild" });
    expect(await findRedirect(db(), "/wp-content/uploads/2019/05/foto-scaled.jpg")).toMatchObject({ target: "/medien/abc/bild" });
    expect(await findRedirect(db(), "/wp-content/uploads/2019/05/anderes-1024x576.jpg")).toBeNull();
    expect(await findRedirect(db(), "/category/rathaus/page/3")).toEqual({ kind: "moved", id: category!.id, target: "/kategorie/rathaus/seite/3" });
    expect(await findRedirect(db(), "/category/rathaus/feed")).toMatchObject({ target: "/kategorie/rathaus/feed.xml" });
    expect(await findRedirect(db(), "/category/rathaus/feed/atom")).toMatchObject({ target: "/kategorie/rathaus/feed.atom" });
    expect(await findRedirect(db(), "/2019/05/alter-beitrag/feed")).toMatchObject({ target: "/feed.xml" });
    expect(await findRedirect(db(), "/feed")).toMatchObject({ target: "/feed.xml" });
    expect(await findRedirect(db(), "/page/2")).toMatchObject({ target: "/seite/2" });
    expect(await findRedirect(db(), "/?feed=rss2")).toMatchObject({ target: "/feed.xml" });
    expect(await findRedirect(db(), "/category/unbekannt/page/2")).toBeNull();
  });

  it("lists redirects and the 404 log to editors and admins only", async () => {
    const author = await insertUser(db(), { role: "author" });
    const editor = await insertUser(db(), { role: "editor" });
    expect(await listRedirects(db(), author, {})).toBeNull();
    expect(await listNotFound(db(), author, {})).toBeNull();
    expect(await listRedirects(db(), null, {})).toBeNull();
    await db().insert(redirects).values([
      { sourcePath: "/2019/05/a", targetPath: "/artikel/a", origin: "import" },
      { sourcePath: "/2020/01/b", targetPath: "/artikel/b", origin: "hand" },
    ]);
    expect((await listRedirects(db(), editor, { filter: "2019" }))?.rows.map((row) => row.sourcePath)).toEqual(["/2019/05/a"]);
    expect((await listRedirects(db(), editor, { filter: "%" }))?.total).toBe(0);
    expect((await listRedirects(db(), editor, {}))?.total).toBe(2);
  });
});
