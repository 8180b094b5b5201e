"use server";

import { refresh, updateTag } from "next/cache";
import { auth } from "@/auth";
import type { FormState } from "@/components/dashboard/action-form";
import { getDb } from "@/db/connection";
import {
  editComment,
  eraseCommentsByEmail,
  moderateComments,
  moderationActions,
  replyToComment,
  saveCommentSettings,
  setPostCommentsOpen,
} from "@/db/mutations/comments";
import { COMMENT_SETTINGS_TAG, tagFor } from "@/lib/cache-tags";
import { tComments } from "@/lib/i18n";

const d = tComments.dashboard;

async function session() {
  const id = Number((await auth())?.user?.id);
  return Number.isInteger(id) && id > 0 ? { id } : null;
}

/** Readers see the change at their next request: exactly the articles (and lists showing their counts) it touched. */
function invalidate(postIds: number[]) {
  for (const postId of postIds) updateTag(tagFor.comments(postId));
  refresh();
}

function refused(result: { message: string; fieldErrors?: Record<string, string> }): FormState {
  return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
}

export async function moderateCommentsAction(form: FormData): Promise<FormState> {
  const ids = form.getAll("ids").map((value) => Number(value));
  const action = form.get("action");
  const result = await moderateComments(await getDb(), await session(), ids, action);
  if (!result.ok) return refused(result);
  invalidate(result.value.readerPostIds);
  const kind = moderationActions.find((value) => value === action)!;
  return { ok: true, message: d.done[kind](result.value.changed) };
}

export async function editCommentAction(form: FormData): Promise<FormState> {
  const result = await editComment(await getDb(), await session(), Number(form.get("id")), form.get("body"));
  if (!result.ok) return refused(result);
  invalidate(result.value.readerPostIds);
  return { ok: true, message: d.edited };
}

export async function replyToCommentAction(form: FormData): Promise<FormState> {
  const result = await replyToComment(await getDb(), await session(), Number(form.get("id")), form.get("body"));
  if (!result.ok) return refused(result);
  invalidate(result.value.readerPostIds);
  return { ok: true, message: d.replied };
}

export async function saveCommentSettingsAction(form: FormData): Promise<FormState> {
  const result = await saveCommentSettings(await getDb(), await session(), {
    defaultOpen: form.get("defaultOpen") === "on",
    closeAfterDays: String(form.get("closeAfterDays") ?? "").trim() || "0",
    autoApproveKnown: form.get("autoApproveKnown") === "on",
    blockList: String(form.get("blockList") ?? ""),
  });
  if (!result.ok) return refused(result);
  // Open or closed shows on every article.
  updateTag(COMMENT_SETTINGS_TAG);
  refresh();
  return { ok: true, message: d.settingsSaved };
}

export async function eraseCommentsAction(form: FormData): Promise<FormState> {
  const result = await eraseCommentsByEmail(await getDb(), await session(), form.get("email"));
  if (!result.ok) return refused(result);
  invalidate(result.value.readerPostIds);
  return { ok: true, message: d.erased(result.value.changed) };
}

export async function setPostCommentsOpenAction(form: FormData): Promise<FormState> {
  const choice = form.get("commentsOpen");
  const open = choice === "ja" ? true : choice === "nein" ? false : null;
  const postId = Number(form.get("postId"));
  const result = await setPostCommentsOpen(await getDb(), await session(), postId, open);
  if (!result.ok) return refused(result);
  invalidate([postId]);
  return { ok: true, message: d.postSettingSaved };
}
