import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/site/json-ld";
import { PostTeaser } from "@/components/site/post-teaser";
import { SitePage } from "@/components/site/site-page";
import { getSeriesWithParts } from "@/db/queries/articles";
import { t } from "@/lib/i18n";
import { BUILD_SAMPLE, parseSlug } from "@/lib/route-params";
import { pageMetadata, siteFeed } from "@/lib/seo/metadata";
import { breadcrumbs, graph } from "@/lib/seo/structured-data";
import { siteConfig } from "@/lib/site-config";
import { siteUrl } from "@/lib/site-url";

type Props = PageProps<"/serie/[slug]">;

export function generateStaticParams() {
  return [{ slug: BUILD_SAMPLE.slug }];
}

async function load(params: Props["params"]) {
  const slug = parseSlug((await params).slug);
  return slug === null ? null : getSeriesWithParts({ slug });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  if (!found) return {};
  const { series } = found;
  return pageMetadata({
    title: series.title,
    description: series.description || t.seriesDescription(series.title, siteConfig.name),
    path: `/serie/${series.slug}`,
    feeds: [{ scope: { kind: "series", slug: series.slug }, title: `${t.seriesLabel} „${series.title}“ – ${siteConfig.name}` }, siteFeed],
  });
}

export default async function SeriesPage({ params }: Props) {
  const found = await load(params);
  if (!found) notFound();
  const { series, parts } = found;
  return (
    <SitePage>
      <JsonLd
        data={graph(
          {
            "@type": "CreativeWorkSeries",
            name: series.title,
            url: `${siteUrl()}/serie/${series.slug}`,
            hasPart: parts.map((part) => ({ "@type": "BlogPosting", headline: part.title, url: `${siteUrl()}/artikel/${part.slug}` })),
          },
          breadcrumbs(siteUrl(), [{ name: series.title, path: `/serie/${series.slug}` }]),
        )}
      />
      <header className="mb-10">
        <p className="text-xs font-semibold uppercase tracking-wide text-brand">{t.seriesLabel}</p>
        <h1 className="mt-1 font-heading text-3xl font-bold sm:text-4xl">{series.title}</h1>
        {series.description && <p className="mt-2 max-w-2xl text-muted">{series.description}</p>}
      </header>
      <ol className="flex flex-col gap-10">
        {parts.map((part, index) => (
          <li key={part.id}>
            <p className="mb-1 text-sm font-semibold text-muted">{t.seriesPart(part.position, parts.length)}</p>
            {/* As on every list, the first part's image is the page's largest element: loaded first, not lazily. */}
            <PostTeaser post={part} priority={index === 0} />
          </li>
        ))}
      </ol>
    </SitePage>
  );
}
