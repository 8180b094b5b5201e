// Reads of the media library: the dashboard's grid and choices, the serving route's lookup, and readers' views.
import "server-only";
import { cacheTag } from "next/cache";
import { and, asc, desc, eq, gte, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { can } from "@/lib/permissions";
import { tagFor } from "@/lib/cache-tags";
import { imageMarkdown } from "@/lib/markdown-edit";
import { libraryImageHashes, renderMarkdown, type RenderOptions } from "@/lib/markdown";
import { MEDIA_UNDO_MS } from "@/lib/media/undo";
import { downloadOf, mediaUrl, responsiveImage, type Download, type ResponsiveImage } from "@/lib/media/view";
export type { Download, ResponsiveImage };
import { getDb } from "../connection";
import type { Database } from "../client";
import { media, mediaFormerFiles, postAttachments, posts, users } from "../schema";
import type { CurrentUser } from "./users";

export type MediaListItem = {
  id: number;
  hash: string;
  kind: "image" | "document";
  mimeType: string;
  originalName: string;
  title: string;
  byteSize: number;
  width: number | null;
  height: number | null;
  thumbnail: string | null;
  url: string;
  alt: string;
  decorative: boolean;
  caption: string;
  credit: string;
  licence: string;
  licenceUrl: string;
  focalX: number;
  focalY: number;
  uploaderName: string | null;
  usedIn: { id: number; title: string }[];
  canEdit: boolean;
};

export type MediaFilter = { q?: string; kind?: "image" | "document" };

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function listMedia(actor: CurrentUser, filter: MediaFilter, limit = 200): Promise<MediaListItem[]> {
  if (!can.uploadMedia(actor)) return [];
  const db = await getDb();
  const conditions: SQL[] = [isNull(media.deletedAt)];
  if (filter.kind) conditions.push(eq(media.kind, filter.kind));
  const q = filter.q?.trim();
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    conditions.push(or(ilike(media.originalName, pattern), ilike(media.title, pattern), ilike(media.alt, pattern), ilike(media.credit, pattern))!);
  }
  const rows = await db
    .select({ item: media, uploaderName: users.displayName })
    .from(media)
    .leftJoin(users, eq(users.id, media.uploadedBy))
    .where(and(...conditions))
    .orderBy(desc(media.createdAt), desc(media.id))
    .limit(limit);
  const uses = await usesOf(db, rows.map((row) => row.item));
  return rows.map(({ item, uploaderName }) => {
    const thumb = item.variants.find((v) => v.format === "webp");
    return {
      id: item.id,
      hash: item.hash,
      kind: item.kind,
      mimeType: item.mimeType,
      originalName: item.originalName,
      title: item.title,
      byteSize: item.byteSize,
      width: item.width,
      height: item.height,
      thumbnail: thumb ? mediaUrl(item.hash, `${thumb.width}.webp`) : null,
      url: item.kind === "image" ? mediaUrl(item.hash, `${item.variants.at(-1)?.width ?? 0}.jpg`) : mediaUrl(item.hash, `original.${item.extension}`),
      alt: item.alt,
      decorative: item.decorative,
      caption: item.caption,
      credit: item.credit,
      licence: item.licence,
      licenceUrl: item.licenceUrl,
      focalX: item.focalX,
      focalY: item.focalY,
      uploaderName,
      usedIn: uses.get(item.id) ?? [],
      canEdit: can.editMedia(actor, item),
    };
  });
}

/** Which posts use each file, in one query for the whole page. */
async function usesOf(db: Database, items: { id: number; hash: string }[]): Promise<Map<number, { id: number; title: string }[]>> {
  const result = new Map<number, { id: number; title: string }[]>();
  if (items.length === 0) return result;
  const ids = items.map((item) => item.id);
  const direct = await db
    .select({ mediaId: posts.coverMediaId, id: posts.id, title: posts.title })
    .from(posts)
    .where(inArray(posts.coverMediaId, ids))
    .union(
      db
        .select({ mediaId: posts.socialMediaId, id: posts.id, title: posts.title })
        .from(posts)
        .where(inArray(posts.socialMediaId, ids)),
    )
    .union(
      db
        .select({ mediaId: postAttachments.mediaId, id: posts.id, title: posts.title })
        .from(postAttachments)
        .innerJoin(posts, eq(posts.id, postAttachments.postId))
        .where(inArray(postAttachments.mediaId, ids)),
    );
  const inline = await db
    .select({ id: posts.id, title: posts.title, hashes: sql<string[]>`array(select m[1] from regexp_matches(${posts.body}, '/medien/([0-9a-f]{64})/', 'g') as m)` })
    .from(posts)
    .where(sql`${posts.body} like '%/medien/%'`);
  const byHash = new Map(items.map((item) => [item.hash, item.id]));
  // Markdown written before a file was replaced names its former hash.
  const former = await db
    .select({ hash: mediaFormerFiles.hash, mediaId: mediaFormerFiles.mediaId })
    .from(mediaFormerFiles)
    .where(inArray(mediaFormerFiles.mediaId, ids));
  for (const row of former) byHash.set(row.hash, row.mediaId);
  const add = (mediaId: number | null, use: { id: number; title: string }) => {
    if (mediaId === null) return;
    const list = result.get(mediaId) ?? [];
    if (!list.some((existing) => existing.id === use.id)) list.push(use);
    result.set(mediaId, list);
  };
  for (const row of direct) add(row.mediaId, { id: row.id, title: row.title });
  for (const row of inline) for (const hash of row.hashes) add(byHash.get(hash) ?? null, { id: row.id, title: row.title });
  return result;
}

