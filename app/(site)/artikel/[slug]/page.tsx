import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleBody } from "@/components/site/article-body";
import { JsonLd } from "@/components/site/json-ld";
import { PostNeighbours, RelatedPosts } from "@/components/site/post-neighbours";
import { SitePage } from "@/components/site/site-page";
import { getMovedPostSlug, getPublishedPost, type PostView } from "@/db/queries/posts";
import { BUILD_SAMPLE, parseSlug } from "@/lib/route-params";
import { pageMetadata, siteFeed } from "@/lib/seo/metadata";
import { blogPosting, breadcrumbs, graph, organization } from "@/lib/seo/structured-data";
import { siteUrl } from "@/lib/site-url";

type Props = PageProps<"/artikel/[slug]">;

export function generateStaticParams() {
  return [{ slug: BUILD_SAMPLE.slug }];
}

async function load(params: Props["params"]) {
  const slug = parseSlug((await params).slug);
  return slug === null ? null : getPublishedPost({ slug });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = await load(params);
  if (!post) return {};
  const path = `/artikel/${post.slug}`;
  return {
    ...pageMetadata({
      title: post.title,
      description: post.excerpt,
      path,
      feeds: [siteFeed],
      image: { url: `${path}/og.png`, alt: post.title },
      article: {
        publishedTime: post.publishedAt,
        modifiedTime: post.updatedAt > post.publishedAt ? post.updatedAt : post.publishedAt,
        section: post.categories[0]?.name,
        tags: post.categories.map((category) => category.name),
        authorPath: `/autor/${post.author.slug}`,
      },
    }),
    authors: [{ name: post.author.displayName, url: `/autor/${post.author.slug}` }],
  };
}

function articleTrail(post: PostView) {
  const section = post.categories[0];
  const trail = section ? [{ name: section.name, path: `/kategorie/${section.slug}` }] : [];
  return [...trail, { name: post.title, path: `/artikel/${post.slug}` }];
}

export default async function ArticlePage({ params }: Props) {
  const post = await load(params);
  if (!post) {
    // A renamed post keeps its old addresses working, however often it was renamed.
    const slug = parseSlug((await params).slug);
    const movedTo = slug === null ? null : await getMovedPostSlug({ slug });
    if (movedTo) permanentRedirect(`/artikel/${movedTo}`);
    notFound();
  }
  return (
    <SitePage>
      <JsonLd data={graph(blogPosting(siteUrl(), post), organization(siteUrl()), breadcrumbs(siteUrl(), articleTrail(post)))} />
      <ArticleBody post={post} />
      <PostNeighbours newer={post.newer} older={post.older} />
      <RelatedPosts posts={post.related} />
    </SitePage>
  );
}
