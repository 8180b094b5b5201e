// Writes of an import from another system (WordPress): who may import (admins), the system account that acts for
// the command line, authors without a password, posts with their own author, status and dates, and the mapping from
// source ids to Blattwerk rows. Every post passes the editor's own validation; each item is one transaction.
import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { can, type Actor } from "@/lib/permissions";
import { tEditorial } from "@/lib/i18n";
import type { Database } from "../client";
import { categories, comments, importMappings, media, postCategories, posts, postTags, redirects, tags, users, type Post } from "../schema";
import { freeArticleAddress } from "./redirects";
import { loadActor, refuse, withSlugClashRefused, type Result, type SessionRef } from "./actor";
import { fieldErrorsOf, postInputSchema } from "./post-input";
import { checkReferences, setAttachments, setCategories } from "./posts";
import { recordRevision as keepRevision, type Tx } from "./revisions";
import { resolveTags, setPostTags } from "./tags";
import { normaliseEmail } from "./sign-in";
import { freeSlug } from "./users";

const m = tEditorial.errors;

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
  /** The post's old addresses (normalised paths: `_wp_old_slug` in the old permalink shape): they answer 301. */
  oldPaths: string[];
  /** Tags the import created from the source's terms, in order; names in the input's tags are found or created. */
  tagIds?: number[];
  /** „Angeheftet“ since then (a sticky post); null for none. Only a published post keeps a pin. */
  pinnedAt?: Date | null;
  checksum: string;
};

/** The post as saved, and the counts of its comments when they were given and written in the same transaction. */
export type SavedImport = { id: number; slug: string; version: number; comments: CommentCounts | null };

