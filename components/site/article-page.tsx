// An article as readers get it: structured data, the text, its comments and the links onward. Shared by the cached
// article route and its per-request twin that shows the comment form's state.
import { JsonLd } from "@/components/site/json-ld";
import { PostNeighbours, RelatedPosts } from "@/components/site/post-neighbours";
import type { ArticleComments } from "@/db/queries/comments";
import type { PostView } from "@/db/queries/posts";
import { blogPosting, breadcrumbs, graph, organization } from "@/lib/seo/structured-data";
import { siteUrl } from "@/lib/site-url";
import { ArticleBody } from "./article-body";
import type { CommentFormState } from "./comment-form";
import { CommentSection } from "./comment-section";

function articleTrail(post: PostView) {
  const section = post.categories[0];
  const trail = section ? [{ name: section.name, path: `/kategorie/${section.slug}` }] : [];
  return [...trail, { name: post.title, path: `/artikel/${post.slug}` }];
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
      <JsonLd data={graph(blogPosting(siteUrl(), post, comments ?? undefined), organization(siteUrl()), breadcrumbs(siteUrl(), articleTrail(post)))} />
      <ArticleBody post={post} />
      {comments && <CommentSection slug={post.slug} comments={comments} form={form} stamp={stamp} />}
      <PostNeighbours newer={post.newer} older={post.older} />
      <RelatedPosts posts={post.related} />
    </>
  );
}
