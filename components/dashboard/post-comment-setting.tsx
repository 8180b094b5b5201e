// „Kommentare erlaubt“ for one post, beside the editor: saved on its own, so it never collides with the text's versions.
import Link from "next/link";
import { database } from "@/lib/database";
import { getPostCommentSetting } from "@/db/queries/comments";
import type { CurrentUser } from "@/db/queries/users";
import { tComments } from "@/lib/i18n";
import { ActionForm, type FormState } from "./action-form";

const d = tComments.dashboard;

export async function PostCommentSetting({
  user,
  postId,
  action,
}: {
  user: CurrentUser;
  postId: number;
  action: (form: FormData) => Promise<FormState>;
}) {
  const setting = await getPostCommentSetting(await database(), user, postId);
  if (!setting) return null;
  const current = setting.commentsOpen === null ? "standard" : setting.commentsOpen ? "ja" : "nein";
  const options = [
    { value: "standard", label: d.postSettingDefault(setting.siteDefault) },
    { value: "ja", label: d.postSettingOpen },
    { value: "nein", label: d.postSettingClosed },
  ];
  return (
    <section aria-labelledby="beitrag-kommentare" className="mt-8 rounded border border-slate-300 bg-white p-4">
      <ActionForm action={action} label={d.postSetting} className="flex flex-col gap-3">
        <input type="hidden" name="postId" value={postId} />
        <fieldset>
          <legend id="beitrag-kommentare" className="text-lg font-bold">
            {d.postSetting}
          </legend>
          <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
            {options.map((option) => (
              <label key={option.value} className="flex items-center gap-2">
                <input type="radio" name="commentsOpen" value={option.value} defaultChecked={current === option.value} className="h-4 w-4" />
                {option.label}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className="rounded border border-brand/40 bg-white px-3 py-2 text-sm font-semibold text-brand hover:bg-brand/5">
            {d.postSettingSave}
          </button>
          {setting.total > 0 && (
            <Link prefetch={false} href={`/dashboard/kommentare?status=${setting.pending > 0 ? "pending" : "approved"}&beitrag=${postId}`} className="text-sm text-brand underline">
              {d.moderateLink(setting.total)}
            </Link>
          )}
        </div>
      </ActionForm>
    </section>
  );
}
