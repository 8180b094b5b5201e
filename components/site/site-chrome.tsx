// The frame around every reader page: skip link, header with search field and category navigation, footer.
import Link from "next/link";
import { LEGAL_FOOTER_LINKS, type FooterLinkView } from "@/lib/footer";
import { t } from "@/lib/i18n";
import { MAX_QUERY_LENGTH } from "@/lib/search-query";
import { siteConfig } from "@/lib/site-config";
import type { CategoryRef } from "@/db/queries/posts";

export function SkipLink() {
  return (
    <a
      href="#inhalt"
      className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-brand focus:shadow"
    >
      {t.skipToContent}
    </a>
  );
}

/** searchQuery prefills the search field (on the results page). */
export function SiteHeader({ categories, searchQuery }: { categories: CategoryRef[]; searchQuery?: string }) {
  return (
    <header className="border-b border-brand/15 bg-white">
      <div className="mx-auto flex max-w-5xl flex-col gap-4 px-4 py-5 sm:px-6 md:flex-row md:items-end md:justify-between">
        <div>
          <Link prefetch={false} href="/" className="font-heading text-2xl font-bold text-brand no-underline sm:text-3xl">
            {siteConfig.name}
          </Link>
          <p className="mt-1 text-sm text-muted">{siteConfig.description}</p>
        </div>
        <div className="flex flex-col gap-2 md:items-end">
          {/* § 4 BITV 2.0: the explanation in Leichte Sprache is reachable from the start page, here from every page. */}
          <nav aria-label={t.serviceNavigation}>
            <Link prefetch={false} href="/leichte-sprache" className="text-sm font-semibold text-brand underline">
              {t.easyLanguage}
            </Link>
          </nav>
          <SearchForm query={searchQuery} />
        </div>
      </div>
      {categories.length > 0 && (
        <nav aria-label={t.mainNavigation} className="border-t border-brand/10">
          <ul className="mx-auto flex max-w-5xl gap-x-5 gap-y-1 overflow-x-auto px-4 py-2 text-sm font-medium sm:flex-wrap sm:px-6">
            {categories.map((category) => (
              <li key={category.slug} className="shrink-0">
                <Link prefetch={false} href={`/kategorie/${category.slug}`} className="inline-block py-2 text-brand hover:underline">
                  {category.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}

/**
 * A plain GET form: it works without JavaScript and its URL can be shared. The label wraps the field instead of
 * pointing at an id, because after a client navigation Next keeps the previous page (and its header) mounted.
 */
export function SearchForm({ query = "" }: { query?: string }) {
  return (
    <form action="/suche" method="get" role="search" className="flex w-full gap-2 md:w-auto">
      <label className="flex-1">
        <span className="sr-only">{t.searchLabel}</span>
        <input
          type="search"
          name="q"
          defaultValue={query}
          placeholder={t.searchPlaceholder}
          maxLength={MAX_QUERY_LENGTH}
          enterKeyHint="search"
          className="w-full rounded border border-muted bg-white px-3 py-2 text-ink placeholder:text-muted md:w-64"
        />
      </label>
      <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
        {t.searchSubmit}
      </button>
    </form>
  );
}

/**
 * The footer of every reader page: start page, the links editors add (db footer_links), then the legal links, which
 * are fixed here and cannot be edited away, and the feed. Pages that cannot read the database (not found, error)
 * show the fixed links only.
 */
export function SiteFooter({ links = [] }: { links?: readonly FooterLinkView[] }) {
  return (
    <footer className="mt-16 border-t border-brand/15 bg-white">
      <div className="mx-auto flex max-w-5xl flex-col gap-3 px-4 py-8 text-sm text-muted sm:flex-row sm:justify-between sm:px-6">
        <p>
          <span className="font-semibold text-ink">{siteConfig.name}</span> – {t.footerNote}
        </p>
        <nav aria-label={t.footerNavigation}>
          <ul className="flex flex-wrap gap-x-4 gap-y-2">
            <li>
              <Link prefetch={false} href="/" className="underline">
                {t.home}
              </Link>
            </li>
            {links.map((link, index) => (
              <li key={`${index}:${link.href}`}>
                {link.external ? (
                  <a href={link.href} rel="noopener noreferrer" className="underline">
                    {link.label}
                    <span className="sr-only"> ({t.externalLink})</span>
                  </a>
                ) : (
                  <Link prefetch={false} href={link.href} className="underline">
                    {link.label}
                  </Link>
                )}
              </li>
            ))}
            {LEGAL_FOOTER_LINKS.map((link) => (
              <li key={link.href}>
                <Link prefetch={false} href={link.href} className="underline">
                  {link.label}
                </Link>
              </li>
            ))}
            <li>
              {/* A plain <a>: the feed is a document for feed readers, not a page for client-side navigation. */}
              <a href="/feed.xml" type="application/rss+xml" className="underline">
                {t.feedLink}
              </a>
            </li>
          </ul>
        </nav>
        <p>{t.poweredBy}</p>
      </div>
    </footer>
  );
}
