import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { JsonLd } from "@/components/site/json-ld";
import { Pagination, pageHref } from "@/components/site/pagination";
import { PostTeaserList } from "@/components/site/post-teaser";
import { SitePage } from "@/components/site/site-page";
import { listTagPosts } from "@/db/queries/posts";
import { t, tTaxonomy } from "@/lib/i18n";
import { BUILD_SAMPLE, parsePageNumber, parseSlug } from "@/lib/route-params";
import { pageMetadata, siteFeed } from "@/lib/seo/metadata";
import { breadcrumbs, graph } from "@/lib/seo/structured-data";
import { siteConfig } from "@/lib/site-config";
import { siteUrl } from "@/lib/site-url";

type Props = PageProps<"/schlagwort/[slug]/seite/[page]">;

const r = tTaxonomy.reader;

export function generateStaticParams() {
  return [{ slug: BUILD_SAMPLE.slug, page: BUILD_SAMPLE.page }];
}

async function load(params: Props["params"]) {
  const raw = await params;
  const slug = parseSlug(raw.slug);
  const page = parsePageNumber(raw.page);
  return slug === null || page === null ? null : listTagPosts({ slug, page });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  if (!found) return {};
  const { tag, posts } = found;
  return pageMetadata({
    title: `${r.tagFeedTitle(tag.name)}${t.pageTitleSuffix(posts.page)}`,
    description: t.pageDescription(tag.description || r.tagDescription(tag.name, siteConfig.name), posts.page),
    path: pageHref(`/schlagwort/${tag.slug}`, posts.page),
    feeds: [{ scope: { kind: "tag", slug: tag.slug }, title: `${r.tagFeedTitle(tag.name)} – ${siteConfig.name}` }, siteFeed],
  });
}

export default async function TagPage({ params }: Props) {
  const found = await load(params);
  if (!found) notFound();
  const { tag, posts } = found;
  const trail = [{ name: tag.name, path: `/schlagwort/${tag.slug}` }];
  return (
    <SitePage>
      <JsonLd data={graph(breadcrumbs(siteUrl(), trail))} />
      <Breadcrumbs trail={trail} current />
      <header className="mb-10">
        <p className="text-xs font-semibold uppercase tracking-wide text-brand">{r.tagLabel}</p>
        <h1 className="mt-1 font-heading text-3xl font-bold sm:text-4xl">{tag.name}</h1>
        {tag.description && <p className="mt-2 max-w-2xl text-muted">{tag.description}</p>}
      </header>
      <PostTeaserList posts={posts.items} />
      <Pagination base={`/schlagwort/${tag.slug}`} page={posts.page} pageCount={posts.pageCount} />
    </SitePage>
  );
}
