"use server";

// Comment moderation and settings; who may do what is decided in db/mutations/comments.ts.
import type { FormState } from "@/components/dashboard/action-form";
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
import { formAction } from "@/lib/server-action";

const d = tComments.dashboard;

/** Readers see the change at their next request: exactly the articles (and lists showing their counts) it touched. */
function shownOn(postIds: number[]) {
  return { tags: postIds.map(tagFor.comments), refresh: true };
}

export async function moderateCommentsAction(form: FormData): Promise<FormState> {
  const ids = form.getAll("ids").map((value) => Number(value));
  const action = form.get("action");
  return formAction(({ db, user }) => moderateComments(db, user, ids, action), {
    answer: ({ changed }) => d.done[moderationActions.find((value) => value === action)!](changed),
    invalidate: ({ readerPostIds }) => shownOn(readerPostIds),
  });
}

export async function editCommentAction(form: FormData): Promise<FormState> {
  return formAction(({ db, user }) => editComment(db, user, Number(form.get("id")), form.get("body")), {
    answer: d.edited,
    invalidate: ({ readerPostIds }) => shownOn(readerPostIds),
  });
}

export async function replyToCommentAction(form: FormData): Promise<FormState> {
  return formAction(({ db, user }) => replyToComment(db, user, Number(form.get("id")), form.get("body")), {
    answer: d.replied,
    invalidate: ({ readerPostIds }) => shownOn(readerPostIds),
  });
}

export async function saveCommentSettingsAction(form: FormData): Promise<FormState> {
  const settings = {
    defaultOpen: form.get("defaultOpen") === "on",
    closeAfterDays: String(form.get("closeAfterDays") ?? "").trim() || "0",
    autoApproveKnown: form.get("autoApproveKnown") === "on",
    blockList: String(form.get("blockList") ?? ""),
  };
  return formAction(({ db, user }) => saveCommentSettings(db, user, settings), {
    answer: d.settingsSaved,
    // Open or closed shows on every article.
    invalidate: { tags: [COMMENT_SETTINGS_TAG], refresh: true },
  });
}

export async function eraseCommentsAction(form: FormData): Promise<FormState> {
  return formAction(({ db, user }) => eraseCommentsByEmail(db, user, form.get("email")), {
    answer: ({ changed }) => d.erased(changed),
    invalidate: ({ readerPostIds }) => shownOn(readerPostIds),
  });
}

export async function setPostCommentsOpenAction(form: FormData): Promise<FormState> {
  const choice = form.get("commentsOpen");
  const open = choice === "ja" ? true : choice === "nein" ? false : null;
  const postId = Number(form.get("postId"));
  return formAction(({ db, user }) => setPostCommentsOpen(db, user, postId, open), {
    answer: d.postSettingSaved,
    invalidate: shownOn([postId]),
  });
}
