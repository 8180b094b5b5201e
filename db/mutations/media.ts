// Writes to the media library: who may upload, the row for a stored file, editors' details, replacing the file
// behind an item, and deletion (refused while in use unless the editor confirms the posts that lose it).
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import { withoutNul } from "@/lib/input-text";
import { recordAudit } from "./audit";
import { z } from "zod";
import { can, type Actor } from "@/lib/permissions";
import { deEditorial } from "@/lib/i18n/de";
import { licenceUrlFor } from "@/lib/media/licences";
import type { StoredFile } from "@/lib/media/pipeline";
import type { Database } from "../client";
import { media, mediaFormerFiles, postAttachments, posts } from "../schema";
import { loadActor, refuse, type Result, type SessionRef } from "./actor";

const m = deEditorial.errors;
const mm = deEditorial.media;

/** Checked before a single byte of an upload is read. */
export async function authoriseUpload(db: Database, session: SessionRef): Promise<Result<Actor>> {
  const actor = await loadActor(db, session);
  if (!actor) return refuse(401, m.signedOut);
  if (!can.uploadMedia(actor)) return refuse(403, m.forbidden);
  return { ok: true, value: actor };
}

function cleanName(originalName: string, file: StoredFile): string {
  return originalName.trim().slice(0, 200) || `datei.${file.type.extension}`;
}

export type RecordedUpload = { id: number; hash: string; kind: "image" | "document"; duplicate: boolean };

/** The row for a stored file; the same bytes uploaded again return the existing entry and keep its details. */
export async function recordUpload(
  db: Database,
  session: SessionRef,
  file: StoredFile,
  originalName: string,
  title = "",
): Promise<Result<RecordedUpload>> {
  const allowed = await authoriseUpload(db, session);
  if (!allowed.ok) return allowed;
  // Old references to a replaced file resolve to the item that replaced it; the same bytes cannot start a second life.
  const [former] = await db
    .select({ title: media.title, originalName: media.originalName })
    .from(mediaFormerFiles)
    .innerJoin(media, eq(media.id, mediaFormerFiles.mediaId))
    .where(eq(mediaFormerFiles.hash, file.hash));
  if (former) return refuse(409, mm.formerFile(former.title || former.originalName), undefined, "invalid");
  const name = cleanName(originalName, file);
  const [inserted] = await db
    .insert(media)
    .values({
      hash: file.hash,
      kind: file.type.kind,
      mimeType: file.type.mime,
      extension: file.type.extension,
      originalName: name,
      title: (title.trim() || name.replace(/\.[^.]+$/, "")).slice(0, 200),
      byteSize: file.byteSize,
      width: file.width,
      height: file.height,
      variants: file.variants,
      uploadedBy: allowed.value.id,
    })
    .onConflictDoNothing({ target: media.hash })
    .returning({ id: media.id, hash: media.hash, kind: media.kind });
  if (inserted) return { ok: true, value: { ...inserted, duplicate: false } };
  const [existing] = await db.select({ id: media.id, hash: media.hash, kind: media.kind }).from(media).where(eq(media.hash, file.hash));
  return { ok: true, value: { ...existing!, duplicate: true } };
}

const optionalText = (max: number) => z.string().trim().max(max, mm.textTooLong).default("");

export const mediaDetailsSchema = z
  .object({
    title: z.string().trim().max(200, mm.titleTooLong).default(""),
    alt: optionalText(300),
    decorative: z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean()),
    caption: optionalText(500),
    credit: optionalText(200),
    licence: optionalText(120),
    focalX: z.coerce.number().int().min(0, deEditorial.media.focalRange).max(100, deEditorial.media.focalRange).default(50),
    focalY: z.coerce.number().int().min(0, deEditorial.media.focalRange).max(100, deEditorial.media.focalRange).default(50),
    licenceUrl: z
      .string()
      .trim()
      .max(500, mm.textTooLong)
      .refine((url) => url === "" || /^https:\/\/[^\s]+$/.test(url), mm.urlInvalid)
      .default(""),
  });

export type MediaDetailsInput = z.input<typeof mediaDetailsSchema>;

type Loaded = { actor: Actor; item: typeof media.$inferSelect };

async function loadForWrite(db: Database, session: SessionRef, id: number): Promise<Result<Loaded>> {
  const actor = await loadActor(db, session);
  if (!actor) return refuse(401, m.signedOut);
  if (!Number.isInteger(id) || id <= 0) return refuse(404, mm.notFound);
  const [item] = await db.select().from(media).where(eq(media.id, id));
  if (!item) return refuse(404, mm.notFound);
  if (!can.editMedia(actor, item)) return refuse(403, m.forbidden);
  return { ok: true, value: { actor, item } };
}

