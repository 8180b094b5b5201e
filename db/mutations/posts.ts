// Every write to posts: each checks who acts and what they may do, carries the version it started from, and keeps revisions.
import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { withoutNul } from "@/lib/input-text";
import { can, type Actor } from "@/lib/permissions";
import { tEditorial } from "@/lib/i18n";
import { isPlaceholderSlug, placeholderSlug, slugFromTitle } from "@/lib/slug";
import type { Database } from "../client";
import { categories, media, postAttachments, postCategories, posts, postTags, revisions, series, tags, type Post } from "../schema";
import { freeArticleAddress, keepRenamedPostAddress, markPostGone } from "./redirects";
import { recordAudit } from "./audit";
import { loadActor, refuse, withSlugClashRefused, type Result, type SessionRef } from "./actor";
import { fieldErrorsOf, missingForPublishing, postInputSchema, type PostInput } from "./post-input";
import { findRevision, recordRevision as keepRevision, writeVersioned, type Tx } from "./revisions";
import { resolveTags, setPostTags } from "./tags";

const m = tEditorial.errors;

export type SavedPost = { id: number; version: number; slug: string; updatedAt: Date };

/** Autosaves of a draft keep at most one revision per this span of editing; explicit saves always keep one. */
export const AUTOSAVE_REVISION_SPAN_MS = 10 * 60 * 1000;


/** Categories, series, cover and downloads named by the input exist and fit; field messages otherwise. */
export async function checkReferences(db: Database | Tx, input: PostInput): Promise<Record<string, string> | null> {
  if (input.categoryIds.length > 0) {
    const found = await db.select({ id: categories.id }).from(categories).where(inArray(categories.id, input.categoryIds));
    if (found.length !== input.categoryIds.length) return { categoryIds: m.categoryUnknown };
  }
  if (input.seriesId !== null) {
    const [row] = await db.select({ id: series.id }).from(series).where(eq(series.id, input.seriesId));
    if (!row) return { seriesId: m.seriesUnknown };
  }
  if (input.coverMediaId !== null) {
    const [cover] = await db
      .select({ kind: media.kind, alt: media.alt, decorative: media.decorative })
      .from(media)
      .where(eq(media.id, input.coverMediaId));
    if (!cover || cover.kind !== "image") return { coverMediaId: tEditorial.media.coverNotImage };
    // Readers must learn what the picture shows: no cover without alt text or an explicit „dekorativ“.
    if (!cover.decorative && cover.alt === "") return { coverMediaId: tEditorial.media.coverNeedsAlt };
  }
  if (input.socialMediaId !== null) {
    const [image] = await db
      .select({ kind: media.kind, alt: media.alt, decorative: media.decorative })
      .from(media)
      .where(eq(media.id, input.socialMediaId));
    if (!image || image.kind !== "image") return { socialMediaId: tEditorial.media.coverNotImage };
    if (!image.decorative && image.alt === "") return { socialMediaId: tEditorial.media.coverNeedsAlt };
  }
  if (input.attachmentIds.length > 0) {
    const docs = await db
      .select({ id: media.id })
      .from(media)
      .where(and(inArray(media.id, input.attachmentIds), eq(media.kind, "document")));
    if (docs.length !== input.attachmentIds.length) return { attachmentIds: tEditorial.media.attachmentNotDocument };
  }
  return null;
}

/**
 * The address a save gives a post: the one typed, else the title's. A stand-in (placeholderSlug) counts as none typed:
 * an autosave that came before the title (the editor saves what is there after a pause) must not fix the address.
 */
function slugOf(input: PostInput, current?: string): string {
  const chosen = isPlaceholderSlug(input.slug) ? "" : input.slug;
  return chosen || slugFromTitle(input.title) || (current && isPlaceholderSlug(current) ? current : placeholderSlug());
}

function columnsOf(input: PostInput, currentSlug?: string) {
  return {
    title: input.title,
    slug: slugOf(input, currentSlug),
    excerpt: input.excerpt,
    body: input.body,
    seriesId: input.seriesId,
    seriesPosition: input.seriesId === null ? null : input.seriesPosition,
    coverMediaId: input.coverMediaId,
    seoTitle: input.seoTitle,
    seoDescription: input.seoDescription,
    socialMediaId: input.socialMediaId,
    noindex: input.noindex,
  };
}

export async function setAttachments(tx: Tx, postId: number, mediaIds: number[]): Promise<void> {
  await tx.delete(postAttachments).where(eq(postAttachments.postId, postId));
  if (mediaIds.length > 0) {
    await tx.insert(postAttachments).values(mediaIds.map((mediaId, position) => ({ postId, mediaId, position })));
  }
}

