import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticlePage as Article } from "@/components/site/article-page";
import { SitePage } from "@/components/site/site-page";
import { getArticleComments } from "@/db/queries/comments";
import { getMovedPostSlug } from "@/db/queries/articles";
import { pageStamp } from "@/lib/comment-stamp";
import { emptyValues } from "@/lib/form-drafts";
import { BUILD_SAMPLE, parseSlug } from "@/lib/route-params";
import { articleMetadata, loadArticle } from "./load";

type Props = PageProps<"/artikel/[slug]">;

export function generateStaticParams() {
  return [{ slug: BUILD_SAMPLE.slug }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = await loadArticle(params);
  return post ? articleMetadata(post) : {};
}

// Cached whole: the form here is always the empty one. Its answers (?kommentar=, ?entwurf=, ?antwort=) are rewritten
// to the per-request twin in ./kommentieren (next.config.ts), so this page never reads the query.
export default async function ArticlePage({ params }: Props) {
  const post = await loadArticle(params);
  if (!post) {
    // A renamed post keeps its old addresses working, however often it was renamed.
    const slug = parseSlug((await params).slug);
    const movedTo = slug === null ? null : await getMovedPostSlug({ slug });
    if (movedTo) permanentRedirect(`/artikel/${movedTo}`);
    notFound();
  }
  const [comments, stamp] = await Promise.all([getArticleComments({ postId: post.id }), pageStamp()]);
  return (
    <SitePage>
      <Article post={post} comments={comments} stamp={stamp} form={{ status: "idle", values: emptyValues("comment"), replyTo: null }} />
    </SitePage>
  );
}
