"use server";

// The media library's server actions; the data layer decides who may do what.
import { idFrom } from "@/lib/route-params";
import type { FormState } from "@/components/dashboard/action-form";
import type { DeleteMediaState } from "@/components/dashboard/media-delete";
import type { Database } from "@/db/client";
import { deleteMedia, describeUploadedImage, restoreMedia, updateMediaDetails } from "@/db/mutations/media";
import { readerTagsOfPosts } from "@/db/queries/reader-dependents";
import { tagFor } from "@/lib/cache-tags";
import { tEditorial } from "@/lib/i18n";
import { purgeExpiredMediaAfterResponse } from "@/lib/media/purge-after";
import { MEDIA_UNDO_MINUTES } from "@/lib/media/undo";
import { asUser, formAction, invalidate, refusalState } from "@/lib/server-action";

const t = tEditorial.media;

export async function updateMediaDetailsAction(form: FormData): Promise<FormState> {
  const details = {
    title: String(form.get("title") ?? ""),
    alt: String(form.get("alt") ?? ""),
    decorative: form.get("decorative") === "on",
    caption: String(form.get("caption") ?? ""),
    credit: String(form.get("credit") ?? ""),
    licence: String(form.get("licence") ?? ""),
    licenceUrl: String(form.get("licenceUrl") ?? ""),
    ...(form.has("focalX") ? { focalX: String(form.get("focalX")), focalY: String(form.get("focalY")) } : {}),
  };
  return formAction(({ db, user }) => updateMediaDetails(db, user, idFrom(form.get("id")), details), {
    answer: t.saved,
    // Alt text, credit, licence and focal point show wherever the file is: every such cached page carries its tag.
    invalidate: ({ id }) => ({ tags: [tagFor.media(id)] }),
  });
}

/**
 * The alt text given in the post editor for an image placed into the text (see describeUploadedImage: it reaches the
 * library only where the library has none). The text itself carries the alt text either way.
 */
export async function describeUploadedImageAction(id: number, alt: string, decorative: boolean): Promise<FormState> {
  return formAction(({ db, user }) => describeUploadedImage(db, user, Number(id), { alt, decorative }), {
    invalidate: ({ stored }) => ({ tags: stored ? [tagFor.media(Number(id))] : [] }),
  });
}

/** Every cached page that shows the file, and the posts that use it (lists, sitemaps, their articles). */
async function readersOf(db: Database, id: number, postIds: number[]): Promise<string[]> {
  return [tagFor.media(id), ...(await readerTagsOfPosts(db, postIds))];
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
  const id = idFrom(form.get("id"));
  const result = await asUser(async ({ db, user }) => {
    const deleted = await deleteMedia(db, user, id, confirmed);
    if (deleted.ok) await invalidate({ tags: await readersOf(db, id, deleted.value.postIds) });
    return deleted;
  });
  if (!result.ok) return { ...refusalState(result), uses: "uses" in result ? result.uses : undefined };
  purgeExpiredMediaAfterResponse();
  return { ok: true, deletedId: id, message: t.deletedNotice(result.value.name, result.value.postIds.length, MEDIA_UNDO_MINUTES) };
}

/** „Rückgängig“: the item is back in the library and in every post that used it. */
export async function restoreMediaAction(id: number): Promise<FormState> {
  return formAction(({ db, user }) => restoreMedia(db, user, Number(id)), {
    answer: ({ name, postIds }) => t.restored(name, postIds.length),
    invalidate: async ({ id: restored, postIds }, { db }) => ({ tags: await readersOf(db, restored, postIds) }),
  });
}
