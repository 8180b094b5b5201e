// The article's lookup and metadata, shared by the cached article route and its comment-form twin.
import type { Metadata } from "next";
import { getPublishedPost, type PostView } from "@/db/queries/articles";
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
      // An own search title stands alone, as written; the post's title gets the publication's name after it.
      title: post.seo.title,
      absoluteTitle: post.seo.ownTitle,
      description: post.seo.description,
      path,
      feeds: [siteFeed],
      image: { url: `${path}/og.png`, alt: post.seo.socialImage?.alt || post.title },
      article: {
        publishedTime: post.publishedAt,
        modifiedTime: post.updatedAt > post.publishedAt ? post.updatedAt : post.publishedAt,
        section: post.categories[0]?.name,
        tags: [...post.categories, ...post.tags].map((term) => term.name),
        authorPath: `/autor/${post.author.slug}`,
      },
    }),
    authors: [{ name: post.author.displayName, url: `/autor/${post.author.slug}` }],
    ...(post.seo.noindex ? { robots: { index: false, follow: true } } : {}),
  };
}
