import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { SitePage } from "@/components/site/site-page";
import { DraftArticle } from "@/components/site/draft-article";
import { getSharedPost } from "@/db/queries/share-links";
import { tEditorial } from "@/lib/i18n";

// A shareable preview link: the post as it is now, for anyone holding a valid link, read per request so a revoked
// link fails at once (proxy.ts already answers 404 for it before this page streams). No session, no cookies.
export const instant = false;

export const metadata: Metadata = {
  title: tEditorial.postTools.share.pageTitle,
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

export default async function SharedPreviewPage({ params }: PageProps<"/geteilt/[token]">) {
  const { token } = await params;
  await connection();
  const post = await getSharedPost(token);
  if (!post) notFound();
  return (
    <SitePage>
      <p role="status" className="mb-6 rounded bg-amber-100 px-4 py-2 text-center text-sm font-semibold text-amber-950">
        {tEditorial.postTools.share.banner}
      </p>
      <DraftArticle post={post} />
    </SitePage>
  );
}
