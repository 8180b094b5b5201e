import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticlePage } from "@/components/site/article-page";
import type { CommentFormState } from "@/components/site/comment-form";
import { SitePage } from "@/components/site/site-page";
import { database } from "@/lib/database";
import { getArticleComments, type ArticleComments } from "@/db/queries/comments";
import { findFormDraft } from "@/db/queries/form-drafts";
import { issueStamp } from "@/lib/comment-stamp";
import { emptyValues } from "@/lib/form-drafts";
import { t } from "@/lib/i18n";
import { BUILD_SAMPLE } from "@/lib/route-params";
import { articleMetadata, loadArticle } from "../load";

// The article with the comment form's state: /artikel/<slug>?antwort=…, ?entwurf=… and ?kommentar=… are rewritten
// here (next.config.ts), so the plain article stays cached. Rendered per request and blocking, so a browser without
// JavaScript gets the whole page (see /suche); never indexed, the article itself is canonical.
export const instant = false;

type Props = PageProps<"/artikel/[slug]/kommentieren">;

export function generateStaticParams() {
  return [{ slug: BUILD_SAMPLE.slug }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = await loadArticle(params);
  return post ? { ...articleMetadata(post), robots: { index: false, follow: false } } : { robots: { index: false } };
}

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function findComment(comments: ArticleComments, id: number): { id: number; name: string } | null {
  for (const thread of comments.threads) {
    for (const comment of [thread, ...thread.replies]) if (comment.id === id) return { id, name: comment.authorName };
  }
  return null;
}

async function formState(postId: number, comments: ArticleComments, query: Record<string, string | string[] | undefined>): Promise<CommentFormState> {
  const c = t.comments;
  const idle: CommentFormState = { status: "idle", values: emptyValues("comment"), replyTo: null };
  const draft = await findFormDraft(await database(), "comment", one(query.entwurf));
  if (draft && draft.values.postId === String(postId)) {
    const replyTo = /^\d{1,9}$/.test(draft.values.parentId) ? findComment(comments, Number(draft.values.parentId)) : null;
    return { status: "error", message: draft.message, fieldErrors: draft.fieldErrors, values: draft.values, replyTo };
  }
  const sent = one(query.kommentar);
  if (sent === "danke") return { ...idle, status: "sent", message: c.thanks };
  if (sent === "veroeffentlicht") return { ...idle, status: "published", message: c.thanksPublished };
  const answer = one(query.antwort);
  return { ...idle, replyTo: answer && /^\d{1,9}$/.test(answer) ? findComment(comments, Number(answer)) : null };
}

export default async function ArticleWithCommentForm({ params, searchParams }: Props) {
  const post = await loadArticle(params);
  if (!post) notFound();
  const [comments, query] = await Promise.all([getArticleComments({ postId: post.id }), searchParams]);
  const form = comments ? await formState(post.id, comments, query) : { status: "idle" as const, values: emptyValues("comment"), replyTo: null };
  return (
    <SitePage>
      <ArticlePage post={post} comments={comments} form={form} stamp={issueStamp()} />
    </SitePage>
  );
}
