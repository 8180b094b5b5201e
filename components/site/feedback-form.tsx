// The „Barriere melden“ form: plain HTML posted to a route handler, so it works the same with or without
// JavaScript. After an error the page renders it again from the kept draft, with the reader's text.
import { t } from "@/lib/i18n";
import type { FeedbackValues } from "@/lib/feedback-drafts";

export type FeedbackFormState = {
  status: "idle" | "sent" | "error";
  message?: string;
  fieldErrors?: Record<string, string>;
  values: FeedbackValues;
};

const f = t.feedback;
const inputClass =
  "w-full rounded border border-muted bg-white px-3 py-2 text-base text-ink aria-[invalid=true]:border-red-800 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-800";

function Described({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hinweis`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-fehler`} className="text-sm font-semibold text-red-800">
          {error}
        </p>
      )}
    </>
  );
}

function describedBy(id: string, hint: boolean, error: string | undefined): string | undefined {
  return [hint ? `${id}-hinweis` : null, error ? `${id}-fehler` : null].filter(Boolean).join(" ") || undefined;
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
        <div className="flex flex-col gap-1">
          <label htmlFor="feedback-message" className="font-semibold">
            {f.message} <span className="font-normal text-muted">({f.required})</span>
          </label>
          <textarea
            id="feedback-message"
            name="message"
            rows={8}
            required
            maxLength={5000}
            defaultValue={values.message}
            aria-invalid={Boolean(errors.message)}
            aria-describedby={describedBy("feedback-message", true, errors.message)}
            className={inputClass}
          />
          <Described id="feedback-message" hint={f.messageHint} error={errors.message} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="feedback-page" className="font-semibold">
            {f.pageUrl} <span className="font-normal text-muted">({f.optional})</span>
          </label>
          <input
            id="feedback-page"
            name="pageUrl"
            type="text"
            maxLength={500}
            defaultValue={values.pageUrl}
            aria-invalid={Boolean(errors.pageUrl)}
            aria-describedby={describedBy("feedback-page", true, errors.pageUrl)}
            className={inputClass}
          />
          <Described id="feedback-page" hint={f.pageUrlHint} error={errors.pageUrl} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="feedback-name" className="font-semibold">
            {f.name} <span className="font-normal text-muted">({f.optional})</span>
          </label>
          <input
            id="feedback-name"
            name="name"
            type="text"
            autoComplete="name"
            maxLength={120}
            defaultValue={values.name}
            aria-invalid={Boolean(errors.name)}
            aria-describedby={describedBy("feedback-name", false, errors.name)}
            className={inputClass}
          />
          <Described id="feedback-name" error={errors.name} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="feedback-email" className="font-semibold">
            {f.email} <span className="font-normal text-muted">({f.optional})</span>
          </label>
          <input
            id="feedback-email"
            name="email"
            type="email"
            autoComplete="email"
            maxLength={320}
            defaultValue={values.email}
            aria-invalid={Boolean(errors.email)}
            aria-describedby={describedBy("feedback-email", true, errors.email)}
            className={inputClass}
          />
          <Described id="feedback-email" hint={f.emailHint} error={errors.email} />
        </div>
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
