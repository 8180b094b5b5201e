"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { tEditorial } from "@/lib/i18n";

const t = tEditorial.failure;

// The error itself stays in the server log; the editor gets its digest to quote, a retry, and the way back. The
// dashboard's header and navigation stay around this, so nothing else is lost.
export default function DashboardError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div role="alert" className="max-w-2xl">
      <h1 ref={heading} tabIndex={-1} className="text-3xl font-bold">
        {t.title}
      </h1>
      {error.digest ? (
        <p className="mt-4">
          {t.text} <code className="rounded bg-slate-100 px-1">{error.digest}</code>
        </p>
      ) : (
        <p className="mt-4">{t.noDigest}</p>
      )}
      <div className="mt-6 flex flex-wrap gap-4">
        <button type="button" onClick={reset} className="rounded bg-brand px-4 py-2 font-semibold text-white">
          {t.retry}
        </button>
        <Link prefetch={false} href="/dashboard" className="self-center font-semibold text-brand underline">
          {t.toOverview}
        </Link>
      </div>
    </div>
  );
}
