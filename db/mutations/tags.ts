// Tags („Schlagwörter“): created by whoever edits a post as they type, renamed, merged and deleted by editors and
// admins only. The search document follows every change through the triggers of migration 0012.
import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { withoutNul } from "@/lib/input-text";
import { can } from "@/lib/permissions";
import { isValidSlug, RESERVED_SLUGS } from "@/lib/slug";
import type { Database } from "../client";
import { postTags, tags } from "../schema";
import { loadActor, refuse, withSlugClashRefused, type Result, type SessionRef } from "./actor";
import type { Tx } from "./revisions";
import { MAX_TAG_NAME_LENGTH, normaliseTagName, tagSlugOf } from "./tag-input";
import { tEditorial, tTaxonomy } from "@/lib/i18n";

const m = tEditorial.errors;
const tt = tTaxonomy.tags;

/**
 * The ids of tags with these names, creating the ones that do not exist yet (an existing tag of the same address is
 * used as it is, whatever its spelling). Called inside the post's transaction: a refused save creates no tag.
 */
export async function resolveTags(tx: Database | Tx, names: readonly string[]): Promise<number[]> {
  if (names.length === 0) return [];
  const wanted = names.map((name) => ({ name, slug: tagSlugOf(name) }));
  const slugs = wanted.map((tag) => tag.slug);
  const known = async () => new Map((await tx.select({ id: tags.id, slug: tags.slug }).from(tags).where(inArray(tags.slug, slugs))).map((row) => [row.slug, row.id]));
  let ids = await known();
  const missing = wanted.filter((tag) => !ids.has(tag.slug));
  if (missing.length > 0) {
    // Two editors may create the same tag at once: the second insert does nothing and the lookup finds the first.
    await tx.insert(tags).values(missing).onConflictDoNothing({ target: tags.slug });
    ids = await known();
  }
  return wanted.map((tag) => ids.get(tag.slug)!);
}

export async function setPostTags(tx: Database | Tx, postId: number, tagIds: readonly number[]): Promise<void> {
  await tx.delete(postTags).where(eq(postTags.postId, postId));
  if (tagIds.length === 0) return;
  await tx.insert(postTags).values(tagIds.map((tagId, position) => ({ postId, tagId, position })));
}

async function authorise(db: Database, session: SessionRef): Promise<Result<null>> {
  const actor = await loadActor(db, session);
  if (!actor) return refuse(401, m.signedOut);
  if (!can.manageTaxonomy(actor)) return refuse(403, m.forbidden);
  return { ok: true, value: null };
}

const tagInputSchema = z.object({
  name: z
    .string()
    .transform(normaliseTagName)
    .pipe(z.string().min(1, tt.nameRequired).max(MAX_TAG_NAME_LENGTH, tt.nameRequired)),
  slug: z
    .string()
    .trim()
    .refine((slug) => slug === "" || isValidSlug(slug), m.slugInvalid)
    .refine((slug) => !RESERVED_SLUGS.has(slug), m.slugReserved),
  description: z.string().trim().max(600, tt.descriptionTooLong),
});

export type TagInput = z.infer<typeof tagInputSchema>;

function parseTagInput(raw: unknown): Result<TagInput & { slug: string }> {
  const parsed = tagInputSchema.safeParse(withoutNul(raw));
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return refuse(422, m.invalid, fieldErrors);
  }
  const slug = parsed.data.slug || tagSlugOf(parsed.data.name);
  if (!slug) return refuse(422, m.invalid, { name: tt.nameNeedsLetters });
  return { ok: true, value: { ...parsed.data, slug } };
}

/** A tag with its own address and description, as an import brings them (editors create tags by typing). */
export async function createTag(db: Database | Tx, session: SessionRef, raw: unknown): Promise<Result<{ id: number }>> {
  const allowed = await authorise(db as Database, session);
  if (!allowed.ok) return allowed;
  const input = parseTagInput(raw);
  if (!input.ok) return input;
  return withSlugClashRefused(async () => {
    const [row] = await db.insert(tags).values(input.value).returning({ id: tags.id });
    return { ok: true, value: row! };
  });
}

/** Renames a tag, or changes its address or description. */
export async function updateTag(db: Database, session: SessionRef, id: number, raw: unknown): Promise<Result<{ id: number }>> {
  const allowed = await authorise(db, session);
  if (!allowed.ok) return allowed;
  const input = parseTagInput(raw);
  if (!input.ok) return input;
  return withSlugClashRefused(async () => {
    const [row] = await db
      .update(tags)
      .set({ ...input.value, updatedAt: new Date() })
      .where(eq(tags.id, id))
      .returning({ id: tags.id });
    return row ? { ok: true, value: row } : refuse(404, tt.notFound);
  });
}

/**
 * Merges one tag into another: every post of the first gets the second (keeping its place in the post's order; a
 * post that had both keeps one), then the first is deleted.
 */
export async function mergeTags(db: Database, session: SessionRef, fromId: number, intoId: number): Promise<Result<{ from: string; into: string; posts: number }>> {
  const allowed = await authorise(db, session);
  if (!allowed.ok) return allowed;
  if (fromId === intoId) return refuse(422, m.invalid, { into: tt.mergeTarget });
  const found = await db.select({ id: tags.id, name: tags.name }).from(tags).where(inArray(tags.id, [fromId, intoId]));
  const from = found.find((row) => row.id === fromId);
  const into = found.find((row) => row.id === intoId);
  if (!from) return refuse(404, tt.notFound);
  if (!into) return refuse(422, m.invalid, { into: tt.mergeTarget });
  const moved = await db.transaction(async (tx) => {
    const links = await tx.select({ postId: postTags.postId }).from(postTags).where(eq(postTags.tagId, fromId));
    await tx.execute(sql`
      insert into ${postTags} (post_id, tag_id, position)
      select post_id, ${intoId}, position from ${postTags} where tag_id = ${fromId}
      on conflict do nothing`);
    await tx.delete(tags).where(eq(tags.id, fromId));
    return links.length;
  });
  return { ok: true, value: { from: from.name, into: into.name, posts: moved } };
}

export async function deleteTag(db: Database, session: SessionRef, id: number): Promise<Result<{ id: number }>> {
  const allowed = await authorise(db, session);
  if (!allowed.ok) return allowed;
  const [row] = await db.delete(tags).where(and(eq(tags.id, id))).returning({ id: tags.id });
  return row ? { ok: true, value: row } : refuse(404, tt.notFound);
}
