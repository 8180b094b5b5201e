// The shareable preview link in the editor's tools: create, copy from a read-only field, renew, revoke.
import { inputClass } from "@/components/ui/field";
import type { ShareLinkView } from "@/db/queries/share-links";
import { formatDateTime } from "@/lib/format";
import { absoluteUrl } from "@/lib/site-url";
import { ActionForm, type FormState } from "./action-form";
import { tEditorial } from "@/lib/i18n";

const s = tEditorial.postTools.share;
const buttonClass = "rounded border border-brand/40 bg-white px-4 py-2 text-sm font-semibold text-brand hover:bg-brand/5";

export function PostShareLink({
  postId,
  link,
  action,
}: {
  postId: number;
  link: ShareLinkView | null;
  action: (form: FormData) => Promise<FormState>;
}) {
  return (
    <div className="flex flex-col gap-2 md:col-span-2" data-testid="vorschau-link">
      <h3 className="text-base font-semibold">{s.heading}</h3>
      <p className="text-sm text-muted">{s.intro}</p>
      <ActionForm action={action} label={s.heading} className="flex flex-col gap-2">
        <input type="hidden" name="id" value={postId} />
        {link && (
          <div className="flex flex-col gap-1">
            <label htmlFor="vorschau-link-adresse" className="text-sm font-semibold">{s.link}</label>
            <input id="vorschau-link-adresse" readOnly value={absoluteUrl(`/geteilt/${link.token}`)} aria-describedby="vorschau-link-gueltig"
              className={inputClass} />
            <p id="vorschau-link-gueltig" className="text-xs text-muted">{s.validUntil(formatDateTime(link.expiresAt))}</p>
          </div>
        )}
        <div className="flex flex-wrap gap-2">
          <button type="submit" name="intent" value="create" className={buttonClass}>{link ? s.renew : s.create}</button>
          {link && (
            <button type="submit" name="intent" value="revoke"
              className="rounded border border-red-800 bg-white px-4 py-2 text-sm font-semibold text-red-800 hover:bg-red-50">
              {s.revoke}
            </button>
          )}
        </div>
      </ActionForm>
    </div>
  );
}
