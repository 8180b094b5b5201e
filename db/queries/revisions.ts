// The dashboard's reads of revisions, for posts and pages alike; callers check first that the user may see the content.
import "server-only";
import { desc, eq } from "drizzle-orm";
import { revisionOwner, type ContentKind, type DetailsOf } from "../mutations/revisions";
import { getDb } from "../connection";
import { revisions, users } from "../schema";

export type RevisionSummary = { id: number; version: number; editorName: string | null; createdAt: Date; title: string };
export type RevisionFull<K extends ContentKind = ContentKind> = RevisionSummary & {
  slug: string;
  excerpt: string;
  body: string;
  details: DetailsOf<K>;
};

/** Every revision of one post or page, newest first. */
export async function listRevisionsOf<K extends ContentKind>(kind: K, contentId: number): Promise<RevisionFull<K>[]> {
  const db = await getDb();
  const rows = await db
    .select({
      id: revisions.id,
      version: revisions.version,
      editorName: users.displayName,
      createdAt: revisions.createdAt,
      title: revisions.title,
      slug: revisions.slug,
      excerpt: revisions.excerpt,
      body: revisions.body,
      details: revisions.details,
    })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.editorId))
    .where(eq(revisionOwner(kind), contentId))
    .orderBy(desc(revisions.id));
  return rows.map((row) => ({ ...row, details: row.details as DetailsOf<K> }));
}
