import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NewPageForm } from "@/components/dashboard/page-form";
import { listPagesForDashboard } from "@/db/queries/pages";
import { requireUser } from "@/lib/current-user";
import { formatDateTime } from "@/lib/format";
import { tEditorial } from "@/lib/i18n";
import { pagePath } from "@/lib/pages";
import { can } from "@/lib/permissions";
import { createPageAction } from "./actions";

const t = tEditorial.pages;

export const metadata: Metadata = { title: t.title };

export default async function PagesPage() {
  const user = await requireUser("/dashboard/seiten");
  if (!can.managePages(user)) notFound();
  const pages = await listPagesForDashboard(user);
  return (
    <div data-view="seiten" className="flex flex-col gap-8">
      <div>
        <h1 className="text-3xl font-bold">{t.title}</h1>
        <p className="mt-2 text-muted">{t.intro}</p>
      </div>
      {pages.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-2">{t.columns.title}</th>
                <th scope="col" className="p-2">{t.columns.address}</th>
                <th scope="col" className="p-2">{t.columns.status}</th>
                <th scope="col" className="p-2">{t.columns.updated}</th>
                <th scope="col" className="p-2">{t.columns.actions}</th>
              </tr>
            </thead>
            <tbody>
              {pages.map((page) => (
                <tr key={page.id} className="border-b border-slate-200">
                  <td className="p-2 font-semibold">
                    <Link prefetch={false} href={`/dashboard/seiten/${page.id}`} className="text-brand underline">
                      {page.title}
                    </Link>
                  </td>
                  <td className="p-2 font-mono text-xs">{pagePath(page.slug)}</td>
                  <td className="p-2">{page.status === "published" ? t.published : t.draft}</td>
                  <td className="p-2">{formatDateTime(page.updatedAt)}</td>
                  <td className="p-2">
                    <span className="flex flex-wrap gap-3">
                      <Link prefetch={false} href={`/dashboard/seiten/${page.id}/versionen`} className="text-brand underline">
                        {tEditorial.editor.revisions}
                        <span className="sr-only">: {page.title}</span>
                      </Link>
                      {page.status === "published" && (
                        <a href={pagePath(page.slug)} className="text-brand underline">
                          {t.view}
                          <span className="sr-only">: {page.title}</span>
                        </a>
                      )}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section aria-labelledby="neue-seite-titel" className="rounded border border-slate-300 bg-white p-4">
        <h2 id="neue-seite-titel" className="mb-3 text-xl font-bold">
          {t.newPage}
        </h2>
        <NewPageForm action={createPageAction} />
      </section>
    </div>
  );
}