export type DeletedMediaNotice = { id: number; name: string; uses: number };

/**
 * The confirmation after deleting, with „Rückgängig“: shown while the item can still be restored (MEDIA_UNDO_MS, by
 * the database's clock) and only to someone who may restore it.
 */
export async function getDeletedMediaNotice(actor: CurrentUser, id: number): Promise<DeletedMediaNotice | null> {
  if (!Number.isInteger(id) || id <= 0 || !can.uploadMedia(actor)) return null;
  const db = await getDb();
  const [item] = await db
    .select()
    .from(media)
    .where(and(eq(media.id, id), isNotNull(media.deletedAt), gte(media.deletedAt, sql`now() - ${`${MEDIA_UNDO_MS} milliseconds`}::interval`)));
  if (!item || !can.editMedia(actor, item)) return null;
  const uses = await usesOf(db, [item]);
  return { id: item.id, name: item.title || item.originalName, uses: uses.get(item.id)?.length ?? 0 };
}

export type MediaChoice = { id: number; label: string; thumbnail: string | null; hasAlt: boolean; markdown: string };
export type MediaChoices = { images: MediaChoice[]; documents: MediaChoice[] };

/** What the post editor offers: every image (for cover and body) and every document (for downloads). */
export async function listMediaChoices(actor: CurrentUser): Promise<MediaChoices> {
  if (!can.createPost(actor)) return { images: [], documents: [] };
  const db = await getDb();
  const rows = await db.select().from(media).where(isNull(media.deletedAt)).orderBy(desc(media.createdAt), desc(media.id)).limit(500);
  const choices: MediaChoices = { images: [], documents: [] };
  for (const row of rows) {
    const thumb = row.variants.find((v) => v.format === "webp");
    const choice = {
      id: row.id,
      label: row.title || row.originalName,
      thumbnail: thumb ? mediaUrl(row.hash, `${thumb.width}.webp`) : null,
      hasAlt: row.decorative || row.alt !== "",
      markdown: row.kind === "image" ? imageMarkdown(row.decorative ? "" : row.alt, mediaUrl(row.hash, "bild")) : "",
    };
    (row.kind === "image" ? choices.images : choices.documents).push(choice);
  }
  return choices;
}

export type ServableFile = { kind: "image" | "document"; mimeType: string; extension: string; originalName: string; names: Set<string> };

/**
 * The names a hash may be asked for (none while its item is deleted): an image's variants (never its original, which may carry GPS), a document's
 * original. A file that has since been replaced stays servable under its own hash, so pages cached before the
 * replacement never show a broken image or link.
 */
export async function getServableMedia(hash: string): Promise<ServableFile | null> {
  if (!/^[0-9a-f]{64}$/.test(hash)) return null;
  const db = await getDb();
  const [current] = await db
    .select({ kind: media.kind, mimeType: media.mimeType, extension: media.extension, originalName: media.originalName, variants: media.variants })
    .from(media)
    .where(and(eq(media.hash, hash), isNull(media.deletedAt)));
  const [former] = current
    ? []
    : await db
        .select({
          kind: media.kind,
          mimeType: mediaFormerFiles.mimeType,
          extension: mediaFormerFiles.extension,
          originalName: mediaFormerFiles.originalName,
          variants: mediaFormerFiles.variants,
        })
        .from(mediaFormerFiles)
        .innerJoin(media, eq(media.id, mediaFormerFiles.mediaId))
        .where(and(eq(mediaFormerFiles.hash, hash), isNull(media.deletedAt)));
  const row = current ?? former;
  if (!row) return null;
  const names = new Set(row.kind === "image" ? row.variants.map((v) => `${v.width}.${v.format}`) : [`original.${row.extension}`]);
  return { ...row, names };
}

