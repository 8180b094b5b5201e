"use client";

import { t } from "@/lib/i18n";

/** The reader's calm message when a page failed, with a retry; the error itself stays in the server log. */
export function ErrorMessage({ reset }: { reset: () => void }) {
  return (
    <main id="inhalt" className="mx-auto w-full max-w-2xl flex-1 px-4 py-16">
      <h1 className="font-heading text-3xl font-bold">{t.errorTitle}</h1>
      <p className="mt-4">{t.errorText}</p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-brand px-4 py-2 font-semibold text-white">
        {t.tryAgain}
      </button>
    </main>
  );
}
