// The search results page's body: hits with highlighted title and snippet, „Meinten Sie …?“, and the empty states.
import Link from "next/link";
import type { CategoryRef } from "@/db/queries/posts";
import type { SearchHit, SearchOutcome, TextPart } from "@/db/queries/search";
import { t } from "@/lib/i18n";
import { searchHref } from "@/lib/search-query";
import { Pagination } from "./pagination";
import { CategoryLinks, DateAndAuthor } from "./post-meta";

/** Matched words in <mark>; the parts are plain text from the database, so React escapes them. */
function Marked({ parts }: { parts: TextPart[] }) {
  return parts.map((part, index) =>
    part.marked ? (
      <mark key={index} className="rounded-sm bg-sand px-0.5 text-ink">
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}

function SearchHitItem({ hit }: { hit: SearchHit }) {
  return (
    <article className="border-b border-brand/10 pb-8">
      <CategoryLinks categories={hit.categories} />
      <h2 className="mt-2 font-heading text-2xl font-bold leading-tight">
        <Link prefetch={false} href={`/artikel/${hit.slug}`} className="hover:text-brand hover:underline">
          <Marked parts={hit.titleParts} />
        </Link>
      </h2>
      {hit.publishedAt && (
        <p className="mt-2 text-sm text-muted">
          <DateAndAuthor publishedAt={hit.publishedAt} author={hit.author} />
        </p>
      )}
      {hit.snippet.length > 0 && (
        <p className="mt-3 font-serif text-lg leading-relaxed">
          <Marked parts={hit.snippet} />
        </p>
      )}
    </article>
  );
}

function HitList({ hits, label }: { hits: SearchHit[]; label: string }) {
  return (
    <ol aria-label={label} className="mt-8 flex flex-col gap-8">
      {hits.map((hit) => (
        <li key={hit.id}>
          <SearchHitItem hit={hit} />
        </li>
      ))}
    </ol>
  );
}

function Suggestion({ suggestion }: { suggestion: string }) {
  return (
    <p className="mt-6 text-lg">
      {t.searchDidYouMean}{" "}
      <Link prefetch={false} href={searchHref(suggestion)} className="font-semibold text-brand underline">
        „{suggestion}“
      </Link>
      ?
    </p>
  );
}

/** What to do when the search found nothing: how the search works, and the categories to browse instead. */
function SearchHelp({ categories }: { categories: CategoryRef[] }) {
  return (
    <div className="mt-10 grid gap-8 sm:grid-cols-2">
      <section aria-labelledby="suche-tipps">
        <h2 id="suche-tipps" className="font-heading text-xl font-bold">
          {t.searchTipsHeading}
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-5">
          {t.searchTips.map((tip) => (
            <li key={tip}>{tip}</li>
          ))}
        </ul>
      </section>
      {categories.length > 0 && (
        <section aria-labelledby="suche-kategorien">
          <h2 id="suche-kategorien" className="font-heading text-xl font-bold">
            {t.categoriesLabel}
          </h2>
          <p className="mt-3">{t.searchBrowseCategories}</p>
          <ul className="mt-3 flex flex-wrap gap-2">
            {categories.map((category) => (
              <li key={category.slug}>
                <Link prefetch={false}
                  href={`/kategorie/${category.slug}`}
                  className="inline-block rounded border border-brand/30 px-3 py-1 text-brand hover:bg-brand/5"
                >
                  {category.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

export function SearchResults({ outcome, categories }: { outcome: SearchOutcome; categories: CategoryRef[] }) {
  if (outcome.kind === "no-query") {
    return (
      <>
        <p className="mt-4 text-lg">{t.searchPrompt}</p>
        <SearchHelp categories={categories} />
      </>
    );
  }
  if (outcome.kind === "no-terms") {
    return (
      <>
        <p className="mt-4 text-lg">{t.searchNoTerms}</p>
        <SearchHelp categories={categories} />
      </>
    );
  }
  const { query, page, pageCount, total, totalIsCapped, hits, suggestion, similar } = outcome;
  if (total > 0 && hits.length === 0) {
    return (
      <p className="mt-4 text-lg">
        {t.searchPastEnd(page, pageCount)}{" "}
        <Link prefetch={false} href={searchHref(query)} className="font-semibold text-brand underline">
          {t.searchFirstPage}
        </Link>
      </p>
    );
  }
  return (
    <>
      <p className="mt-2 text-muted">
        {total === 0
          ? t.searchNoResults(query)
          : `${totalIsCapped ? t.searchResultCountCapped(total) : t.searchResultCount(total)} ${t.searchResultsFor(query)}`}
        {pageCount > 1 && ` · ${t.pageOf(page, pageCount)}`}
      </p>
      {totalIsCapped && <p className="mt-2 text-muted">{t.searchCappedHint(total)}</p>}
      {suggestion && <Suggestion suggestion={suggestion} />}
      {hits.length > 0 && <HitList hits={hits} label={t.searchResultsLabel} />}
      <Pagination
        page={page}
        pageCount={pageCount}
        hrefFor={(n) => searchHref(query, n)}
        labels={{ previous: t.searchPreviousPage, next: t.searchNextPage }}
      />
      {similar.length > 0 && (
        <section aria-labelledby="suche-aehnlich" className="mt-12">
          <h2 id="suche-aehnlich" className="font-heading text-xl font-bold">
            {t.searchSimilarHeading}
          </h2>
          <HitList hits={similar} label={t.searchSimilarHeading} />
        </section>
      )}
      {total === 0 && <SearchHelp categories={categories} />}
    </>
  );
}
