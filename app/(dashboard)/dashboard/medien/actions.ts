"use server";

import { idFrom } from "@/lib/route-params";
// The media library's server actions: each resolves the session itself; the data layer decides who may do what.
import { updateTag } from "next/cache";
import { auth } from "@/auth";
import type { FormState } from "@/components/dashboard/action-form";
import type { DeleteMediaState } from "@/components/dashboard/media-delete";
import type { Database } from "@/db/client";
import { getDb } from "@/db/connection";
import { deleteMedia, describeUploadedImage, restoreMedia, updateMediaDetails } from "@/db/mutations/media";
import { readerTagsOfPosts } from "@/db/queries/reader-dependents";
import { tagFor } from "@/lib/cache-tags";
import { tEditorial } from "@/lib/i18n";
import { purgeExpiredMediaAfterResponse } from "@/lib/media/purge-after";
import { MEDIA_UNDO_MINUTES } from "@/lib/media/undo";

const t = tEditorial.media;

async function session() {
  const id = Number((await auth())?.user?.id);
  return Number.isInteger(id) && id > 0 ? { id } : null;
}

export async function updateMediaDetailsAction(form: FormData): Promise<FormState> {
  const result = await updateMediaDetails(await getDb(), await session(), idFrom(form.get("id")), {
    title: String(form.get("title") ?? ""),
    alt: String(form.get("alt") ?? ""),
    decorative: form.get("decorative") === "on",
    caption: String(form.get("caption") ?? ""),
    credit: String(form.get("credit") ?? ""),
    licence: String(form.get("licence") ?? ""),
    licenceUrl: String(form.get("licenceUrl") ?? ""),
    ...(form.has("focalX") ? { focalX: String(form.get("focalX")), focalY: String(form.get("focalY")) } : {}),
  });
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  // Alt text, credit, licence and focal point show wherever the file is: every such cached page carries its tag.
  updateTag(tagFor.media(result.value.id));
  return { ok: true, message: t.saved };
}

/**
 * The alt text given in the post editor for an image placed into the text (see describeUploadedImage: it reaches the
 * library only where the library has none). The text itself carries the alt text either way.
 */
export async function describeUploadedImageAction(id: number, alt: string, decorative: boolean): Promise<FormState> {
  const result = await describeUploadedImage(await getDb(), await session(), Number(id), { alt, decorative });
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  if (result.value.stored) updateTag(tagFor.media(Number(id)));
  return { ok: true };
}

/** Refreshes every cached page that shows the file, and the posts that use it (lists, sitemaps, their articles). */
async function refreshReaders(db: Database, id: number, postIds: number[]) {
  for (const tag of new Set([tagFor.media(id), ...(await readerTagsOfPosts(db, postIds))])) updateTag(tag);
}

/**
 * Deletes a library item (restorable for a while). An unused file goes at once; for a file in use the first answer
 * lists the posts, and the form then sends the ids of exactly the posts the editor saw (`bestaetigt`), which the data
 * layer checks again. The page then shows the confirmation with „Rückgängig“.
 */
export async function deleteMediaAction(form: FormData): Promise<DeleteMediaState> {
  const confirmed = form.has("bestaetigt")
    ? form.getAll("bestaetigt").map(idFrom).filter((id) => id > 0)
    : undefined;
  const db = await getDb();
  const id = idFrom(form.get("id"));
  const result = await deleteMedia(db, await session(), id, confirmed);
  if (!result.ok) return { ok: false, message: result.message, uses: "uses" in result ? result.uses : undefined };
  await refreshReaders(db, id, result.value.postIds);
  purgeExpiredMediaAfterResponse();
  return { ok: true, deletedId: id, message: t.deletedNotice(result.value.name, result.value.postIds.length, MEDIA_UNDO_MINUTES) };
}

/** „Rückgängig“: the item is back in the library and in every post that used it. */
export async function restoreMediaAction(id: number): Promise<FormState> {
  const db = await getDb();
  const result = await restoreMedia(db, await session(), Number(id));
  if (!result.ok) return { ok: false, message: result.message };
  await refreshReaders(db, result.value.id, result.value.postIds);
  return { ok: true, message: t.restored(result.value.name, result.value.postIds.length) };
}