async function keepOldPaths(tx: Tx, postId: number, current: string, oldPaths: string[]): Promise<void> {
  await freeArticleAddress(tx, current);
  const candidates = oldPaths.filter((path) => path !== `/artikel/${current}`);
  if (candidates.length === 0) return;
  const articleSlugs = candidates.flatMap((path) => (path.startsWith("/artikel/") ? [path.slice("/artikel/".length)] : []));
  const taken = new Set(
    articleSlugs.length ? (await tx.select({ slug: posts.slug }).from(posts).where(inArray(posts.slug, articleSlugs))).map((r) => `/artikel/${r.slug}`) : [],
  );
  const free = [...new Set(candidates)].filter((path) => !taken.has(path));
  if (free.length === 0) return;
  // An address another post or redirect already answers for keeps its meaning: the import takes none away.
  await tx
    .insert(redirects)
    .values(free.map((sourcePath) => ({ sourcePath, targetPath: `/artikel/${current}`, status: 301, postId, origin: "import" as const })))
    .onConflictDoNothing();
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
  comments?: { source: string; items: ImportedComment[] },
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
  const tagIds = [...new Set(post.tagIds ?? [])];
  // The same for tag names, where the tags are known before the transaction (names typed in the input are resolved
  // inside it, and the trigger writes them).
  const tagNames = new Map(tagIds.length ? (await db.select({ id: tags.id, name: tags.name }).from(tags).where(inArray(tags.id, tagIds))).map((t) => [t.id, t.name]) : []);
  const columns = {
    categoryNames: input.categoryIds.map((id) => names.get(id) ?? "").join(" "),
    tagNames: input.tags.length === 0 ? tagIds.map((id) => tagNames.get(id) ?? "").join(" ") : "",
    pinnedAt: post.status === "published" ? (post.pinnedAt ?? null) : null,
    title: input.title,
    slug: input.slug,
    excerpt: input.excerpt,
    body: input.body,
    coverMediaId: input.coverMediaId,
    seoTitle: input.seoTitle,
    seoDescription: input.seoDescription,
    noindex: input.noindex,
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
      const allTags = [...new Set([...tagIds, ...(await resolveTags(tx, input.tags))])];
      if (existing) await setPostTags(tx, post_.id, allTags);
      else if (allTags.length > 0) await tx.insert(postTags).values(allTags.map((tagId, position) => ({ postId: post_.id, tagId, position })));
      await keepOldPaths(tx, post_.id, post_.slug, post.oldPaths);
      if (post_.status === "published") {
        await keepRevision(tx, "post", post_.id, allowed.value.id, {
          ...post_,
          details: {
            categoryIds: input.categoryIds,
            tagIds: allTags,
            seriesId: post_.seriesId,
            seriesPosition: post_.seriesPosition,
            coverMediaId: post_.coverMediaId,
            attachmentIds: input.attachmentIds,
            publishedAt: post_.publishedAt?.toISOString() ?? null,
            seo: { seoTitle: post_.seoTitle, seoDescription: post_.seoDescription, socialMediaId: post_.socialMediaId, noindex: post_.noindex },
          },
        });
      }
      await saveMapping(tx, key, { targetId: saved!.id, checksum: post.checksum, targetVersion: saved!.version });
      // The post's comments ride along in its transaction: one commit for both, no second check of the importer.
      const commentCounts = comments && comments.items.length > 0 ? await writeImportedComments(tx, comments.source, saved!.id, comments.items) : null;
      return { ok: true as const, value: { id: saved!.id, slug: saved!.slug, version: saved!.version, comments: commentCounts } };
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

export type ImportedComment = {
  /** WordPress's comment id, the mapping's key. */
  sourceKey: string;
  /** The WordPress id of the comment it answers; null for a new thread. */
  parentKey: string | null;
  authorName: string;
  authorEmail: string;
  userId: number | null;
  body: string;
  status: "approved" | "pending";
  createdAt: Date;
  checksum: string;
};

export type CommentCounts = { created: number; updated: number; unchanged: number };

function commentColumns(postId: number, root: number | null, item: ImportedComment) {
  return {
    postId,
    parentId: root,
    userId: item.userId,
    authorName: item.authorName,
    authorEmail: item.authorEmail,
    body: item.body,
    status: item.status,
    createdAt: item.createdAt,
    updatedAt: item.createdAt,
  };
}

/**
 * A post's comments from another system, in one transaction with their mappings. Threads stay one level deep as in
 * Blattwerk: a reply to a reply joins its thread's first comment; a reply whose thread is not among them stands
 * alone. Known comments are updated only when the source changed; one an editor deleted since is not brought back.
 */
export async function saveImportedComments(
  db: Database,
  session: SessionRef,
  source: string,
  postId: number,
  items: ImportedComment[],
): Promise<Result<CommentCounts>> {
  const allowed = await authoriseImport(db, session);
  if (!allowed.ok) return allowed;
  if (items.length === 0) return { ok: true, value: { created: 0, updated: 0, unchanged: 0 } };
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local synchronous_commit = off`);
    return { ok: true as const, value: await writeImportedComments(tx, source, postId, items) };
  });
}

async function writeImportedComments(tx: Tx, source: string, postId: number, items: ImportedComment[]): Promise<CommentCounts> {
  const counts: CommentCounts = { created: 0, updated: 0, unchanged: 0 };
  const keys = items.map((item) => item.sourceKey);
  const mapped = new Map(
    (
      await tx
        .select({ sourceKey: importMappings.sourceKey, targetId: importMappings.targetId, checksum: importMappings.checksum })
        .from(importMappings)
        .where(and(eq(importMappings.source, source), eq(importMappings.kind, "comment"), inArray(importMappings.sourceKey, keys)))
    ).map(({ sourceKey, ...mapping }) => [sourceKey, mapping]),
  );
  const existing = new Set(
    mapped.size ? (await tx.select({ id: comments.id }).from(comments).where(inArray(comments.id, [...mapped.values()].map((m) => m.targetId)))).map((r) => r.id) : [],
  );
  // Blattwerk id and thread root of every comment written so far, by WordPress id.
  const written = new Map<string, { id: number; root: number }>();
  const parentOf = new Map(items.map((item) => [item.sourceKey, item.parentKey]));
  const byKey = new Map(items.map((item) => [item.sourceKey, item]));
  // Parents before their replies, whatever order the export has them in.
  const ordered: ImportedComment[] = [];
  const placed = new Set<string>();
  const place = (item: ImportedComment, depth = 0) => {
    if (placed.has(item.sourceKey) || depth > 50) return;
    const parent = item.parentKey ? byKey.get(item.parentKey) : undefined;
    if (parent) place(parent, depth + 1);
    placed.add(item.sourceKey);
    ordered.push(item);
  };
  for (const item of items) place(item);
  // New comments are written a generation at a time, a thread's first comments and then the replies to them, each
  // generation in one statement; a long thread would otherwise cost a round trip per comment.
  const rootOf = (item: ImportedComment): { root: number | null; pending: boolean } => {
    for (let key = item.parentKey, hops = 0; key && hops < 50; key = parentOf.get(key) ?? null, hops++) {
      const parent = written.get(key);
      if (parent) return { root: parent.root, pending: false };
      if (byKey.has(key) && !skippedKeys.has(key)) return { root: null, pending: true };
    }
    return { root: null, pending: false };
  };
  const skippedKeys = new Set<string>();
  const mappingsToSave: { sourceKey: string; targetId: number; checksum: string }[] = [];
  let remaining = ordered;
  while (remaining.length > 0) {
    const generation: { item: ImportedComment; root: number | null }[] = [];
    const later: ImportedComment[] = [];
    for (const item of remaining) {
      const { root, pending } = rootOf(item);
      if (pending) later.push(item);
      else generation.push({ item, root });
    }
    if (generation.length === 0) {
      // Parents that name each other in a circle: each stands alone, as a reply without its thread would.
      generation.push(...later.map((item) => ({ item, root: null })));
      later.length = 0;
    }
    const inserts: { item: ImportedComment; root: number | null }[] = [];
    for (const { item, root } of generation) {
      const mapping = mapped.get(item.sourceKey);
      if (mapping && existing.has(mapping.targetId)) {
        if (mapping.checksum === item.checksum) counts.unchanged++;
        else {
          await tx.update(comments).set(commentColumns(postId, root, item)).where(eq(comments.id, mapping.targetId));
          counts.updated++;
          mappingsToSave.push({ sourceKey: item.sourceKey, targetId: mapping.targetId, checksum: item.checksum });
        }
        written.set(item.sourceKey, { id: mapping.targetId, root: root ?? mapping.targetId });
      } else if (mapping) {
        // Deleted in Blattwerk since the last import: it stays deleted, and so do replies that had only it above them.
        counts.unchanged++;
        skippedKeys.add(item.sourceKey);
      } else {
        inserts.push({ item, root });
      }
    }
    if (inserts.length > 0) {
      // PostgreSQL returns the rows of one INSERT … VALUES in the order given.
      const rows = await tx
        .insert(comments)
        .values(inserts.map(({ item, root }) => commentColumns(postId, root, item)))
        .returning({ id: comments.id });
      inserts.forEach(({ item, root }, index) => {
        const id = rows[index]!.id;
        written.set(item.sourceKey, { id, root: root ?? id });
        mappingsToSave.push({ sourceKey: item.sourceKey, targetId: id, checksum: item.checksum });
      });
      counts.created += inserts.length;
    }
    remaining = later;
  }
  if (mappingsToSave.length > 0) {
    await tx
      .insert(importMappings)
      .values(mappingsToSave.map(({ sourceKey, targetId, checksum }) => ({ source, kind: "comment" as const, sourceKey, targetId, checksum, targetVersion: null })))
      .onConflictDoUpdate({
        target: [importMappings.source, importMappings.kind, importMappings.sourceKey],
        set: { targetId: sql`excluded.target_id`, checksum: sql`excluded.checksum`, targetVersion: null, updatedAt: new Date() },
      });
  }
  return counts;
}
