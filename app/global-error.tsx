"use client";

import { ErrorMessage } from "@/components/site/error-message";
import { t } from "@/lib/i18n";
import "./globals.css";

// Only when the root layout itself fails: it replaces that layout, so it brings its own <html lang="de">.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang={t.htmlLang}>
      <body className="flex min-h-screen flex-col">
        <ErrorMessage reset={reset} />
      </body>
    </html>
  );
}
