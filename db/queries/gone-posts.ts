// Whether an article address belonged to a post that was deleted for good (answered with 410 Gone by proxy.ts).
import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "../client";
import { postSlugHistory } from "../schema";

export async function isDeletedPostSlug(db: Database, slug: string): Promise<boolean> {
  const [row] = await db
    .select({ slug: postSlugHistory.slug })
    .from(postSlugHistory)
    .where(and(eq(postSlugHistory.slug, slug), isNull(postSlugHistory.postId)));
  return Boolean(row);
}
