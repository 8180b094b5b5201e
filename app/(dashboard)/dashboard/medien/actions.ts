"use server";

import { idFrom } from "@/lib/route-params";
// The media library's server actions: each resolves the session itself; the data layer decides who may do what.
import { updateTag } from "next/cache";
import { auth } from "@/auth";
import type { FormState } from "@/components/dashboard/action-form";
import { getDb } from "@/db/connection";
import { deleteMedia, previewMediaDeletion, updateMediaDetails, type MediaUse } from "@/db/mutations/media";
import { readerTagsOfPosts } from "@/db/queries/reader-dependents";
import { tagFor } from "@/lib/cache-tags";
import { deEditorial } from "@/lib/i18n/de";
import { getMediaStorage } from "@/lib/media/storage";

const t = deEditorial.media;

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

export type DeleteMediaState = FormState & { uses?: MediaUse[]; ask?: boolean };

/** The question before deleting: which posts would lose the file, if any. Deletes nothing. */
export async function askDeleteMediaAction(id: number): Promise<DeleteMediaState> {
  const result = await previewMediaDeletion(await getDb(), await session(), Number(id));
  if (!result.ok) return { ok: false, message: result.message };
  const { uses } = result.value;
  return { ok: false, ask: true, uses, message: uses.length > 0 ? t.inUse(uses.map((use) => use.title)) : undefined };
}

/**
 * Deletes a library item. The first answer for a file in use lists the posts; the form then offers to delete anyway,
 * sending the ids of exactly the posts the editor saw (`bestaetigt`), which the data layer checks again.
 */
export async function deleteMediaAction(form: FormData): Promise<DeleteMediaState> {
  const confirmed = form.has("bestaetigt")
    ? form.getAll("bestaetigt").map(idFrom).filter((id) => id > 0)
    : undefined;
  const db = await getDb();
  const result = await deleteMedia(db, await session(), idFrom(form.get("id")), confirmed);
  if (!result.ok) return { ok: false, message: result.message, uses: "uses" in result ? result.uses : undefined };
  const storage = getMediaStorage();
  for (const hash of result.value.hashes) await storage.removeAll(hash);
  const id = idFrom(form.get("id"));
  // Pages that showed the file carry its tag; posts that lost their cover or a download changed too (lists, sitemaps).
  for (const tag of new Set([tagFor.media(id), ...(await readerTagsOfPosts(db, result.value.postIds))])) updateTag(tag);
  return { ok: true, message: result.value.postIds.length > 0 ? t.deletedFromPosts(result.value.postIds.length) : t.deleted };
}
