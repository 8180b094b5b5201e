// Former article addresses, answered in proxy.ts before any page renders: 301 to a renamed post, 410 for a deleted one.
import { eq, sql } from "drizzle-orm";
import { shortLivedCache } from "@/lib/short-lived-cache";
import type { Database } from "../client";
import { posts, postSlugHistory } from "../schema";
import { readerVisibleAndDue } from "./visibility";

export type FormerSlug = { kind: "gone" } | { kind: "moved"; slug: string } | null;

/** One primary-key lookup in a small table (plus the post it points to). */
export async function findFormerSlug(db: Database, slug: string): Promise<FormerSlug> {
  const [row] = await db
    .select({ postId: postSlugHistory.postId, current: posts.slug, visible: sql<boolean>`coalesce(${readerVisibleAndDue}, false)` })
    .from(postSlugHistory)
    .leftJoin(posts, eq(posts.id, postSlugHistory.postId))
    .where(eq(postSlugHistory.slug, slug));
  if (!row) return null;
  if (row.postId === null) return { kind: "gone" };
  // A renamed post that is not public (unpublished, trashed) keeps its secret: the old address is simply not found.
  return row.visible && row.current && row.current !== slug ? { kind: "moved", slug: row.current } : null;
}

// The proxy asks this before every article request, and nearly every answer is "no, a current address" and repeats: it
// is remembered for a few seconds per process. Post changes clear it in the process that made them (forgetFormerSlugs),
// so other instances see a rename or deletion at most that much later; meanwhile the page itself redirects a renamed
// post (getMovedPostSlug) and shows a deleted one as not found.
const remembered = shortLivedCache<FormerSlug>({ name: "former-slugs", ttlMs: 5_000, maxEntries: 10_000 });

export function findFormerSlugRemembered(db: () => Promise<Database>, slug: string): Promise<FormerSlug> {
  return remembered.get(slug, async () => findFormerSlug(await db(), slug));
}

export function forgetFormerSlugs(): void {
  remembered.clear();
}
