// Writes to the media library: who may upload, the row for a stored file, editors' details, and deletion only when unused.
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { can, type Actor } from "@/lib/permissions";
import { deEditorial } from "@/lib/i18n/de";
import { licenceUrlFor } from "@/lib/media/licences";
import type { StoredFile } from "@/lib/media/pipeline";
import type { Database } from "../client";
import { media, postAttachments, posts } from "../schema";
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
  const name = originalName.trim().slice(0, 200) || `datei.${file.type.extension}`;
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

export async function updateMediaDetails(db: Database, session: SessionRef, id: number, raw: unknown): Promise<Result<{ id: number }>> {
  const loaded = await loadForWrite(db, session, id);
  if (!loaded.ok) return loaded;
  const parsed = mediaDetailsSchema.safeParse(raw);
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

/** Posts that show the file: as cover, as download, or in the body's Markdown (trashed posts included). */
export async function mediaUses(db: Database, item: { id: number; hash: string }): Promise<MediaUse[]> {
  return db
    .select({ id: posts.id, title: posts.title })
    .from(posts)
    .where(
      sql`${posts.coverMediaId} = ${item.id}
        or exists (select 1 from ${postAttachments} where ${postAttachments.postId} = ${posts.id} and ${postAttachments.mediaId} = ${item.id})
        or strpos(${posts.body}, ${`/medien/${item.hash}/`}) > 0`,
    )
    .orderBy(posts.title);
}

/** Deletes the row of an unused file and returns its hash so the caller removes the stored files. */
export async function deleteMedia(db: Database, session: SessionRef, id: number): Promise<Result<{ hash: string }>> {
  const loaded = await loadForWrite(db, session, id);
  if (!loaded.ok) return loaded;
  const { item } = loaded.value;
  const uses = await mediaUses(db, item);
  if (uses.length > 0) return refuse(409, mm.inUse(uses.map((use) => use.title)));
  try {
    await db.delete(media).where(eq(media.id, id));
  } catch (error) {
    // A post took the file between the check and the delete: the foreign keys refuse, and so do we.
    const code = (error as { code?: string; cause?: { code?: string } })?.code ?? (error as { cause?: { code?: string } })?.cause?.code;
    if (code === "23503") return refuse(409, mm.inUse([]));
    throw error;
  }
  return { ok: true, value: { hash: item.hash } };
}
