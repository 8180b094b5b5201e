// The pieces every reader form shares (comments, „Barriere melden“): plain HTML posted to a route handler, so they
// work without JavaScript and without cookies.
import type { ReactNode } from "react";
import { t } from "@/lib/i18n";

const words = t.feedback;

export const readerInputClass =
  "w-full rounded border border-muted bg-white px-3 py-2 text-base text-ink aria-[invalid=true]:border-red-800 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-800";

/** A field's label with the note whether it must be filled in. */
export function FieldLabel({ text, required }: { text: string; required?: boolean }) {
  return (
    <>
      {text} <span className="font-normal text-muted">({required ? words.required : words.optional})</span>
    </>
  );
}

/** What became of the last submission: a status when it went through, an alert when it did not. */
export function FormResult({ ok, testId, children }: { ok: boolean; testId: string; children: ReactNode }) {
  return (
    <p
      role={ok ? "status" : "alert"}
      data-testid={testId}
      className={`rounded border-l-4 p-4 font-semibold ${ok ? "border-brand bg-sand/60 text-ink" : "border-red-800 bg-red-50 text-red-900"}`}
    >
      {children}
    </p>
  );
}

/** The honeypot: invisible to people and screen readers, filled in by bots that fill in everything. */
export function Honeypot() {
  return (
    <div className="hidden" aria-hidden="true">
      <label>
        {words.honeypot}
        <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </label>
    </div>
  );
}

/** The privacy note with its link, and the submit button. */
export function FormFooter({ note, link, submit }: { note: string; link: string; submit: string }) {
  return (
    <>
      <p className="text-sm text-muted">
        {note}{" "}
        <a href="/datenschutz" className="text-brand underline">
          {link}
        </a>
        .
      </p>
      <div>
        <button type="submit" className="rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark">
          {submit}
        </button>
      </div>
    </>
  );
}
