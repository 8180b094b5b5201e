// Writes to the media library: who may upload, the row for a stored file, editors' details, and deletion (confirmed
// for files in use, restorable for a while, then purged). Replacing the file behind an item is in ./media-replace.
import "server-only";
import { and, eq, gte, inArray, isNotNull, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { withoutNul } from "@/lib/input-text";
import { recordAudit } from "./audit";
import { z } from "zod";
import { can, type Actor } from "@/lib/permissions";
import { tEditorial } from "@/lib/i18n";
import { licenceUrlFor } from "@/lib/media/licences";
import { MEDIA_UNDO_MS } from "@/lib/media/undo";
import type { StoredFile } from "@/lib/media/pipeline";
import type { Database } from "../client";
import { media, mediaFormerFiles, postAttachments, posts } from "../schema";
import { loadActor, refuse, type Result, type SessionRef } from "./actor";

const m = tEditorial.errors;
const mm = tEditorial.media;

const nameOf = (item: { title: string; originalName: string }) => item.title || item.originalName;
const auditSubject = (item: { id: number; originalName: string }) => `${item.originalName} (Nr. ${item.id})`;

/** Checked before a single byte of an upload is read. */
export async function authoriseUpload(db: Database, session: SessionRef): Promise<Result<Actor>> {
  const actor = await loadActor(db, session);
  if (!actor) return refuse(401, m.signedOut);
  if (!can.uploadMedia(actor)) return refuse(403, m.forbidden);
  return { ok: true, value: actor };
}

/** The name a stored file is listed under: what the browser sent, or a neutral one with the file's extension. */
export function cleanName(originalName: string, file: StoredFile): string {
  return originalName.trim().slice(0, 200) || `datei.${file.type.extension}`;
}

/** A duplicate's alt text comes along, so the editor's alt-text question can start from what the library knows. */
export type RecordedUpload = {
  id: number;
  hash: string;
  kind: "image" | "document";
  duplicate: boolean;
  /** The same bytes as a deleted item not yet purged: uploading them again brought it back with its details and uses. */
  restored: boolean;
  alt: string;
  decorative: boolean;
};

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
  const insert = () => db
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
    .returning({ id: media.id, hash: media.hash, kind: media.kind, alt: media.alt, decorative: media.decorative });
  const existingOf = () =>
    db
      .select({ id: media.id, hash: media.hash, kind: media.kind, alt: media.alt, decorative: media.decorative, deletedAt: media.deletedAt, originalName: media.originalName })
      .from(media)
      .where(eq(media.hash, file.hash));
  for (let attempt = 0; attempt < 3; attempt++) {
    const [inserted] = await insert();
    if (inserted) return { ok: true, value: { ...inserted, duplicate: false, restored: false } };
    const [existing] = await existingOf();
    // Purged between the insert and this read: the next insert takes its place.
    if (!existing) continue;
    const { deletedAt, originalName: existingName, ...found } = existing;
    if (deletedAt === null) return { ok: true, value: { ...found, duplicate: true, restored: false } };
    const [back] = await db
      .update(media)
      .set({ deletedAt: null })
      .where(and(eq(media.id, existing.id), isNotNull(media.deletedAt)))
      .returning({ id: media.id });
    // Restored by someone else, or purged, in the meantime: look again.
    if (!back) continue;
    await recordAudit(db, allowed.value.id, "media-restored", auditSubject({ id: existing.id, originalName: existingName }));
    return { ok: true, value: { ...found, duplicate: true, restored: true } };
  }
  throw new Error(`Could not record the upload ${file.hash}`);
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
    focalX: z.coerce.number().int().min(0, tEditorial.media.focalRange).max(100, tEditorial.media.focalRange).default(50),
    focalY: z.coerce.number().int().min(0, tEditorial.media.focalRange).max(100, tEditorial.media.focalRange).default(50),
    licenceUrl: z
      .string()
      .trim()
      .max(500, mm.textTooLong)
      .refine((url) => url === "" || /^https:\/\/[^\s]+$/.test(url), mm.urlInvalid)
      .default(""),
  });

export type MediaDetailsInput = z.input<typeof mediaDetailsSchema>;

type Loaded = { actor: Actor; item: typeof media.$inferSelect };