export async function setCategories(tx: Tx, postId: number, categoryIds: number[]): Promise<void> {
  await tx.delete(postCategories).where(eq(postCategories.postId, postId));
  if (categoryIds.length === 0) return;
  await tx.insert(postCategories).values(categoryIds.map((categoryId, position) => ({ postId, categoryId, position })));
}

/** A post's revision: the shared fields plus its categories, series, cover, downloads and publish date. */
export async function recordRevision(tx: Tx, post: Post, editorId: number | null): Promise<void> {
  const cats = await tx
    .select({ id: postCategories.categoryId })
    .from(postCategories)
    .where(eq(postCategories.postId, post.id))
    .orderBy(postCategories.position);
  const attachments = await tx
    .select({ id: postAttachments.mediaId })
    .from(postAttachments)
    .where(eq(postAttachments.postId, post.id))
    .orderBy(postAttachments.position);
  const tagLinks = await tx.select({ id: postTags.tagId }).from(postTags).where(eq(postTags.postId, post.id)).orderBy(postTags.position);
  await keepRevision(tx, "post", post.id, editorId, {
    version: post.version,
    title: post.title,
    slug: post.slug,
    excerpt: post.excerpt,
    body: post.body,
    status: post.status,
    details: {
      categoryIds: cats.map((row) => row.id),
      tagIds: tagLinks.map((row) => row.id),
      seriesId: post.seriesId,
      seriesPosition: post.seriesPosition,
      coverMediaId: post.coverMediaId,
      attachmentIds: attachments.map((row) => row.id),
      publishedAt: post.publishedAt?.toISOString() ?? null,
      seo: { seoTitle: post.seoTitle, seoDescription: post.seoDescription, socialMediaId: post.socialMediaId, noindex: post.noindex },
    },
  });
}

/** A slug now used by a post must not also redirect elsewhere; a published post's old slug keeps working. */
async function moveSlug(tx: Tx, postId: number, oldSlug: string, newSlug: string, wasPublic: boolean): Promise<void> {
  await keepRenamedPostAddress(tx, postId, oldSlug, newSlug, wasPublic);
}

function toSaved(post: Post): SavedPost {
  return { id: post.id, version: post.version, slug: post.slug, updatedAt: post.updatedAt };
}

function validate(raw: unknown): Result<PostInput> {
  const parsed = postInputSchema.safeParse(withoutNul(raw));
  if (!parsed.success) return refuse(422, m.invalid, fieldErrorsOf(parsed.error));
  return { ok: true, value: parsed.data };
}

export async function createPost(db: Database, session: SessionRef, raw: unknown): Promise<Result<SavedPost>> {
  const actor = await loadActor(db, session);
  if (!actor) return refuse(401, m.signedOut);
  if (!can.createPost(actor)) return refuse(403, m.forbidden);
  const input = validate(raw);
  if (!input.ok) return input;
  const missing = await checkReferences(db, input.value);
  if (missing) return refuse(422, m.invalid, missing);
  return withSlugClashRefused(async () => {
    return await db.transaction(async (tx) => {
      const [post] = await tx
        .insert(posts)
        .values({ ...columnsOf(input.value), authorId: actor.id, status: "draft" })
        .returning();
      await setCategories(tx, post!.id, input.value.categoryIds);
      await setPostTags(tx, post!.id, await resolveTags(tx, input.value.tags));
      await setAttachments(tx, post!.id, input.value.attachmentIds);
      await freeArticleAddress(tx, post!.slug);
      return { ok: true as const, value: toSaved(post!) };
    });
  });
}

/** True when the post has no revision yet, or its newest is older than the span. */
async function lastRevisionOlderThan(tx: Tx, postId: number, spanMs: number): Promise<boolean> {
  const [newest] = await tx
    .select({ at: revisions.createdAt })
    .from(revisions)
    .where(eq(revisions.postId, postId))
    .orderBy(desc(revisions.createdAt))
    .limit(1);
  return !newest || Date.now() - newest.at.getTime() >= spanMs;
}

/** Title and categories as stored, for the checks before a post leaves the draft state. */
async function storedPublishingFields(db: Database, post: Post): Promise<{ title: string; categoryIds: number[] }> {
  const cats = await db.select({ id: postCategories.categoryId }).from(postCategories).where(eq(postCategories.postId, post.id));
  return { title: post.title, categoryIds: cats.map((row) => row.id) };
}

type Loaded = { actor: Actor; post: Post };

