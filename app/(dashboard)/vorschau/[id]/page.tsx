import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DraftArticle } from "@/components/site/draft-article";
import { getEditablePost } from "@/db/queries/dashboard-posts";
import { requireUser } from "@/lib/current-user";
import { tEditorial } from "@/lib/i18n";
import { parseId } from "@/lib/route-params";

export const metadata: Metadata = { title: tEditorial.editor.openPreview, robots: { index: false, follow: false } };

// Unpublished posts as readers will see them, for signed-in editors only: the page checks the session itself.
export default async function PreviewPage({ params }: PageProps<"/vorschau/[id]">) {
  const { id: rawId } = await params;
  const user = await requireUser(`/vorschau/${encodeURIComponent(rawId)}`);
  const id = parseId(rawId);
  const post = id === null ? null : await getEditablePost(user, id);
  if (!post) notFound();
  return (
    <>
      <p role="status" className="bg-amber-100 px-4 py-2 text-center text-sm font-semibold text-amber-950">
        {tEditorial.preview.banner}
      </p>
      <main id="inhalt" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:px-6">
        <DraftArticle post={post} />
      </main>
    </>
  );
}
