import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageEditor } from "@/components/dashboard/page-editor";
import { getEditablePage } from "@/db/queries/pages";
import { getConfig } from "@/lib/config";
import { requireUser } from "@/lib/current-user";
import { tEditorial } from "@/lib/i18n";
import { parseId } from "@/lib/route-params";
import { loadLatestPageAction, savePageAction } from "../actions";

export const metadata: Metadata = { title: tEditorial.pages.editTitle };

export default async function EditPagePage({ params }: PageProps<"/dashboard/seiten/[id]">) {
  const { id: rawId } = await params;
  const user = await requireUser(`/dashboard/seiten/${encodeURIComponent(rawId)}`);
  const id = parseId(rawId);
  const page = id === null ? null : await getEditablePage(user, id);
  if (!page) notFound();
  return (
    <PageEditor
      key={page.id}
      initial={page}
      timeZone={getConfig().siteTimeZone}
      actions={{ save: savePageAction, loadLatest: loadLatestPageAction }}
    />
  );
}
