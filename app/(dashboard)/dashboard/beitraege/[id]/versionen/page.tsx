import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { restoreRevisionAction } from "@/app/(dashboard)/dashboard/beitraege/actions";
import { RevisionsView } from "@/components/dashboard/revisions-view";
import { getEditablePost, listRevisions } from "@/db/queries/dashboard-posts";
import { requireUser } from "@/lib/current-user";
import { tEditorial } from "@/lib/i18n";
import { can } from "@/lib/permissions";
import { parseId } from "@/lib/route-params";

export const metadata: Metadata = { title: tEditorial.revisions.title };

export default async function RevisionsPage({ params, searchParams }: PageProps<"/dashboard/beitraege/[id]/versionen">) {
  const { id: rawId } = await params;
  const user = await requireUser(`/dashboard/beitraege/${encodeURIComponent(rawId)}/versionen`);
  const id = parseId(rawId);
  const [post, revisions] = id === null ? [null, null] : await Promise.all([getEditablePost(user, id), listRevisions(user, id)]);
  if (!post || !revisions) notFound();
  const mayRestore = can.editPost(user, { authorId: post.authorId, status: post.rawStatus });
  return (
    <RevisionsView
      kind="post"
      contentId={post.id}
      title={post.input.title}
      version={post.version}
      revisions={revisions}
      query={await searchParams}
      restoreAction={mayRestore ? restoreRevisionAction : undefined}
    />
  );
}
