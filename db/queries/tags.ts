// Tags with how many posts carry them, for the dashboard's tags screen (which checks the session first).
import "server-only";
import { asc, count, eq, ilike, sql } from "drizzle-orm";
import { getDb } from "../connection";
import { postTags, tags } from "../schema";

export type TagRow = { id: number; name: string; slug: string; description: string; posts: number };

/** A screen's worth, by name; the filter finds the rest. */
export const TAGS_PER_SCREEN = 200;

export async function listTagsWithUsage({ q = "" }: { q?: string } = {}): Promise<{ rows: TagRow[]; total: number }> {
  const db = await getDb();
  const term = q.trim().slice(0, 60);
  const where = term ? ilike(tags.name, `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined;
  const [rows, [counted]] = await Promise.all([
    db
      .select({ id: tags.id, name: tags.name, slug: tags.slug, description: tags.description, posts: count(postTags.postId) })
      .from(tags)
      .leftJoin(postTags, eq(postTags.tagId, tags.id))
      .where(where)
      .groupBy(tags.id)
      .orderBy(asc(sql`lower(${tags.name})`), asc(tags.id))
      .limit(TAGS_PER_SCREEN),
    db.select({ n: count() }).from(tags).where(where),
  ]);
  return { rows, total: counted?.n ?? 0 };
}
