import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/site/json-ld";
import { Pagination, pageHref } from "@/components/site/pagination";
import { PostTeaserList } from "@/components/site/post-teaser";
import { SitePage } from "@/components/site/site-page";
import { listPublishedPosts } from "@/db/queries/posts";
import { t } from "@/lib/i18n";
import { BUILD_SAMPLE, parsePageNumber } from "@/lib/route-params";
import { siteConfig } from "@/lib/site-config";
import { pageMetadata, siteFeed } from "@/lib/seo/metadata";
import { graph, organization, website } from "@/lib/seo/structured-data";
import { siteUrl } from "@/lib/site-url";

export function generateStaticParams() {
  return [{ page: BUILD_SAMPLE.page }];
}

async function load(params: PageProps<"/seite/[page]">["params"]) {
  const page = parsePageNumber((await params).page);
  return page === null ? null : listPublishedPosts({ page });
}

export async function generateMetadata({ params }: PageProps<"/seite/[page]">): Promise<Metadata> {
  const list = await load(params);
  if (!list) return {};
  return pageMetadata({
    title: list.page > 1 ? `${t.latestPosts}${t.pageTitleSuffix(list.page)}` : siteConfig.name,
    absoluteTitle: list.page === 1,
    description: t.pageDescription(siteConfig.description, list.page),
    path: pageHref("", list.page),
    feeds: [siteFeed],
  });
}

export default async function LatestPostsPage({ params }: PageProps<"/seite/[page]">) {
  const list = await load(params);
  if (!list) notFound();
  return (
    <SitePage>
      {list.page === 1 && <JsonLd data={graph(website(siteUrl()), organization(siteUrl()))} />}
      <h1 className="sr-only">
        {siteConfig.name}: {t.latestPosts}
        {t.pageTitleSuffix(list.page)}
      </h1>
      <PostTeaserList posts={list.items} />
      <Pagination base="" page={list.page} pageCount={list.pageCount} />
    </SitePage>
  );
}