/** Saves what editors say about a file: alt text, credit, licence, focal point, title. */
export async function updateMediaDetails(db: Database, session: SessionRef, id: number, raw: unknown): Promise<Result<{ id: number }>> {
  const loaded = await loadForWrite(db, session, id);
  if (!loaded.ok) return loaded;
  const parsed = mediaDetailsSchema.safeParse(withoutNul(raw));
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return refuse(422, m.invalid, fieldErrors);
  }
  const input = parsed.data;
  const isImage = loaded.value.item.kind === "image";
  if (isImage && !input.decorative && input.alt === "") return refuse(422, m.invalid, { alt: mm.altRequired });
  // A common licence named without its link gets the link.
  const licenceUrl = input.licenceUrl || licenceUrlFor(input.licence);
  await db
    .update(media)
    .set({ ...input, licenceUrl, alt: input.decorative ? "" : input.alt, decorative: isImage && input.decorative, updatedAt: new Date() })
    .where(eq(media.id, id));
  return { ok: true, value: { id } };
}

export type MediaUse = { id: number; title: string };

/**
 * Posts that show the file: as cover, as download, or in the body's Markdown under its current or a former hash
 * (trashed posts included).
 */
export async function mediaUses(db: Database | Tx, item: { id: number; hash: string }): Promise<MediaUse[]> {
  return db
    .select({ id: posts.id, title: posts.title })
    .from(posts)
    .where(
      sql`${posts.coverMediaId} = ${item.id}
        or exists (select 1 from ${postAttachments} where ${postAttachments.postId} = ${posts.id} and ${postAttachments.mediaId} = ${item.id})
        or strpos(${posts.body}, ${`/medien/${item.hash}/`}) > 0
        or exists (select 1 from ${mediaFormerFiles} where ${mediaFormerFiles.mediaId} = ${item.id}
          and strpos(${posts.body}, '/medien/' || ${mediaFormerFiles.hash} || '/') > 0)`,
    )
    .orderBy(posts.title, posts.id);
}

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

function errorCode(error: unknown): string | undefined {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code ?? e?.cause?.code;
}

/** The first answer while a file is in use: the posts that would lose it, for the editor to confirm. */
export type InUse = { ok: false; status: 409; message: string; uses: MediaUse[] };

export type DeletedMedia = {
  /** Every hash whose stored files can go: the current file and the ones it replaced. */
  hashes: string[];
  /** Posts that showed the file, whose reader pages must be refreshed. */
  postIds: number[];
};

/** What deleting would touch, for the question asked before it: the posts using the file (none for an unused one). */
export async function previewMediaDeletion(db: Database, session: SessionRef, id: number): Promise<Result<{ uses: MediaUse[] }>> {
  const loaded = await loadForWrite(db, session, id);
  if (!loaded.ok) return loaded;
  return { ok: true, value: { uses: await mediaUses(db, loaded.value.item) } };
}

/**
 * Deletes an item. While posts use it the answer is a refusal listing them; called again with exactly those posts
 * confirmed, it removes the file from their covers and downloads (a new version of each, so an open editor learns of
 * it) and deletes it. Inline references stay in the Markdown, where the renderer skips an image it cannot find. A post
 * that started using the file after the list was shown is not covered by the confirmation: the list comes back.
 */
export async function deleteMedia(
  db: Database,
  session: SessionRef,
  id: number,
  confirmedPostIds?: readonly number[],
): Promise<Result<DeletedMedia> | InUse> {
  const loaded = await loadForWrite(db, session, id);
  if (!loaded.ok) return loaded;
  const { item } = loaded.value;
  const uses = await mediaUses(db, item);
  const confirmed = new Set(confirmedPostIds ?? []);
  if (uses.length > 0 && !uses.every((use) => confirmed.has(use.id))) {
    const message = confirmedPostIds === undefined ? mm.inUse(uses.map((use) => use.title)) : mm.usesChanged;
    return { ok: false, status: 409, message, uses };
  }
  try {
    const hashes = await db.transaction(async (tx) => {
      const now = new Date();
      const attachedTo = await tx
        .delete(postAttachments)
        .where(eq(postAttachments.mediaId, id))
        .returning({ postId: postAttachments.postId });
      const coverOf = await tx
        .update(posts)
        .set({ coverMediaId: null, version: sql`${posts.version} + 1`, updatedAt: now })
        .where(eq(posts.coverMediaId, id))
        .returning({ id: posts.id });
      const bumped = new Set(coverOf.map((row) => row.id));
      const attachedOnly = attachedTo.map((row) => row.postId).filter((postId) => !bumped.has(postId));
      if (attachedOnly.length > 0) {
        await tx
          .update(posts)
          .set({ version: sql`${posts.version} + 1`, updatedAt: now })
          .where(inArray(posts.id, attachedOnly));
      }
      const former = await tx.delete(mediaFormerFiles).where(eq(mediaFormerFiles.mediaId, id)).returning({ hash: mediaFormerFiles.hash });
      await tx.delete(media).where(eq(media.id, id));
      return [item.hash, ...former.map((row) => row.hash)];
    });
    await recordAudit(db, loaded.value.actor.id, "media-deleted", `${item.originalName} (Nr. ${item.id})`);
    return { ok: true, value: { hashes, postIds: uses.map((use) => use.id) } };
  } catch (error) {
    // A post took the file as cover or download between the check and the delete: the foreign keys refuse, so do we.
    if (errorCode(error) === "23503") {
      return { ok: false, status: 409, message: mm.usesChanged, uses: await mediaUses(db, item) };
    }
    throw error;
  }
}

