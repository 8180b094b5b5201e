// Writes of an import from another system (WordPress): who may import (admins), the system account that acts for
// the command line, authors without a password, posts with their own author, status and dates, and the mapping from
// source ids to Blattwerk rows. Every post passes the editor's own validation; each item is one transaction.
import { and, eq, inArray, sql } from "drizzle-orm";
import { can, type Actor } from "@/lib/permissions";
import { deEditorial } from "@/lib/i18n/de";
import type { Database } from "../client";
import { categories, importMappings, media, postCategories, posts, postSlugHistory, users, type Post } from "../schema";
import { loadActor, refuse, withSlugClashRefused, type Result, type SessionRef } from "./actor";
import { fieldErrorsOf, postInputSchema } from "./post-input";
import { checkReferences, setAttachments, setCategories } from "./posts";
import { recordRevision as keepRevision, type Tx } from "./revisions";
import { normaliseEmail } from "./sign-in";
import { freeSlug } from "./users";

const m = deEditorial.errors;

/** The account imports act as: an admin without a password, so nobody can sign in with it. */
export const IMPORT_ACCOUNT_EMAIL = "import@blattwerk.invalid";

export type Mapping = { targetId: number; checksum: string; targetVersion: number | null };
export type MappingKey = { source: string; kind: string; sourceKey: string };

/** For the trusted command line only: the system account the import's writes are attributed to. */
export async function ensureImportAccount(db: Database): Promise<{ id: number }> {
  await db
    .insert(users)
    .values({ email: IMPORT_ACCOUNT_EMAIL, displayName: "Import", slug: "import-konto", role: "admin", passwordHash: null })
    .onConflictDoNothing({ target: users.email });
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, IMPORT_ACCOUNT_EMAIL));
  return row!;
}

export async function authoriseImport(db: Database | Tx, session: SessionRef): Promise<Result<Actor>> {
  const actor = await loadActor(db as Database, session);
  if (!actor) return refuse(401, m.signedOut);
  if (actor.role !== "admin") return refuse(403, m.forbidden);
  return { ok: true, value: actor };
}

/** Every mapping of one kind from one source, for the importer to tell new items from known ones in one query. */
export async function loadMappings(db: Database, source: string, kind: string): Promise<Map<string, Mapping>> {
  const rows = await db
    .select({ sourceKey: importMappings.sourceKey, targetId: importMappings.targetId, checksum: importMappings.checksum, targetVersion: importMappings.targetVersion })
    .from(importMappings)
    .where(and(eq(importMappings.source, source), eq(importMappings.kind, kind)));
  return new Map(rows.map(({ sourceKey, ...mapping }) => [sourceKey, mapping]));
}

export async function saveMapping(db: Database | Tx, key: MappingKey, mapping: Mapping): Promise<void> {
  await db
    .insert(importMappings)
    .values({ ...key, ...mapping })
    .onConflictDoUpdate({
      target: [importMappings.source, importMappings.kind, importMappings.sourceKey],
      set: { ...mapping, updatedAt: new Date() },
    });
}

export type ImportedAuthor = { email: string; displayName: string };

/**
 * The account of an imported author: an existing one with the same e-mail address is used as it is; otherwise an
 * author account without a password, so nobody can sign in with it until an admin sets one.
 */
export async function importAuthor(db: Database, session: SessionRef, key: MappingKey, input: ImportedAuthor): Promise<Result<{ id: number; created: boolean }>> {
  const allowed = await authoriseImport(db, session);
  if (!allowed.ok) return allowed;
  const email = normaliseEmail(input.email);
  const displayName = input.displayName.trim().slice(0, 120) || email.split("@")[0]!;
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
    let id = existing?.id;
    if (id === undefined) {
      const [row] = await tx
        .insert(users)
        .values({ email, displayName, slug: await freeSlug(tx as unknown as Database, displayName), role: "author", passwordHash: null })
        .returning({ id: users.id });
      id = row!.id;
    }
    await saveMapping(tx, key, { targetId: id, checksum: "", targetVersion: null });
    return { ok: true as const, value: { id, created: existing === undefined } };
  });
}

export type ImportedPost = {
  /** What the editor would send: title, slug, excerpt, body, categories, cover, downloads. */
  input: unknown;
  authorId: number;
  status: Post["status"];
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** Former slugs of the post: their /artikel/ addresses answer 301, as for a post renamed here. */
  oldSlugs: string[];
  checksum: string;
};

export type SavedImport = { id: number; slug: string; version: number };

async function keepOldSlugs(tx: Tx, postId: number, current: string, oldSlugs: string[]): Promise<void> {
  await tx.delete(postSlugHistory).where(eq(postSlugHistory.slug, current));
  if (oldSlugs.length === 0) return;
  const taken = new Set((await tx.select({ slug: posts.slug }).from(posts).where(inArray(posts.slug, oldSlugs))).map((r) => r.slug));
  for (const slug of oldSlugs) {
    if (slug === current || taken.has(slug)) continue;
    // A slug another post already answers for keeps its meaning: the import does not take addresses away.
    await tx.insert(postSlugHistory).values({ slug, postId }).onConflictDoNothing();
  }
}

