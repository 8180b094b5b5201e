import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleBody } from "@/components/site/article-body";
import { PostNeighbours, RelatedPosts } from "@/components/site/post-neighbours";
import { SitePage } from "@/components/site/site-page";
import { getMovedPostSlug, getPublishedPost } from "@/db/queries/posts";
import { BUILD_SAMPLE, parseSlug } from "@/lib/route-params";

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
  return {
    title: post.title,
    description: post.excerpt,
    alternates: { canonical: `/artikel/${post.slug}` },
    authors: [{ name: post.author.displayName, url: `/autor/${post.author.slug}` }],
    openGraph: {
      type: "article",
      title: post.title,
      description: post.excerpt,
      publishedTime: post.publishedAt.toISOString(),
      modifiedTime: post.updatedAt.toISOString(),
      section: post.categories[0]?.name,
      tags: post.categories.map((category) => category.name),
      images: post.cover ? [{ url: post.cover.path, alt: post.cover.alt }] : undefined,
    },
  };
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
      <ArticleBody post={post} />
      <PostNeighbours newer={post.newer} older={post.older} />
      <RelatedPosts posts={post.related} />
    </SitePage>
  );
}