/**
 * Checked before a byte of a replacement is read: who acts, that the item exists and may be edited by them, and that
 * they saw its current file (`expectedHash`), so two people replacing the same file do not silently undo each other.
 */
export async function authoriseReplace(
  db: Database,
  session: SessionRef,
  id: number,
  expectedHash: string,
): Promise<Result<{ kind: "image" | "document" }>> {
  const allowed = await authoriseUpload(db, session);
  if (!allowed.ok) return allowed;
  const loaded = await loadForWrite(db, session, id);
  if (!loaded.ok) return loaded;
  if (loaded.value.item.hash !== expectedHash) return refuse(409, mm.replaceStale);
  return { ok: true, value: { kind: loaded.value.item.kind } };
}

export type ReplacedMedia = {
  id: number;
  hash: string;
  previousHash: string;
  /** The upload was the file the item already had. */
  unchanged: boolean;
  /** Posts that show the file, whose reader pages must be refreshed. */
  postIds: number[];
};

/**
 * Puts a newly stored file behind an existing item, keeping its id (covers, downloads) and everything editors said
 * about it (alt text, credit, licence, focal point, title). The previous file is remembered in media_former_files:
 * Markdown that names its hash renders the new file, and its variants stay servable for pages still cached.
 */
export async function replaceMediaFile(
  db: Database,
  session: SessionRef,
  id: number,
  expectedHash: string,
  file: StoredFile,
  originalName: string,
): Promise<Result<ReplacedMedia>> {
  const allowed = await authoriseReplace(db, session, id, expectedHash);
  if (!allowed.ok) return allowed;
  if (file.type.kind !== allowed.value.kind) return refuse(422, mm.replaceKind(allowed.value.kind));
  if (file.hash === expectedHash) return { ok: true, value: { id, hash: file.hash, previousHash: expectedHash, unchanged: true, postIds: [] } };
  const [taken] = await db
    .select({ title: media.title, originalName: media.originalName })
    .from(media)
    .where(and(eq(media.hash, file.hash), ne(media.id, id)));
  if (taken) return refuse(409, mm.replaceTaken(taken.title || taken.originalName), undefined, "invalid");
  const [formerElsewhere] = await db
    .select({ title: media.title, originalName: media.originalName })
    .from(mediaFormerFiles)
    .innerJoin(media, eq(media.id, mediaFormerFiles.mediaId))
    .where(and(eq(mediaFormerFiles.hash, file.hash), ne(mediaFormerFiles.mediaId, id)));
  if (formerElsewhere) return refuse(409, mm.formerFile(formerElsewhere.title || formerElsewhere.originalName), undefined, "invalid");

  let replaced: { id: number; hash: string } | null;
  try {
    replaced = await db.transaction(async (tx) => {
      const [current] = await tx.select().from(media).where(eq(media.id, id)).for("update");
      if (!current || current.hash !== expectedHash) return null;
      // Going back to a file the item had before: that file is current again, no longer a former one.
      await tx.delete(mediaFormerFiles).where(and(eq(mediaFormerFiles.hash, file.hash), eq(mediaFormerFiles.mediaId, id)));
      await tx.insert(mediaFormerFiles).values({
        hash: current.hash,
        mediaId: id,
        mimeType: current.mimeType,
        extension: current.extension,
        originalName: current.originalName,
        byteSize: current.byteSize,
        width: current.width,
        height: current.height,
        variants: current.variants,
      });
      const [row] = await tx
        .update(media)
        .set({
          hash: file.hash,
          mimeType: file.type.mime,
          extension: file.type.extension,
          originalName: cleanName(originalName, file),
          byteSize: file.byteSize,
          width: file.width,
          height: file.height,
          variants: file.variants,
          updatedAt: new Date(),
        })
        .where(and(eq(media.id, id), eq(media.hash, expectedHash)))
        .returning({ id: media.id, hash: media.hash });
      return row ?? null;
    });
  } catch (error) {
    // The same bytes were recorded elsewhere at the same moment.
    if (errorCode(error) === "23505") return refuse(409, mm.replaceStale);
    throw error;
  }
  if (!replaced) return refuse(409, mm.replaceStale);
  const uses = await mediaUses(db, replaced);
  return { ok: true, value: { id, hash: replaced.hash, previousHash: expectedHash, unchanged: false, postIds: uses.map((use) => use.id) } };
}

/** Whether any item has these bytes as its current or a former file; stored files of an unknown hash are orphans. */
export async function isKnownHash(db: Database, hash: string): Promise<boolean> {
  const [current] = await db.select({ id: media.id }).from(media).where(eq(media.hash, hash));
  if (current) return true;
  const [former] = await db.select({ id: mediaFormerFiles.mediaId }).from(mediaFormerFiles).where(eq(mediaFormerFiles.hash, hash));
  return Boolean(former);
}
