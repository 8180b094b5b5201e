// Replacing the file behind a media library item: checked before a byte is read, then the new file takes the
// item's place while the previous one is remembered, so cached pages and Markdown that name it keep working.
import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { tEditorial } from "@/lib/i18n";
import type { StoredFile } from "@/lib/media/pipeline";
import type { Database } from "../client";
import { media, mediaFormerFiles } from "../schema";
import { isUniqueViolation, refuse, type Result, type SessionRef } from "./actor";
import { authoriseUpload, cleanName, loadForWrite, mediaUses } from "./media";

const mm = tEditorial.media;

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
    if (isUniqueViolation(error)) return refuse(409, mm.replaceStale);
    throw error;
  }
  if (!replaced) return refuse(409, mm.replaceStale);
  const uses = await mediaUses(db, replaced);
  return { ok: true, value: { id, hash: replaced.hash, previousHash: expectedHash, unchanged: false, postIds: uses.map((use) => use.id) } };
}
