// „Angeheftet“: editors and admins pin a published post to the head of the front page, and unpin it. The pin is not
// part of the post's versioned content, so it never collides with someone editing the text.
import "server-only";
import { eq } from "drizzle-orm";
import { can } from "@/lib/permissions";
import type { Database } from "../client";
import { posts } from "../schema";
import { loadActor, refuse, type Result, type SessionRef } from "./actor";
import { tEditorial, tTaxonomy } from "@/lib/i18n";

const m = tEditorial.errors;

export async function setPostPinned(
  db: Database,
  session: SessionRef,
  postId: number,
  pinned: boolean,
  now = new Date(),
): Promise<Result<{ pinnedAt: Date | null }>> {
  const actor = await loadActor(db, session);
  if (!actor) return refuse(401, m.signedOut);
  if (!Number.isInteger(postId) || postId <= 0 || postId > 2_147_483_647) return refuse(404, m.notFound);
  const [post] = await db.select({ id: posts.id, authorId: posts.authorId, status: posts.status, deletedAt: posts.deletedAt, pinnedAt: posts.pinnedAt }).from(posts).where(eq(posts.id, postId));
  if (!post || !can.viewPost(actor, post)) return refuse(404, m.notFound);
  if (!can.publish(actor)) return refuse(403, m.forbidden);
  if (pinned && (post.status !== "published" || post.deletedAt)) return refuse(409, tTaxonomy.pins.onlyPublished, undefined, "invalid");
  // Pinning a pinned post again keeps its place among the pins.
  const pinnedAt = pinned ? (post.pinnedAt ?? now) : null;
  if ((post.pinnedAt?.getTime() ?? null) !== (pinnedAt?.getTime() ?? null)) await db.update(posts).set({ pinnedAt }).where(eq(posts.id, postId));
  return { ok: true, value: { pinnedAt } };
}
