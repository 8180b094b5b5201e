// The „Barriere melden“ form: plain HTML posted to a route handler, so it works the same with or without
// JavaScript. After an error the page renders it again from the kept draft, with the reader's text.
import { Field } from "@/components/ui/field";
import { t } from "@/lib/i18n";
import type { DraftValues } from "@/lib/form-drafts";
import { FieldLabel as Label, FormFooter, FormResult, Honeypot, readerInputClass as inputClass } from "./reader-form";

export type FeedbackFormState = {
  status: "idle" | "sent" | "error";
  message?: string;
  fieldErrors?: Record<string, string>;
  values: DraftValues<"feedback">;
};

const f = t.feedback;
export function FeedbackForm({ state }: { state: FeedbackFormState }) {
  const errors = state.fieldErrors ?? {};
  const values = state.values;
  return (
    <form action="/barriere-melden/senden" method="post" noValidate className="mt-6 flex max-w-2xl flex-col gap-5">
      {state.status !== "idle" && (
        <FormResult ok={state.status === "sent"} testId="feedback-result">
          {state.message}
        </FormResult>
      )}
      <div className="contents">
        <Field id="feedback-message" size="reader" label={<Label text={f.message} required />} hint={f.messageHint} error={errors.message}>
          {(describedBy, invalid) => (
            <textarea
              id="feedback-message"
              name="message"
              rows={8}
              required
              maxLength={5000}
              defaultValue={values.message}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              className={inputClass}
            />
          )}
        </Field>
        <Field id="feedback-page" size="reader" label={<Label text={f.pageUrl} />} hint={f.pageUrlHint} error={errors.pageUrl}>
          {(describedBy, invalid) => (
            <input
              id="feedback-page"
              name="pageUrl"
              type="text"
              maxLength={500}
              defaultValue={values.pageUrl}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              className={inputClass}
            />
          )}
        </Field>
        <Field id="feedback-name" size="reader" label={<Label text={f.name} />} error={errors.name}>
          {(describedBy, invalid) => (
            <input
              id="feedback-name"
              name="name"
              type="text"
              autoComplete="name"
              maxLength={120}
              defaultValue={values.name}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              className={inputClass}
            />
          )}
        </Field>
        <Field id="feedback-email" size="reader" label={<Label text={f.email} />} hint={f.emailHint} error={errors.email}>
          {(describedBy, invalid) => (
            <input
              id="feedback-email"
              name="email"
              type="email"
              autoComplete="email"
              maxLength={320}
              defaultValue={values.email}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              className={inputClass}
            />
          )}
        </Field>
        <Honeypot />
      </div>
      <FormFooter note={f.privacyNote} link={f.privacyLink} submit={f.submit} />
    </form>
  );
}
