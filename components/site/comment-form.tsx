// The comment form: plain HTML posted to a route handler (post/redirect/get), so it works without JavaScript and
// without cookies. After a refusal the article is shown again with the kept draft, the message and the reader's text.
import { Field } from "@/components/ui/field";
import { t } from "@/lib/i18n";
import type { DraftValues } from "@/lib/form-drafts";
import { ReplyTarget } from "./comment-reply";
import { FieldLabel as Label, FormFooter, FormResult, Honeypot, readerInputClass as inputClass } from "./reader-form";

const c = t.comments;

export type CommentFormState = {
  status: "idle" | "sent" | "published" | "error";
  message?: string;
  fieldErrors?: Record<string, string>;
  values: DraftValues<"comment">;
  /** The comment being answered, when the form is set for a thread. */
  replyTo: { id: number; name: string } | null;
};

export function CommentForm({ slug, state, stamp }: { slug: string; state: CommentFormState; stamp: string }) {
  const errors = state.fieldErrors ?? {};
  const values = state.values;
  return (
    <form
      id="kommentar-formular"
      action={`/artikel/${slug}/kommentar-senden`}
      method="post"
      noValidate
      aria-labelledby="kommentar-formular-titel"
      className="mt-10 flex max-w-2xl scroll-mt-6 flex-col gap-5"
    >
      <h3 id="kommentar-formular-titel" className="font-heading text-xl font-bold">
        {c.formHeading}
      </h3>
      <p className="text-sm text-muted">{c.moderationNote}</p>
      {state.status !== "idle" && (
        <FormResult ok={state.status !== "error"} testId="kommentar-ergebnis">
          {state.message}
        </FormResult>
      )}
      <ReplyTarget initial={state.replyTo} cancelHref={`/artikel/${slug}#kommentar-formular`} />
      <input type="hidden" name="stamp" value={stamp} />
      <Field id="kommentar-name" size="reader" label={<Label text={c.name} required />} error={errors.name}>
        {(describedBy, invalid) => (
          <input
            id="kommentar-name"
            name="name"
            type="text"
            autoComplete="name"
            required
            defaultValue={values.name}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="kommentar-email" size="reader" label={<Label text={c.email} />} hint={c.emailHint} error={errors.email}>
        {(describedBy, invalid) => (
          <input
            id="kommentar-email"
            name="email"
            type="email"
            autoComplete="email"
            defaultValue={values.email}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            className={inputClass}
          />
        )}
      </Field>
      {/* No maxLength: the browser would cut a pasted text silently; the server says how long it may be instead. */}
      <Field id="kommentar-text" size="reader" label={<Label text={c.body} required />} hint={c.bodyHint} error={errors.body}>
        {(describedBy, invalid) => (
          <textarea
            id="kommentar-text"
            name="body"
            rows={7}
            required
            defaultValue={values.body}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            className={inputClass}
          />
        )}
      </Field>
      <Honeypot />
      <FormFooter note={c.consent} link={c.privacyLink} submit={c.submit} />
    </form>
  );
}
