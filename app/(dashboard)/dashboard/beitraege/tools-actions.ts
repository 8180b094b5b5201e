"use server";

// The editor's tools beside the content: author, publication date, duplicate. Public HTTP endpoints like every
// server action: each resolves the session and leaves the decision to the data layer.
import { redirect } from "next/navigation";
import { refresh, updateTag } from "next/cache";
import { auth } from "@/auth";
import type { FormState } from "@/components/dashboard/action-form";
import { getDb } from "@/db/connection";
import { parseLocalDateTime } from "@/db/mutations/post-input";
import { changePostAuthor, duplicatePost, setPublicationDate } from "@/db/mutations/post-tools";
import { createShareLink, revokeShareLink } from "@/db/mutations/share-links";
import { readerTagsOfPost } from "@/db/queries/reader-dependents";
import { idFrom } from "@/lib/route-params";
import type { Result } from "@/db/mutations/actor";
import { tEditorial } from "@/lib/i18n";

const p = tEditorial.postTools.tools;

async function session(): Promise<{ id: number } | null> {
  const id = Number((await auth())?.user?.id);
  return Number.isInteger(id) && id > 0 ? { id } : null;
}

/** Runs a change and drops exactly the reader pages that showed the post before or show it now. */
async function changeShown(postId: number, change: () => Promise<Result<unknown>>, done: string): Promise<FormState> {
  const db = await getDb();
  const before = await readerTagsOfPost(db, postId);
  const result = await change();
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  for (const tag of new Set([...before, ...(await readerTagsOfPost(db, postId))])) updateTag(tag);
  // The editor above reads the post again: its version moved on.
  refresh();
  return { ok: true, message: done };
}

export async function changeAuthorAction(form: FormData): Promise<FormState> {
  const postId = idFrom(form.get("id"));
  const ref = await session();
  return changeShown(postId, async () => changePostAuthor(await getDb(), ref, postId, idFrom(form.get("authorId"))), p.authorChanged);
}

export async function setPublicationDateAction(form: FormData): Promise<FormState> {
  const postId = idFrom(form.get("id"));
  const ref = await session();
  const at = parseLocalDateTime(form.get("publishedAt"));
  return changeShown(postId, async () => setPublicationDate(await getDb(), ref, postId, at), p.dateChanged);
}

export async function duplicatePostAction(form: FormData): Promise<FormState> {
  const result = await duplicatePost(await getDb(), await session(), idFrom(form.get("id")));
  if (!result.ok) return { ok: false, message: result.message };
  redirect(`/dashboard/beitraege/${result.value.id}`);
}

/** Creates (or renews) and revokes the post's shareable preview link: one form, the button pressed says which. */
export async function shareLinkAction(form: FormData): Promise<FormState> {
  const revoke = form.get("intent") === "revoke";
  const db = await getDb();
  const postId = idFrom(form.get("id"));
  const result = revoke ? await revokeShareLink(db, await session(), postId) : await createShareLink(db, await session(), postId);
  if (!result.ok) return { ok: false, message: result.message };
  refresh();
  return { ok: true, message: revoke ? tEditorial.postTools.share.revoked : tEditorial.postTools.share.created };
}
