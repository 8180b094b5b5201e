import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteRedirectForm, RedirectForm } from "@/components/dashboard/redirect-form";
import { database } from "@/lib/database";
import { getRedirect } from "@/db/queries/redirects";
import { requireUser } from "@/lib/current-user";
import { tEditorial } from "@/lib/i18n";
import { parseId } from "@/lib/route-params";
import { deleteRedirectAction, updateRedirectAction } from "../actions";

const t = tEditorial.redirects;

export const metadata: Metadata = { title: t.editHeading };

export default async function EditRedirectPage({ params }: PageProps<"/dashboard/weiterleitungen/[id]">) {
  const { id: raw } = await params;
  const id = parseId(raw);
  const user = await requireUser(`/dashboard/weiterleitungen/${raw}`);
  const row = id === null ? null : await getRedirect(await database(), user, id);
  if (!row) notFound();
  return (
    <div data-view="weiterleitung" className="flex max-w-3xl flex-col gap-6">
      <p>
        <Link prefetch={false} href="/dashboard/weiterleitungen" className="text-sm font-semibold text-brand underline">{t.backToList}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t.editHeading}</h1>
      <RedirectForm prefix="bearbeiten" values={{ id: row.id, source: row.sourcePath, status: row.status, target: row.targetPath }}
        action={updateRedirectAction} submitLabel={t.save} label={t.editHeading} />
      <DeleteRedirectForm id={row.id} source={row.sourcePath} action={deleteRedirectAction} />
    </div>
  );
}
