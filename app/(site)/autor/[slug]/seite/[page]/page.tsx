import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/site/json-ld";
import { Pagination, pageHref } from "@/components/site/pagination";
import { PostTeaserList } from "@/components/site/post-teaser";
import { SitePage } from "@/components/site/site-page";
import { listAuthorPosts } from "@/db/queries/posts";
import { t } from "@/lib/i18n";
import { BUILD_SAMPLE, parsePageNumber, parseSlug } from "@/lib/route-params";
import { pageMetadata, siteFeed } from "@/lib/seo/metadata";
import { breadcrumbs, graph, person } from "@/lib/seo/structured-data";
import { siteConfig } from "@/lib/site-config";
import { siteUrl } from "@/lib/site-url";

type Props = PageProps<"/autor/[slug]/seite/[page]">;

export function generateStaticParams() {
  return [{ slug: BUILD_SAMPLE.slug, page: BUILD_SAMPLE.page }];
}

async function load(params: Props["params"]) {
  const raw = await params;
  const slug = parseSlug(raw.slug);
  const page = parsePageNumber(raw.page);
  return slug === null || page === null ? null : listAuthorPosts({ slug, page });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  if (!found) return {};
  const { author, posts } = found;
  return pageMetadata({
    title: `${author.displayName}${t.pageTitleSuffix(posts.page)}`,
    description: t.pageDescription(author.bio || t.authorHeading(author.displayName), posts.page),
    path: pageHref(`/autor/${author.slug}`, posts.page),
    feeds: [{ scope: { kind: "author", slug: author.slug }, title: `${t.authorHeading(author.displayName)} – ${siteConfig.name}` }, siteFeed],
  });
}

export default async function AuthorPage({ params }: Props) {
  const found = await load(params);
  if (!found) notFound();
  const { author, posts } = found;
  return (
    <SitePage>
      <JsonLd
        data={graph(
          { "@type": "ProfilePage", url: `${siteUrl()}/autor/${author.slug}`, mainEntity: person(siteUrl(), author) },
          breadcrumbs(siteUrl(), [{ name: author.displayName, path: `/autor/${author.slug}` }]),
        )}
      />
      <header className="mb-10">
        <h1 className="font-heading text-3xl font-bold sm:text-4xl">{t.authorHeading(author.displayName)}</h1>
        {author.bio && <p className="mt-2 max-w-2xl text-muted">{author.bio}</p>}
        <p className="mt-1 text-sm text-muted">{t.authorPostCount(posts.total)}</p>
      </header>
      <PostTeaserList posts={posts.items} />
      <Pagination base={`/autor/${author.slug}`} page={posts.page} pageCount={posts.pageCount} />
    </SitePage>
  );
}