/** The item for an edit by this user: signed in, not deleted, and theirs to edit. */
export async function loadForWrite(db: Database, session: SessionRef, id: number): Promise<Result<Loaded>> {
  const actor = await loadActor(db, session);
  if (!actor) return refuse(401, m.signedOut);
  if (!Number.isInteger(id) || id <= 0) return refuse(404, mm.notFound);
  // A deleted file is gone for editing until „Rückgängig“ brings it back.
  const [item] = await db.select().from(media).where(and(eq(media.id, id), isNull(media.deletedAt)));
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

const uploadAltSchema = z.object({
  alt: z.string().trim().max(300, mm.textTooLong),
  decorative: z.boolean(),
});

/**
 * The alt text an editor gave an image while placing it into a post's text. The library learns it only where it has
 * none yet (a fresh upload, or an older one still „Alternativtext fehlt“) and the editor may look after the file;
 * an alt text the library already has stays, since the same picture can say something else in another post.
 */
export async function describeUploadedImage(
  db: Database,
  session: SessionRef,
  id: number,
  raw: { alt: unknown; decorative: unknown },
): Promise<Result<{ stored: boolean }>> {
  const actor = await loadActor(db, session);
  if (!actor) return refuse(401, m.signedOut);
  const parsed = uploadAltSchema.safeParse(withoutNul(raw));
  if (!parsed.success) return refuse(422, m.invalid, { alt: parsed.error.issues[0]?.message ?? mm.textTooLong });
  const { alt, decorative } = parsed.data;
  if (!decorative && alt === "") return refuse(422, m.invalid, { alt: mm.altRequired });
  if (!Number.isInteger(id) || id <= 0) return refuse(404, mm.notFound);
  const [item] = await db.select().from(media).where(eq(media.id, id));
  if (!item || item.kind !== "image") return refuse(404, mm.notFound);
  if (!can.editMedia(actor, item) || item.decorative || item.alt !== "") return { ok: true, value: { stored: false } };
  const updated = await db
    .update(media)
    .set({ alt: decorative ? "" : alt, decorative, updatedAt: new Date() })
    .where(and(eq(media.id, id), eq(media.alt, ""), eq(media.decorative, false)))
    .returning({ id: media.id });
  return { ok: true, value: { stored: updated.length > 0 } };
}

export type MediaUse = { id: number; title: string };

/**
 * Posts that show the file: as cover, as image for shared links, as download, or in the body's Markdown under its current or a former hash
 * (trashed posts included).
 */
export async function mediaUses(db: Database | Tx, item: { id: number; hash: string }): Promise<MediaUse[]> {
  return db
    .select({ id: posts.id, title: posts.title })
    .from(posts)
    .where(
      sql`${posts.coverMediaId} = ${item.id}
        or ${posts.socialMediaId} = ${item.id}
        or exists (select 1 from ${postAttachments} where ${postAttachments.postId} = ${posts.id} and ${postAttachments.mediaId} = ${item.id})
        or strpos(${posts.body}, ${`/medien/${item.hash}/`}) > 0
        or exists (select 1 from ${mediaFormerFiles} where ${mediaFormerFiles.mediaId} = ${item.id}
          and strpos(${posts.body}, '/medien/' || ${mediaFormerFiles.hash} || '/') > 0)`,
    )
    .orderBy(posts.title, posts.id);
}

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

/** The first answer while a file is in use: the posts that would lose it, for the editor to confirm. */
export type InUse = { ok: false; status: 409; message: string; uses: MediaUse[] };

export type DeletedMedia = {
  id: number;
  /** The name the library showed, for the confirmation with „Rückgängig“. */
  name: string;
  /** Posts that showed the file, whose reader pages must be refreshed. */
  postIds: number[];
};

/** The moment before which a deleted file can no longer be restored: `now` (the database's unless a test gives one) less the window. */
function undoCutoff(now?: Date): SQL {
  return now
    ? sql`${new Date(now.getTime() - MEDIA_UNDO_MS).toISOString()}::timestamptz`
    : sql`now() - ${`${MEDIA_UNDO_MS} milliseconds`}::interval`;
}


/**
 * Deletes an item, for MEDIA_UNDO_MS restorable: it is marked deleted and from then on is missing from the library, the
 * editor's choices, reader pages and the serving route, while posts keep their references (so „Rückgängig“ brings
 * back every use) until purgeDeletedMedia removes them with the row and the files. While posts use the file the
 * answer is a refusal listing them; called again with exactly those posts confirmed, it deletes. A post that started
 * using the file after the list was shown is not covered by the confirmation: the list comes back.
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
    const message = confirmedPostIds === undefined ? mm.inUse(nameOf(item), uses.length) : mm.usesChanged;
    return { ok: false, status: 409, message, uses };
  }
  const [marked] = await db
    .update(media)
    .set({ deletedAt: sql`now()` })
    .where(and(eq(media.id, id), isNull(media.deletedAt)))
    .returning({ id: media.id });
  // Someone else deleted it a moment ago.
  if (!marked) return refuse(404, mm.notFound);
  await recordAudit(db, loaded.value.actor.id, "media-deleted", auditSubject(item));
  return { ok: true, value: { id, name: nameOf(item), postIds: uses.map((use) => use.id) } };
}

export type RestoredMedia = { id: number; name: string; postIds: number[] };

/**
 * „Rückgängig“ after deleting: the item is back with every use it had, for whoever may delete it, within
 * MEDIA_UNDO_MS. After the purge there is nothing left to restore (404); past the window but not yet purged, 409.
 * Restoring a file that is not deleted (a second click) changes nothing and succeeds.
 */
export async function restoreMedia(db: Database, session: SessionRef, id: number, now?: Date): Promise<Result<RestoredMedia>> {
  const actor = await loadActor(db, session);
  if (!actor) return refuse(401, m.signedOut);
  if (!Number.isInteger(id) || id <= 0) return refuse(404, mm.restoreGone);
  const [item] = await db.select().from(media).where(eq(media.id, id));
  if (!item) return refuse(404, mm.restoreGone);
  if (!can.editMedia(actor, item)) return refuse(403, m.forbidden);
  const restored = { id, name: nameOf(item) };
  if (item.deletedAt === null) return { ok: true, value: { ...restored, postIds: [] } };
  const [row] = await db
    .update(media)
    .set({ deletedAt: null })
    .where(and(eq(media.id, id), isNotNull(media.deletedAt), gte(media.deletedAt, undoCutoff(now))))
    .returning({ id: media.id });
  if (!row) {
    const [after] = await db.select({ deletedAt: media.deletedAt }).from(media).where(eq(media.id, id));
    if (!after) return refuse(404, mm.restoreGone);
    if (after.deletedAt !== null) return refuse(409, mm.restoreExpired);
    return { ok: true, value: { ...restored, postIds: [] } };
  }
  await recordAudit(db, actor.id, "media-restored", auditSubject(item));
  const uses = await mediaUses(db, item);
  return { ok: true, value: { ...restored, postIds: uses.map((use) => use.id) } };
}

export type PurgedMedia = {
  /** Items removed for good. */
  ids: number[];
  /** Every hash whose stored files can go: each item's current file and the ones it replaced. */
  hashes: string[];
  /** Posts that lost a cover, an image for shared links or a download (each got a new version). */
  postIds: number[];
};

/**
 * Removes items deleted longer than MEDIA_UNDO_MS ago (`now` is the database's clock unless a test gives one): their
 * posts lose them as cover, image for shared links and download, each in a new version so an editor with the post
 * open is warned instead of failing; inline references stay in the Markdown, where the renderer skips an image it
 * cannot find, as it has since the file was deleted. Reader pages stopped showing the file when it was deleted, so
 * nothing cached needs refreshing now. Safe to run from several instances at once: each takes only rows no other
 * purge has locked, and the database's delete decides which rows are gone. No session: it is housekeeping, done by
 * `npm run media:purge` and opportunistically by the dashboard.
 */
export async function purgeDeletedMedia(db: Database, { now, limit = 100 }: { now?: Date; limit?: number } = {}): Promise<PurgedMedia> {
  const none: PurgedMedia = { ids: [], hashes: [], postIds: [] };
  const expired = and(isNotNull(media.deletedAt), lt(media.deletedAt, undoCutoff(now)));
  // The common case (nothing due) costs one indexed read and no transaction.
  const [any] = await db.select({ id: media.id }).from(media).where(expired).limit(1);
  if (!any) return none;
  const purged = await db.transaction(async (tx) => {
    const due = await tx
      .select({ id: media.id })
      .from(media)
      .where(expired)
      .orderBy(media.deletedAt)
      .limit(limit)
      .for("update", { skipLocked: true });
    if (due.length === 0) return null;
    const ids = due.map((row) => row.id);
    const attachedTo = await tx.delete(postAttachments).where(inArray(postAttachments.mediaId, ids)).returning({ postId: postAttachments.postId });
    // One new version per post, and no new date: readers saw the change when the file was deleted.
    const lost = await tx
      .update(posts)
      .set({
        coverMediaId: sql`case when ${inArray(posts.coverMediaId, ids)} then null else ${posts.coverMediaId} end`,
        socialMediaId: sql`case when ${inArray(posts.socialMediaId, ids)} then null else ${posts.socialMediaId} end`,
        version: sql`${posts.version} + 1`,
      })
      .where(or(inArray(posts.coverMediaId, ids), inArray(posts.socialMediaId, ids)))
      .returning({ id: posts.id });
    const bumped = new Set(lost.map((row) => row.id));
    const attachedOnly = [...new Set(attachedTo.map((row) => row.postId))].filter((postId) => !bumped.has(postId));
    if (attachedOnly.length > 0) {
      await tx.update(posts).set({ version: sql`${posts.version} + 1` }).where(inArray(posts.id, attachedOnly));
    }
    const former = await tx.delete(mediaFormerFiles).where(inArray(mediaFormerFiles.mediaId, ids)).returning({ hash: mediaFormerFiles.hash });
    const removed = await tx
      .delete(media)
      .where(and(inArray(media.id, ids), expired))
      .returning({ id: media.id, hash: media.hash, originalName: media.originalName });
    return {
      removed,
      hashes: [...removed.map((row) => row.hash), ...former.map((row) => row.hash)],
      postIds: [...new Set([...bumped, ...attachedOnly])].sort((a, b) => a - b),
    };
  });
  if (!purged) return none;
  for (const item of purged.removed) await recordAudit(db, null, "media-purged", auditSubject(item));
  return { ids: purged.removed.map((row) => row.id), hashes: purged.hashes, postIds: purged.postIds };
}

/** Whether any item has these bytes as its current or a former file; stored files of an unknown hash are orphans. */
export async function isKnownHash(db: Database, hash: string): Promise<boolean> {
  const [current] = await db.select({ id: media.id }).from(media).where(eq(media.hash, hash));
  if (current) return true;
  const [former] = await db.select({ id: mediaFormerFiles.mediaId }).from(mediaFormerFiles).where(eq(mediaFormerFiles.hash, hash));
  return Boolean(former);
}
