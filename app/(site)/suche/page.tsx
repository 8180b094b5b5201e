import type { Metadata } from "next";
import { SearchResults } from "@/components/site/search-results";
import { SitePage } from "@/components/site/site-page";
import { listNavCategories } from "@/db/queries/categories";
import { searchPublishedPosts, type SearchOutcome } from "@/db/queries/search";
import { t } from "@/lib/i18n";
import { normaliseQuery, parseResultPage } from "@/lib/search-query";

// Results depend on ?q=, so this page is rendered per request. It reads searchParams outside <Suspense> on purpose:
// the whole page then arrives as one document, which a browser without JavaScript shows as it is (streamed
// Suspense content would need a script to appear). `instant = false` allows that block; the status is always 200, a
// page past the last one included, which says so and links back to page 1.
export const instant = false;

export const metadata: Metadata = {
  title: t.searchTitle,
  // Result pages are endless and thin: keep them out of search engines, but let crawlers follow the links.
  robots: { index: false, follow: true },
};

export default async function SearchPage({ searchParams }: PageProps<"/suche">) {
  const params = await searchParams;
  const query = normaliseQuery(params.q);
  const page = parseResultPage(params.seite);
  const [outcome, categories] = await Promise.all([
    query === "" ? Promise.resolve<SearchOutcome>({ kind: "no-query" }) : searchPublishedPosts({ query, page }),
    listNavCategories(),
  ]);
  return (
    <SitePage searchQuery={query}>
      <h1 className="font-heading text-3xl font-bold sm:text-4xl">{query ? t.searchHeading(query) : t.searchTitle}</h1>
      <SearchResults outcome={outcome} categories={categories} />
    </SitePage>
  );
}
