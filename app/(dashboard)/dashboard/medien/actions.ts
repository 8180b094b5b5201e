"use server";

// The media library's server actions: each resolves the session itself; the data layer decides who may do what.
import { updateTag } from "next/cache";
import { auth } from "@/auth";
import type { FormState } from "@/components/dashboard/action-form";
import { getDb } from "@/db/connection";
import { deleteMedia, updateMediaDetails } from "@/db/mutations/media";
import { CONTENT_TAG } from "@/lib/cache-tags";
import { deEditorial } from "@/lib/i18n/de";
import { getMediaStorage } from "@/lib/media/storage";

const t = deEditorial.media;

async function session() {
  const id = Number((await auth())?.user?.id);
  return Number.isInteger(id) && id > 0 ? { id } : null;
}

export async function updateMediaDetailsAction(form: FormData): Promise<FormState> {
  const result = await updateMediaDetails(await getDb(), await session(), Number(form.get("id")), {
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
  // Alt text, credit and licence appear on reader pages wherever the file is used.
  updateTag(CONTENT_TAG);
  return { ok: true, message: t.saved };
}

export async function deleteMediaAction(form: FormData): Promise<FormState> {
  const result = await deleteMedia(await getDb(), await session(), Number(form.get("id")));
  if (!result.ok) return { ok: false, message: result.message };
  await getMediaStorage().removeAll(result.value.hash);
  updateTag(CONTENT_TAG);
  return { ok: true, message: t.deleted };
}
