// The „Barriere melden“ form: plain HTML posted to a route handler, so it works the same with or without
// JavaScript. After an error the page renders it again from the kept draft, with the reader's text.
import { Field } from "@/components/ui/field";
import { t } from "@/lib/i18n";
import type { DraftValues } from "@/lib/form-drafts";

export type FeedbackFormState = {
  status: "idle" | "sent" | "error";
  message?: string;
  fieldErrors?: Record<string, string>;
  values: DraftValues<"feedback">;
};

const f = t.feedback;
const inputClass =
  "w-full rounded border border-muted bg-white px-3 py-2 text-base text-ink aria-[invalid=true]:border-red-800 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-800";

/** A field's label with the note whether it must be filled in. */
function Label({ text, required }: { text: string; required?: boolean }) {
  return (
    <>
      {text} <span className="font-normal text-muted">({required ? f.required : f.optional})</span>
    </>
  );
}

export function FeedbackForm({ state }: { state: FeedbackFormState }) {
  const errors = state.fieldErrors ?? {};
  const values = state.values;
  return (
    <form action="/barriere-melden/senden" method="post" noValidate className="mt-6 flex max-w-2xl flex-col gap-5">
      {state.status !== "idle" && (
        <p
          role={state.status === "sent" ? "status" : "alert"}
          data-testid="feedback-result"
          className={`rounded border-l-4 p-4 font-semibold ${state.status === "sent" ? "border-brand bg-sand/60 text-ink" : "border-red-800 bg-red-50 text-red-900"}`}
        >
          {state.message}
        </p>
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
        {/* The honeypot: invisible to people and screen readers, filled in by bots that fill in everything. */}
        <div className="hidden" aria-hidden="true">
          <label>
            {f.honeypot}
            <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
          </label>
        </div>
      </div>
      <p className="text-sm text-muted">
        {f.privacyNote}{" "}
        <a href="/datenschutz" className="text-brand underline">
          {f.privacyLink}
        </a>
        .
      </p>
      <div>
        <button type="submit" className="rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark">
          {f.submit}
        </button>
      </div>
    </form>
  );
}
