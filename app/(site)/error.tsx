"use client";

import { SiteFooter } from "@/components/site/site-chrome";
import { t } from "@/lib/i18n";

// The error itself stays in the server log; readers get a calm message, a retry and the footer's fixed links.
export default function SiteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <main id="inhalt" className="mx-auto w-full max-w-2xl flex-1 px-4 py-16">
        <h1 className="font-serif text-3xl font-bold">{t.errorTitle}</h1>
        <p className="mt-4">{t.errorText}</p>
        <button type="button" onClick={reset} className="mt-6 rounded bg-brand px-4 py-2 font-semibold text-white">
          {t.tryAgain}
        </button>
      </main>
      <SiteFooter />
    </>
  );
}
