// The article's lookup and metadata, shared by the cached article route and its comment-form twin.
import type { Metadata } from "next";
import { getPublishedPost, type PostView } from "@/db/queries/posts";
import { parseSlug } from "@/lib/route-params";
import { pageMetadata, siteFeed } from "@/lib/seo/metadata";

export async function loadArticle(params: Promise<{ slug: string }>): Promise<PostView | null> {
  const slug = parseSlug((await params).slug);
  return slug === null ? null : getPublishedPost({ slug });
}

export function articleMetadata(post: PostView): Metadata {
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