/** Reader views of images by id (covers) and hash (inline images). */
export async function imagesByIds(db: Database, ids: number[]): Promise<Map<number, ResponsiveImage>> {
  const map = new Map<number, ResponsiveImage>();
  if (ids.length === 0) return map;
  const rows = await db.select().from(media).where(and(inArray(media.id, ids), eq(media.kind, "image"), isNull(media.deletedAt)));
  for (const row of rows) {
    const view = responsiveImage(row);
    if (view) map.set(row.id, view);
  }
  return map;
}

/** Inline images by the hash the Markdown names: the item's current file, also for a hash it had before a replacement. */
export async function imagesByHashes(db: Database, hashes: string[]): Promise<Map<string, ResponsiveImage>> {
  const map = new Map<string, ResponsiveImage>();
  if (hashes.length === 0) return map;
  const [rows, former] = await Promise.all([
    db.select().from(media).where(and(inArray(media.hash, hashes), eq(media.kind, "image"), isNull(media.deletedAt))),
    db
      .select({ formerHash: mediaFormerFiles.hash, item: media })
      .from(mediaFormerFiles)
      .innerJoin(media, eq(media.id, mediaFormerFiles.mediaId))
      .where(and(inArray(mediaFormerFiles.hash, hashes), eq(media.kind, "image"), isNull(media.deletedAt))),
  ]);
  for (const row of rows) {
    const view = responsiveImage(row);
    if (view) map.set(row.hash, view);
  }
  for (const { formerHash, item } of former) {
    const view = responsiveImage(item);
    if (view) map.set(formerHash, view);
  }
  return map;
}

export async function downloadsOfPost(db: Database, postId: number): Promise<Download[]> {
  const rows = await db
    .select({ item: media })
    .from(postAttachments)
    .innerJoin(media, eq(media.id, postAttachments.mediaId))
    .where(and(eq(postAttachments.postId, postId), isNull(media.deletedAt)))
    .orderBy(asc(postAttachments.position));
  return rows.map(({ item }) => downloadOf(item));
}

/**
 * Markdown rendered with the library images it refers to turned into <picture> elements; `shown` collects the items
 * rendered, for tagTheShownMedia. An image no longer in the library is left out, never a broken <img>.
 */
export async function renderWithLibraryImages(
  db: Database,
  markdown: string,
  options: Omit<RenderOptions, "images"> & { shown?: Set<number> } = {},
): Promise<string> {
  const { shown, ...renderOptions } = options;
  const hashes = libraryImageHashes(markdown);
  const images = await imagesByHashes(db, hashes);
  for (const image of images.values()) shown?.add(image.mediaId);
  return renderMarkdown(markdown, { ...renderOptions, images });
}

/**
 * Tags the running cached reader query with every library item it shows, so replacing, describing or deleting a file
 * refreshes exactly the cached pages, feeds and images that show it. Call only inside a "use cache" function.
 */
export function tagTheShownMedia(ids: Iterable<number | null | undefined>): void {
  const tags = [...new Set([...ids].filter((id): id is number => typeof id === "number"))].map(tagFor.media);
  // cacheTag takes at most 128 tags per call.
  for (let start = 0; start < tags.length; start += 100) cacheTag(...tags.slice(start, start + 100));
}

/** For previews and the editor: Markdown with library images, the chosen cover's variants and the downloads. */
export async function libraryPartsOf(input: { body: string; coverMediaId: number | null; attachmentIds: number[] }) {
  const db = await getDb();
  const [html, covers, documents] = await Promise.all([
    renderWithLibraryImages(db, input.body),
    imagesByIds(db, input.coverMediaId === null ? [] : [input.coverMediaId]),
    input.attachmentIds.length === 0 ? Promise.resolve([]) : db.select().from(media).where(and(inArray(media.id, input.attachmentIds), eq(media.kind, "document"), isNull(media.deletedAt))),
  ]);
  const byId = new Map(documents.map((row) => [row.id, row]));
  return {
    html,
    picture: input.coverMediaId === null ? undefined : covers.get(input.coverMediaId),
    downloads: input.attachmentIds.flatMap((id) => {
      const row = byId.get(id);
      return row ? [downloadOf(row)] : [];
    }),
  };
}

/** The editor's live preview: for signed-in writers only, as it resolves any library image by its address. */
export async function renderPreview(actor: CurrentUser, markdown: string): Promise<string> {
  if (!can.createPost(actor)) return "";
  return renderWithLibraryImages(await getDb(), markdown);
}
