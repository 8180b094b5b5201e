import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { restorePageRevisionAction } from "@/app/(dashboard)/dashboard/seiten/actions";
import { RevisionsView } from "@/components/dashboard/revisions-view";
import { getEditablePage, listPageRevisions } from "@/db/queries/pages";
import { requireUser } from "@/lib/current-user";
import { tEditorial } from "@/lib/i18n";
import { parseId } from "@/lib/route-params";

export const metadata: Metadata = { title: tEditorial.revisions.title };

export default async function PageRevisionsPage({ params, searchParams }: PageProps<"/dashboard/seiten/[id]/versionen">) {
  const { id: rawId } = await params;
  const user = await requireUser(`/dashboard/seiten/${encodeURIComponent(rawId)}/versionen`);
  const id = parseId(rawId);
  const [page, revisions] = id === null ? [null, null] : await Promise.all([getEditablePage(user, id), listPageRevisions(user, id)]);
  if (!page || !revisions) notFound();
  return (
    <RevisionsView
      kind="page"
      contentId={page.id}
      title={page.input.title}
      version={page.version}
      revisions={revisions}
      query={await searchParams}
      restoreAction={restorePageRevisionAction}
    />
  );
}
