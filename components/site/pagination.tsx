// Newer/older links between the pages of a list; page 1 is the list's own URL.
import Link from "next/link";
import { t } from "@/lib/i18n";
import { absoluteUrl } from "@/lib/site-url";

export function pageHref(base: string, page: number): string {
  if (page <= 1) return base || "/";
  return `${base}/seite/${page}`;
}

export function Pagination({ base, page, pageCount }: { base: string; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  return (
    <>
      {/* React hoists these into <head>: rel=prev/next tell crawlers the pages form one list. */}
      {page > 1 && <link rel="prev" href={absoluteUrl(pageHref(base, page - 1))} />}
      {page < pageCount && <link rel="next" href={absoluteUrl(pageHref(base, page + 1))} />}
      <PaginationNav base={base} page={page} pageCount={pageCount} />
    </>
  );
}

function PaginationNav({ base, page, pageCount }: { base: string; page: number; pageCount: number }) {
  return (
    <nav aria-label={t.pagination} className="mt-10 flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <Link href={pageHref(base, page - 1)} rel="prev" className="font-semibold text-brand underline">
          ← {t.previousPage}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-muted">{t.pageOf(page, pageCount)}</span>
      {page < pageCount ? (
        <Link href={pageHref(base, page + 1)} rel="next" className="font-semibold text-brand underline">
          {t.nextPage} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
