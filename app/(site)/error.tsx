"use client";

import { ErrorMessage } from "@/components/site/error-message";
import { SiteFooter } from "@/components/site/site-chrome";

// Readers get a calm message, a retry and the footer's fixed links.
export default function SiteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <ErrorMessage reset={reset} />
      <SiteFooter />
    </>
  );
}
