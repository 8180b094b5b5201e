// A post as it is now, drafts included, rendered exactly as readers will see its article: for the signed-in preview
// and the shareable preview link.
import { ArticleBody } from "@/components/site/article-body";
import { categoryNamesOf } from "@/db/queries/categories";
import type { EditablePost } from "@/db/queries/dashboard-posts";
import { libraryPartsOf } from "@/db/queries/media";
import { readingMinutes } from "@/lib/format";

export async function DraftArticle({ post }: { post: EditablePost }) {
  const [{ html, picture, downloads }, byId] = await Promise.all([libraryPartsOf(post.input), categoryNamesOf(post.input.categoryIds)]);
  return (
    <ArticleBody
      post={{
        id: post.id,
        slug: post.input.slug,
        title: post.input.title,
        excerpt: post.input.excerpt,
        publishedAt: post.publishedAt ?? post.updatedAt,
        updatedAt: post.updatedAt,
        // The article body shows none of it; metadata is the reader page's.
        seo: { title: post.input.title, ownTitle: false, description: post.input.excerpt, noindex: true, socialImage: null },
        author: { displayName: post.authorName, slug: "" },
        authorBio: "",
        categories: post.input.categoryIds.map((categoryId) => ({ name: byId.get(categoryId) ?? "", slug: "" })),
        cover: picture ?? null,
        commentCount: 0,
        html,
        readingMinutes: readingMinutes(post.input.body),
        series: null,
        tags: post.input.tags.map((name) => ({ name, slug: "" })),
        trail: null,
        downloads,
        newer: null,
        older: null,
        related: [],
      }}
    />
  );
}
