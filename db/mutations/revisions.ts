// Versioned saves and revisions for every kind of content (posts, pages): one table, one code path, keyed by kind.
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { pages, posts, revisions, type RevisionDetails, type RevisionStatus } from "../schema";

export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

const contentTables = { post: posts, page: pages };

export type ContentKind = keyof typeof contentTables;
type ContentRow<K extends ContentKind> = (typeof contentTables)[K]["$inferSelect"];
type ContentChanges<K extends ContentKind> = Partial<(typeof contentTables)[K]["$inferInsert"]>;

/** What a revision keeps beside the shared fields, per kind: a page has nothing more. */
export type DetailsOf<K extends ContentKind> = K extends "post" ? RevisionDetails : Record<string, never>;

/** The column of `revisions` that names content of this kind. */
export function revisionOwner(kind: ContentKind) {
  return kind === "post" ? revisions.postId : revisions.pageId;
}

/**
 * Writes the row only if nobody saved in between: the where clause carries the version the editor started from,
 * and the version goes up by one. Null when the row has moved on (or is gone): the caller answers 409.
 */
export async function writeVersioned<K extends ContentKind>(
  tx: Tx,
  kind: K,
  id: number,
  expectedVersion: number,
  changes: ContentChanges<K>,
): Promise<ContentRow<K> | null> {
  // Both tables share id, version and updated_at; drizzle's types cannot follow a table chosen at run time.
  const table = contentTables[kind] as typeof posts;
  const [updated] = await tx
    .update(table)
    .set({ ...(changes as ContentChanges<"post">), version: sql`${table.version} + 1`, updatedAt: new Date() })
    .where(and(eq(table.id, id), eq(table.version, expectedVersion)))
    .returning();
  return (updated as ContentRow<K> | undefined) ?? null;
}

export type RevisionSnapshot<K extends ContentKind> = {
  version: number;
  title: string;
  slug: string;
  excerpt?: string;
  body: string;
  status: RevisionStatus;
  details: DetailsOf<K>;
};

/** Keeps a full snapshot of the content as saved, with who saved it. */
export async function recordRevision<K extends ContentKind>(
  tx: Database | Tx,
  kind: K,
  contentId: number,
  editorId: number | null,
  snapshot: RevisionSnapshot<K>,
): Promise<void> {
  await tx.insert(revisions).values({
    postId: kind === "post" ? contentId : null,
    pageId: kind === "page" ? contentId : null,
    editorId,
    version: snapshot.version,
    title: snapshot.title,
    slug: snapshot.slug,
    excerpt: snapshot.excerpt ?? "",
    body: snapshot.body,
    status: snapshot.status,
    details: snapshot.details,
  });
}

export type StoredRevision<K extends ContentKind> = RevisionSnapshot<K> & { id: number; excerpt: string };

/** One revision, only if it belongs to this content: a revision id from another post or page is unknown here. */
export async function findRevision<K extends ContentKind>(
  db: Database | Tx,
  kind: K,
  contentId: number,
  revisionId: number,
): Promise<StoredRevision<K> | null> {
  if (!Number.isInteger(revisionId) || revisionId <= 0 || revisionId > 2_147_483_647) return null;
  const [row] = await db
    .select({
      id: revisions.id,
      version: revisions.version,
      title: revisions.title,
      slug: revisions.slug,
      excerpt: revisions.excerpt,
      body: revisions.body,
      status: revisions.status,
      details: revisions.details,
    })
    .from(revisions)
    .where(and(eq(revisions.id, revisionId), eq(revisionOwner(kind), contentId)));
  return row ? { ...row, details: row.details as DetailsOf<K> } : null;
}
