// The visible trail above a category page or an article: Startseite › parent › category. The same trail goes into
// the page's BreadcrumbList (lib/seo/structured-data.ts).
import Link from "next/link";
import { t, tTaxonomy } from "@/lib/i18n";

export type Crumb = { name: string; path: string };

/** `current`: the last crumb is the page itself (shown, not linked). */
export function Breadcrumbs({ trail, current = false }: { trail: Crumb[]; current?: boolean }) {
  const crumbs = [{ name: t.home, path: "/" }, ...trail];
  return (
    <nav aria-label={tTaxonomy.reader.breadcrumbs} className="mb-4 text-sm text-muted">
      <ol className="flex flex-wrap items-center gap-x-2">
        {crumbs.map((crumb, index) => {
          const last = index === crumbs.length - 1;
          return (
            <li key={crumb.path} className="flex items-center gap-x-2">
              {index > 0 && <span aria-hidden="true">›</span>}
              {last && current ? (
                <span aria-current="page" className="font-semibold text-ink">
                  {crumb.name}
                </span>
              ) : (
                <Link prefetch={false} href={crumb.path} className="underline hover:text-brand">
                  {crumb.name}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