async function loadForWrite(db: Database | Tx, session: SessionRef, id: number): Promise<Result<Loaded>> {
  const actor = await loadActor(db as Database, session);
  if (!actor) return refuse(401, m.signedOut);
  if (!Number.isInteger(id) || id <= 0) return refuse(404, m.notFound);
  const [post] = await db.select().from(posts).where(eq(posts.id, id));
  if (!post) return refuse(404, m.notFound);
  if (!can.viewPost(actor, post)) return refuse(404, m.notFound);
  return { ok: true, value: { actor, post } };
}

export async function updatePost(
  db: Database,
  session: SessionRef,
  id: number,
  expectedVersion: number,
  raw: unknown,
  options: { autosave?: boolean } = {},
): Promise<Result<SavedPost>> {
  const loaded = await loadForWrite(db, session, id);
  if (!loaded.ok) return loaded;
  const { actor, post } = loaded.value;
  if (!can.editPost(actor, post)) return refuse(403, m.forbidden);
  if (post.deletedAt) return refuse(409, m.inTrash, undefined, "invalid");
  if (post.version !== expectedVersion) return refuse(409, m.stale);
  const input = validate(raw);
  if (!input.ok) return input;
  // Only a draft may lack what publishing needs; a post in review or published keeps it.
  const missing = post.status === "draft" ? null : missingForPublishing(input.value);
  if (missing) return refuse(422, m.invalid, missing);
  const unknown = await checkReferences(db, input.value);
  if (unknown) return refuse(422, m.invalid, unknown);
  const columns = columnsOf(input.value, post.slug);
  return withSlugClashRefused(async () => {
    return await db.transaction(async (tx) => {
      const updated = await writeVersioned(tx, "post", post.id, expectedVersion, columns);
      if (!updated) return refuse(409, m.stale);
      await setCategories(tx, post.id, input.value.categoryIds);
      await setPostTags(tx, post.id, await resolveTags(tx, input.value.tags));
      await setAttachments(tx, post.id, input.value.attachmentIds);
      await moveSlug(tx, post.id, post.slug, updated.slug, post.status === "published");
      if (updated.status === "published" || !options.autosave || (await lastRevisionOlderThan(tx, post.id, AUTOSAVE_REVISION_SPAN_MS))) {
        await recordRevision(tx, updated, actor.id);
      }
      return { ok: true as const, value: toSaved(updated) };
    });
  });
}

export type Transition =
  | { kind: "submit" }
  | { kind: "publish" }
  | { kind: "schedule"; at: Date | null }
  | { kind: "unpublish" }
  | { kind: "trash" }
  | { kind: "restore" };

export async function changePostStatus(
  db: Database,
  session: SessionRef,
  id: number,
  expectedVersion: number,
  transition: Transition,
): Promise<Result<SavedPost>> {
  const loaded = await loadForWrite(db, session, id);
  if (!loaded.ok) return loaded;
  const { actor, post } = loaded.value;
  if (post.version !== expectedVersion) return refuse(409, m.stale);
  let changes: Partial<typeof posts.$inferInsert>;
  switch (transition.kind) {
    case "submit":
      if (!can.submitForReview(actor, post)) return refuse(403, m.forbidden);
      if (post.deletedAt) return refuse(409, m.inTrash, undefined, "invalid");
      changes = { status: "review" };
      break;
    case "publish": {
      if (!can.publish(actor)) return refuse(403, m.forbidden);
      if (post.deletedAt) return refuse(409, m.inTrash, undefined, "invalid");
      const now = new Date();
      // A post published before keeps its original date; a scheduled one is brought forward to now.
      const keep = post.publishedAt && post.publishedAt <= now ? post.publishedAt : now;
      changes = { status: "published", publishedAt: keep };
      break;
    }
    case "schedule":
      if (!can.publish(actor)) return refuse(403, m.forbidden);
      if (post.deletedAt) return refuse(409, m.inTrash, undefined, "invalid");
      if (!transition.at) return refuse(422, m.invalid, { publishAt: m.dateInvalid });
      if (transition.at.getTime() <= Date.now()) return refuse(422, m.invalid, { publishAt: m.dateNotFuture });
      changes = { status: "published", publishedAt: transition.at };
      break;
    // A post readers no longer see loses its pin: published again, it takes its place by date.
    case "unpublish":
      if (!can.publish(actor)) return refuse(403, m.forbidden);
      changes = { status: "draft", pinnedAt: null };
      break;
    case "trash":
      if (!can.trashPost(actor, post)) return refuse(403, m.forbidden);
      changes = { deletedAt: new Date(), pinnedAt: null };
      break;
    case "restore":
      if (!can.trashPost(actor, post)) return refuse(403, m.forbidden);
      if (!post.deletedAt) return refuse(409, m.notInTrash, undefined, "invalid");
      changes = { deletedAt: null };
      break;
  }
  if (transition.kind === "submit" || transition.kind === "publish" || transition.kind === "schedule") {
    const missing = missingForPublishing(await storedPublishingFields(db, post));
    if (missing) return refuse(422, m.invalid, missing);
  }
  const result = await db.transaction(async (tx) => {
    const updated = await writeVersioned(tx, "post", post.id, expectedVersion, changes);
    if (!updated) return refuse(409, m.stale);
    if (transition.kind === "publish" || transition.kind === "schedule") await recordRevision(tx, updated, actor.id);
    return { ok: true as const, value: toSaved(updated) };
  });
  const audited = { publish: "post-published", schedule: "post-scheduled", unpublish: "post-unpublished" } as const;
  if (result.ok && transition.kind in audited) {
    await recordAudit(db, actor.id, audited[transition.kind as keyof typeof audited], `„${post.title}“ (Nr. ${post.id})`);
  }
  return result;
}

