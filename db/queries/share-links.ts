// Reading shareable preview links: the editor's view of a post's link, and the post behind a link for a visitor
// without an account (signature, expiry and the link's row all checked; a revoked link has no row).
import "server-only";
import { and, eq, gt, sql } from "drizzle-orm";
import { can } from "@/lib/permissions";
import { readShareToken, shareToken } from "@/lib/share-token";
import { getDb } from "../connection";
import { posts, postShareLinks } from "../schema";
import { getPostBehindShareLink, type EditablePost } from "./dashboard-posts";
import type { CurrentUser } from "./users";

export type ShareLinkView = { token: string; expiresAt: Date };

/** The post's current link for someone who may edit the post; null when there is none, it expired, or they may not. */
export async function getShareLinkOf(actor: CurrentUser, postId: number): Promise<ShareLinkView | null> {
  const db = await getDb();
  const [row] = await db
    .select({ id: postShareLinks.id, expiresAt: postShareLinks.expiresAt, authorId: posts.authorId, status: posts.status })
    .from(postShareLinks)
    .innerJoin(posts, eq(posts.id, postShareLinks.postId))
    .where(and(eq(postShareLinks.postId, postId), gt(postShareLinks.expiresAt, sql`now()`)));
  if (!row || !can.editPost(actor, row)) return null;
  return { token: shareToken(row.id, row.expiresAt), expiresAt: row.expiresAt };
}

/** The link's row id when the token is well-signed, unexpired and not revoked; null otherwise. */
export async function findShareLink(token: string): Promise<{ postId: number } | null> {
  const id = readShareToken(token);
  if (id === null) return null;
  const db = await getDb();
  const [row] = await db
    .select({ postId: postShareLinks.postId })
    .from(postShareLinks)
    .where(and(eq(postShareLinks.id, id), gt(postShareLinks.expiresAt, sql`now()`)));
  return row ?? null;
}

export async function getSharedPost(token: string): Promise<EditablePost | null> {
  const link = await findShareLink(token);
  return link ? getPostBehindShareLink(link.postId) : null;
}
