// What a reader sees for an unknown address; rendered without database reads so it can be built ahead.
import Link from "next/link";
import { t } from "@/lib/i18n";

export function NotFoundContent() {
  return (
    <div className="mx-auto max-w-2xl py-10">
      <p className="text-sm font-semibold text-brand">404</p>
      <h1 className="mt-1 font-heading text-3xl font-bold">{t.notFoundTitle}</h1>
      <p className="mt-4">{t.notFoundText}</p>
      <ul className="mt-4 list-disc pl-5">
        <li>
          <Link prefetch={false} href="/" className="text-brand underline">
            {t.backHome}
          </Link>
        </li>
      </ul>
      {/* Counts this 404 for the editors' log (app/api/nicht-gefunden): same origin, no cookie, works on cached pages. */}
      {/* Low priority, because React preloads every other <img> it renders with <link rel="preload"> in the head, and
          this component is rendered into every page's boundary for not-found: the preload outlived the rewrite of
          reader pages, so each page view fetched the pixel and counted its own address as a 404. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src="/api/nicht-gefunden" alt="" width={1} height={1} fetchPriority="low" referrerPolicy="same-origin" className="absolute h-px w-px opacity-0" />
    </div>
  );
}
