"use server";

// The editor's tools beside the content: author, publication date, duplicate, share link. The data layer decides
// who may use them.
import type { FormState } from "@/components/dashboard/action-form";
import type { Result } from "@/db/mutations/actor";
import { parseLocalDateTime } from "@/db/mutations/post-input";
import { changePostAuthor, duplicatePost, setPublicationDate } from "@/db/mutations/post-tools";
import { createShareLink, revokeShareLink } from "@/db/mutations/share-links";
import { readerTagsOfPost } from "@/db/queries/reader-dependents";
import { idFrom } from "@/lib/route-params";
import { tEditorial } from "@/lib/i18n";
import { formAction, type ActionContext } from "@/lib/server-action";

const p = tEditorial.postTools.tools;

/** Runs a change and drops exactly the reader pages that showed the post before or show it now. */
async function changeShown(postId: number, change: (context: ActionContext) => Promise<Result<unknown>>, done: string): Promise<FormState> {
  return formAction(
    async (context): Promise<Result<string[]>> => {
      const before = await readerTagsOfPost(context.db, postId);
      const result = await change(context);
      return result.ok ? { ok: true, value: [...before, ...(await readerTagsOfPost(context.db, postId))] } : result;
    },
    // The editor above reads the post again: its version moved on.
    { answer: done, invalidate: (tags) => ({ tags, refresh: true }) },
  );
}

export async function changeAuthorAction(form: FormData): Promise<FormState> {
  const postId = idFrom(form.get("id"));
  return changeShown(postId, ({ db, user }) => changePostAuthor(db, user, postId, idFrom(form.get("authorId"))), p.authorChanged);
}

export async function setPublicationDateAction(form: FormData): Promise<FormState> {
  const postId = idFrom(form.get("id"));
  const at = parseLocalDateTime(form.get("publishedAt"));
  return changeShown(postId, ({ db, user }) => setPublicationDate(db, user, postId, at), p.dateChanged);
}

export async function duplicatePostAction(form: FormData): Promise<FormState> {
  return formAction(({ db, user }) => duplicatePost(db, user, idFrom(form.get("id"))), {
    redirectTo: ({ id }) => `/dashboard/beitraege/${id}`,
  });
}

/** Creates (or renews) and revokes the post's shareable preview link: one form, the button pressed says which. */
export async function shareLinkAction(form: FormData): Promise<FormState> {
  const revoke = form.get("intent") === "revoke";
  const postId = idFrom(form.get("id"));
  return formAction<unknown>(({ db, user }) => (revoke ? revokeShareLink(db, user, postId) : createShareLink(db, user, postId)), {
    answer: revoke ? tEditorial.postTools.share.revoked : tEditorial.postTools.share.created,
    invalidate: { refresh: true },
  });
}