/** Admins only; the slug is remembered as gone so its address answers "410 Gone" rather than "404". */
export async function deletePostPermanently(db: Database, session: SessionRef, id: number): Promise<Result<{ id: number }>> {
  const loaded = await loadForWrite(db, session, id);
  if (!loaded.ok) return loaded;
  const { actor, post } = loaded.value;
  if (!can.deletePermanently(actor)) return refuse(403, m.forbidden);
  await db.transaction(async (tx) => {
    await markPostGone(tx, post.id, post.slug, post.status === "published");
    await tx.delete(posts).where(eq(posts.id, post.id));
  });
  await recordAudit(db, actor.id, "post-deleted", `„${post.title}“ (Nr. ${post.id})`);
  return { ok: true, value: { id: post.id } };
}

/** Brings back an earlier revision's content as a new save (itself recorded as a revision when published). */
export async function restoreRevision(
  db: Database,
  session: SessionRef,
  postId: number,
  revisionId: number,
  expectedVersion: number,
): Promise<Result<SavedPost>> {
  const loaded = await loadForWrite(db, session, postId);
  if (!loaded.ok) return loaded;
  const { post } = loaded.value;
  const revision = await findRevision(db, "post", postId, revisionId);
  if (!revision) return refuse(404, m.revisionUnknown);
  const existing = await db
    .select({ id: categories.id })
    .from(categories)
    .where(inArray(categories.id, revision.details.categoryIds.length > 0 ? revision.details.categoryIds : [-1]));
  const known = new Set(existing.map((row) => row.id));
  // Library files deleted since the revision was taken are left out, as the reader pages already leave them out.
  // A revision from before the SEO fields existed keeps the post's current ones.
  const seo = revision.details.seo ?? { seoTitle: post.seoTitle, seoDescription: post.seoDescription, socialMediaId: post.socialMediaId, noindex: post.noindex };
  const mediaIds = [revision.details.coverMediaId ?? -1, seo.socialMediaId ?? -1, ...(revision.details.attachmentIds ?? [])];
  const stillThere = new Set((await db.select({ id: media.id }).from(media).where(inArray(media.id, mediaIds))).map((row) => row.id));
  const coverMediaId = revision.details.coverMediaId ?? null;
  // Tags deleted or merged away since are left out; revisions from before tags existed keep the post's current ones.
  const tagIds = revision.details.tagIds;
  const tagNames =
    tagIds === undefined
      ? (await db.select({ name: tags.name }).from(postTags).innerJoin(tags, eq(tags.id, postTags.tagId)).where(eq(postTags.postId, postId)).orderBy(postTags.position)).map((row) => row.name)
      : await namesInOrder(db, tagIds);
  return updatePost(db, session, postId, expectedVersion, {
    title: revision.title,
    slug: revision.slug,
    excerpt: revision.excerpt,
    body: revision.body,
    categoryIds: revision.details.categoryIds.filter((id) => known.has(id)),
    tags: tagNames,
    seriesId: revision.details.seriesId,
    seriesPosition: revision.details.seriesPosition,
    coverMediaId: coverMediaId !== null && stillThere.has(coverMediaId) ? coverMediaId : null,
    attachmentIds: (revision.details.attachmentIds ?? []).filter((id) => stillThere.has(id)),
    ...seo,
    socialMediaId: seo.socialMediaId !== null && stillThere.has(seo.socialMediaId) ? seo.socialMediaId : null,
  });
}


async function namesInOrder(db: Database, tagIds: number[]): Promise<string[]> {
  if (tagIds.length === 0) return [];
  const rows = await db.select({ id: tags.id, name: tags.name }).from(tags).where(inArray(tags.id, tagIds));
  const byId = new Map(rows.map((row) => [row.id, row.name]));
  return tagIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}
