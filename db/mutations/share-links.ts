// Creating and revoking a post's shareable preview link: whoever may edit the post (or publish) decides.
import "server-only";
import { eq } from "drizzle-orm";
import { can } from "@/lib/permissions";
import type { Database } from "../client";
import { posts, postShareLinks } from "../schema";
import { loadActor, refuse, type Result, type SessionRef } from "./actor";
import { tEditorial } from "@/lib/i18n";

const m = tEditorial.errors;

export const SHARE_LINK_DAYS = 7;

async function mayShare(db: Database, session: SessionRef, postId: number): Promise<Result<{ actorId: number }>> {
  const actor = await loadActor(db, session);
  if (!actor) return refuse(401, m.signedOut);
  if (!Number.isInteger(postId) || postId <= 0 || postId > 2_147_483_647) return refuse(404, m.notFound);
  const [post] = await db.select().from(posts).where(eq(posts.id, postId));
  if (!post || !can.viewPost(actor, post)) return refuse(404, m.notFound);
  if (!can.editPost(actor, post)) return refuse(403, m.forbidden);
  if (post.deletedAt) return refuse(409, m.inTrash, undefined, "invalid");
  return { ok: true, value: { actorId: actor.id } };
}

/** A new link valid for seven days; an earlier link of the post stops working. */
export async function createShareLink(db: Database, session: SessionRef, postId: number, now = new Date()): Promise<Result<{ id: number; expiresAt: Date }>> {
  const allowed = await mayShare(db, session, postId);
  if (!allowed.ok) return allowed;
  const expiresAt = new Date(now.getTime() + SHARE_LINK_DAYS * 24 * 3600_000);
  return db.transaction(async (tx) => {
    await tx.delete(postShareLinks).where(eq(postShareLinks.postId, postId));
    const [row] = await tx
      .insert(postShareLinks)
      .values({ postId, createdBy: allowed.value.actorId, expiresAt })
      .returning({ id: postShareLinks.id, expiresAt: postShareLinks.expiresAt });
    return { ok: true as const, value: row! };
  });
}

export async function revokeShareLink(db: Database, session: SessionRef, postId: number): Promise<Result<{ postId: number }>> {
  const allowed = await mayShare(db, session, postId);
  if (!allowed.ok) return allowed;
  await db.delete(postShareLinks).where(eq(postShareLinks.postId, postId));
  return { ok: true, value: { postId } };
}
