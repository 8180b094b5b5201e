// Newer/older links between the pages of a list; page 1 is the list's own URL.
import Link from "next/link";
import { t } from "@/lib/i18n";
import { absoluteUrl } from "@/lib/site-url";

export function pageHref(base: string, page: number): string {
  if (page <= 1) return base || "/";
  return `${base}/seite/${page}`;
}

/** base: a list's path (pages at …/seite/<n>); or hrefFor for pages addressed otherwise (search results). */
export function Pagination({
  page,
  pageCount,
  labels = { previous: t.previousPage, next: t.nextPage },
  ...target
}: { page: number; pageCount: number; labels?: { previous: string; next: string } } & (
  | { base: string }
  | { hrefFor: (page: number) => string }
)) {
  if (pageCount <= 1) return null;
  const href = "hrefFor" in target ? target.hrefFor : (n: number) => pageHref(target.base, n);
  // Only real lists tell crawlers that their pages belong together; search results are not indexed at all.
  const crawlable = "base" in target;
  return (
    <>
      {/* React hoists these into <head>. */}
      {crawlable && page > 1 && <link rel="prev" href={absoluteUrl(href(page - 1))} />}
      {crawlable && page < pageCount && <link rel="next" href={absoluteUrl(href(page + 1))} />}
      <nav aria-label={t.pagination} className="mt-10 flex items-center justify-between gap-4 text-sm">
        {page > 1 ? (
          <Link prefetch={false} href={href(page - 1)} rel="prev" className="font-semibold text-brand underline">
            ← {labels.previous}
          </Link>
        ) : (
          <span />
        )}
        <span className="text-muted">{t.pageOf(page, pageCount)}</span>
        {page < pageCount ? (
          <Link prefetch={false} href={href(page + 1)} rel="next" className="font-semibold text-brand underline">
            {labels.next} →
          </Link>
        ) : (
          <span />
        )}
      </nav>
    </>
  );
}
