// An article as readers get it: structured data, the text, its comments and the links onward. Shared by the cached
// article route and its per-request twin that shows the comment form's state.
import { Breadcrumbs, type Crumb } from "@/components/site/breadcrumbs";
import { JsonLd } from "@/components/site/json-ld";
import { PostNeighbours, RelatedPosts } from "@/components/site/post-neighbours";
import type { ArticleComments } from "@/db/queries/comments";
import type { PostView } from "@/db/queries/articles";
import { blogPosting, breadcrumbs, graph, organization } from "@/lib/seo/structured-data";
import { siteUrl } from "@/lib/site-url";
import { ArticleBody } from "./article-body";
import type { CommentFormState } from "./comment-form";
import { CommentSection } from "./comment-section";

/** Startseite › parent › category: where the article is filed (its first category and, for a subcategory, the parent). */
function sectionTrail(post: PostView): Crumb[] {
  if (!post.trail) return [];
  const { parent, category } = post.trail;
  return [...(parent ? [{ name: parent.name, path: `/kategorie/${parent.slug}` }] : []), { name: category.name, path: `/kategorie/${category.slug}` }];
}

export function ArticlePage({
  post,
  comments,
  form,
  stamp,
}: {
  post: PostView;
  comments: ArticleComments | null;
  form: CommentFormState;
  stamp: string;
}) {
  return (
    <>
      <JsonLd
        data={graph(
          blogPosting(siteUrl(), post, comments ?? undefined),
          organization(siteUrl()),
          breadcrumbs(siteUrl(), [...sectionTrail(post), { name: post.title, path: `/artikel/${post.slug}` }]),
        )}
      />
      {post.trail && <Breadcrumbs trail={sectionTrail(post)} />}
      <ArticleBody post={post} />
      {comments && <CommentSection slug={post.slug} comments={comments} form={form} stamp={stamp} />}
      <PostNeighbours newer={post.newer} older={post.older} />
      <RelatedPosts posts={post.related} />
    </>
  );
}
