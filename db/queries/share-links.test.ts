import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { testDrivers, freshDatabaseFor } from "../testing/databases";
import { insertPost, insertUser } from "../testing/fixtures";
import { createShareLink, revokeShareLink } from "../mutations/share-links";
import { setConfigForTests } from "@/lib/config";
import { shareToken } from "@/lib/share-token";
import { findShareLink, getShareLinkOf, getSharedPost } from "./share-links";
import type { CurrentUser } from "./users";

describe.each(testDrivers)("shareable preview links on %s", (driver) => {
  const { db } = freshDatabaseFor(driver);
  let editor: CurrentUser;
  let author: CurrentUser;
  let other: CurrentUser;

  beforeAll(() => {
    setConfigForTests({ ...process.env, AUTH_SECRET: process.env.AUTH_SECRET || "ein-geheimnis-nur-fuer-tests" });
  });
  afterAll(() => setConfigForTests());
  beforeEach(async () => {
    const as = (row: { id: number; role: CurrentUser["role"]; displayName: string; email: string }) => ({ id: row.id, role: row.role, displayName: row.displayName, email: row.email });
    editor = as(await insertUser(db(), { role: "editor" }));
    author = as(await insertUser(db(), { role: "author" }));
    other = as(await insertUser(db(), { role: "author" }));
  });

  it("shows the current draft to anyone with the link, for seven days", async () => {
    const post = await insertPost(db(), { authorId: author.id, status: "draft", publishedAt: null, title: "Noch geheim" });
    const created = await createShareLink(db(), author, post.id);
    expect(created.ok).toBe(true);
    const link = await getShareLinkOf(author, post.id);
    expect(link).not.toBeNull();
    expect(link!.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600_000);
    expect((await getSharedPost(link!.token))?.input.title).toBe("Noch geheim");
    // Someone who may not edit the post is not shown its link.
    expect(await getShareLinkOf(other, post.id)).toBeNull();
  });

  it("answers nothing for an expired, revoked, replaced or tampered link", async () => {
    const post = await insertPost(db(), { authorId: author.id, status: "draft", publishedAt: null });
    await createShareLink(db(), editor, post.id, new Date(Date.now() - 8 * 24 * 3600_000));
    expect(await getShareLinkOf(editor, post.id)).toBeNull();
    const expired = await db().query.postShareLinks.findFirst();
    expect(await findShareLink(shareToken(expired!.id, expired!.expiresAt))).toBeNull();
    // A token claiming a later expiry than its row fails the signature.
    expect(await getSharedPost(shareToken(expired!.id, expired!.expiresAt).replace(/\.\d+\./, `.${Math.floor(Date.now() / 1000) + 3600}.`))).toBeNull();

    await createShareLink(db(), editor, post.id);
    const { token } = (await getShareLinkOf(editor, post.id))!;
    expect(await getSharedPost(token)).not.toBeNull();
    const [id, expires, signature] = token.split(".");
    for (const forged of [
      `${Number(id) + 1}.${expires}.${signature}`,
      `${id}.${Number(expires) + 60}.${signature}`,
      `${id}.${expires}.${signature!.slice(0, -1)}${signature!.endsWith("A") ? "B" : "A"}`,
      `${id}.${expires}`,
      "",
      "1.1.x",
      shareToken(Number(id), new Date(Number(expires) * 1000), "ein-anderes-geheimnis"),
    ]) {
      expect(await getSharedPost(forged)).toBeNull();
    }
    // Renewing replaces the old link; revoking ends the new one at once.
    await createShareLink(db(), editor, post.id);
    expect(await getSharedPost(token)).toBeNull();
    const renewed = (await getShareLinkOf(editor, post.id))!.token;
    expect(await getSharedPost(renewed)).not.toBeNull();
    expect((await revokeShareLink(db(), editor, post.id)).ok).toBe(true);
    expect(await getSharedPost(renewed)).toBeNull();
  });

  it("lets only those who may edit the post create or revoke its link", async () => {
    const draft = await insertPost(db(), { authorId: author.id, status: "draft", publishedAt: null });
    const live = await insertPost(db(), { authorId: author.id });
    expect(await createShareLink(db(), null, draft.id)).toMatchObject({ ok: false, status: 401 });
    expect(await createShareLink(db(), other, draft.id)).toMatchObject({ ok: false, status: 404 });
    expect(await createShareLink(db(), author, live.id)).toMatchObject({ ok: false, status: 403 });
    expect(await db().query.postShareLinks.findMany()).toEqual([]);
    await createShareLink(db(), editor, draft.id);
    expect(await revokeShareLink(db(), other, draft.id)).toMatchObject({ ok: false, status: 404 });
    expect((await db().query.postShareLinks.findMany()).length).toBe(1);
  });

  it("does not show a trashed post", async () => {
    const post = await insertPost(db(), { authorId: author.id, status: "draft", publishedAt: null, deletedAt: null });
    await createShareLink(db(), editor, post.id);
    const { token } = (await getShareLinkOf(editor, post.id))!;
    await db().execute(`update posts set deleted_at = now() where id = ${post.id}`);
    expect(await getSharedPost(token)).toBeNull();
  });
});