/**
 * Creates or updates an imported post in one transaction with its mapping. An update names the version the import
 * wrote last time: a post an editor has changed since is refused with 409 and stays as the editor left it.
 */
export async function saveImportedPost(
  db: Database,
  session: SessionRef,
  key: MappingKey,
  existing: Mapping | null,
  post: ImportedPost,
): Promise<Result<SavedImport>> {
  const allowed = await authoriseImport(db, session);
  if (!allowed.ok) return allowed;
  if (!can.publish(allowed.value)) return refuse(403, m.forbidden);
  const parsed = postInputSchema.safeParse(post.input);
  if (!parsed.success) return refuse(422, m.invalid, fieldErrorsOf(parsed.error));
  const input = parsed.data;
  const missing = await checkReferences(db, input);
  if (missing) return refuse(422, m.invalid, missing);
  // The search document's category names, as the post_categories trigger would write them right after the insert:
  // written with the row, the trigger finds nothing to change and the post's text is not indexed a second time.
  const names = new Map((await db.select({ id: categories.id, name: categories.name }).from(categories).where(inArray(categories.id, input.categoryIds))).map((c) => [c.id, c.name]));
  const columns = {
    categoryNames: input.categoryIds.map((id) => names.get(id) ?? "").join(" "),
    title: input.title,
    slug: input.slug,
    excerpt: input.excerpt,
    body: input.body,
    coverMediaId: input.coverMediaId,
    authorId: post.authorId,
    status: post.status,
    publishedAt: post.publishedAt,
    updatedAt: post.updatedAt,
  };
  return withSlugClashRefused(() =>
    db.transaction(async (tx) => {
      // A bulk import need not wait for each commit to reach the disk: after a crash the rerun writes what was lost.
      await tx.execute(sql`set local synchronous_commit = off`);
      let saved: Post | undefined;
      if (existing) {
        [saved] = await tx
          .update(posts)
          .set({ ...columns, version: sql`${posts.version} + 1` })
          .where(and(eq(posts.id, existing.targetId), eq(posts.version, existing.targetVersion ?? 1)))
          .returning();
        if (!saved) return refuse(409, m.stale);
      } else {
        [saved] = await tx.insert(posts).values({ ...columns, createdAt: post.createdAt }).returning();
      }
      const post_ = saved!;
      // A new post has no categories or downloads yet: only an update clears the old ones first.
      if (existing) await setCategories(tx, post_.id, input.categoryIds);
      else await tx.insert(postCategories).values(input.categoryIds.map((categoryId, position) => ({ postId: post_.id, categoryId, position })));
      if (existing || input.attachmentIds.length > 0) await setAttachments(tx, post_.id, input.attachmentIds);
      await keepOldSlugs(tx, post_.id, post_.slug, post.oldSlugs);
      if (post_.status === "published") {
        await keepRevision(tx, "post", post_.id, allowed.value.id, {
          ...post_,
          details: {
            categoryIds: input.categoryIds,
            seriesId: post_.seriesId,
            seriesPosition: post_.seriesPosition,
            coverMediaId: post_.coverMediaId,
            attachmentIds: input.attachmentIds,
            publishedAt: post_.publishedAt?.toISOString() ?? null,
          },
        });
      }
      await saveMapping(tx, key, { targetId: saved!.id, checksum: post.checksum, targetVersion: saved!.version });
      return { ok: true as const, value: { id: saved!.id, slug: saved!.slug, version: saved!.version } };
    }),
  );
}

/** Whether the row a mapping names still exists (an editor may have deleted it): else the import creates it anew. */
export async function mappedPost(db: Database, id: number): Promise<{ id: number; version: number; slug: string } | null> {
  const [row] = await db.select({ id: posts.id, version: posts.version, slug: posts.slug }).from(posts).where(eq(posts.id, id));
  return row ?? null;
}

export type ImportedMediaDetails = { alt: string; caption: string; credit: string; title: string };

/** Fills in what the source says about a file where the library has nothing yet; editors' own words stay. */
export async function describeImportedMedia(db: Database | Tx, session: SessionRef, id: number, details: ImportedMediaDetails): Promise<Result<{ id: number }>> {
  const allowed = await authoriseImport(db, session);
  if (!allowed.ok) return allowed;
  const fill = (column: typeof media.alt | typeof media.caption | typeof media.credit | typeof media.title, value: string, max: number) =>
    value ? sql`case when ${column} = '' then ${value.trim().slice(0, max)} else ${column} end` : column;
  await db
    .update(media)
    .set({
      alt: fill(media.alt, details.alt, 300),
      caption: fill(media.caption, details.caption, 500),
      credit: fill(media.credit, details.credit, 200),
      title: fill(media.title, details.title, 200),
    })
    .where(eq(media.id, id));
  return { ok: true, value: { id } };
}
