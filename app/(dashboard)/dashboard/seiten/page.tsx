import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageForm } from "@/components/dashboard/page-form";
import { listPagesForDashboard } from "@/db/queries/pages";
import { requireUser } from "@/lib/current-user";
import { deEditorial } from "@/lib/i18n/de";
import { pagePath } from "@/lib/pages";
import { can } from "@/lib/permissions";
import { createPageAction, updatePageAction } from "./actions";

const t = deEditorial.pages;

export const metadata: Metadata = { title: t.title };

export default async function PagesPage() {
  const user = await requireUser("/dashboard/seiten");
  if (!can.managePages(user)) notFound();
  const pages = await listPagesForDashboard();
  return (
    <div data-view="seiten" className="flex flex-col gap-8">
      <div>
        <h1 className="text-3xl font-bold">{t.title}</h1>
        <p className="mt-2 text-muted">{t.intro}</p>
      </div>
      <ul className="flex flex-col gap-6">
        {pages.map((page) => (
          <li key={page.id} className="rounded border border-slate-300 bg-white p-4">
            <h2 className="mb-3 text-xl font-bold">
              {page.title}{" "}
              <span className="text-sm font-normal text-muted">
                ({page.status === "published" ? t.published : t.draft}) ·{" "}
                <a href={pagePath(page.slug)} className="text-brand underline">
                  {t.view}
                  <span className="sr-only">: {page.title}</span>
                </a>
              </span>
            </h2>
            <PageForm page={page} action={updatePageAction} label={`${t.edit}: ${page.title}`} />
          </li>
        ))}
      </ul>
      <section aria-labelledby="neue-seite-titel" className="rounded border border-slate-300 bg-white p-4">
        <h2 id="neue-seite-titel" className="mb-3 text-xl font-bold">
          {t.newPage}
        </h2>
        <PageForm action={createPageAction} label={t.newPage} />
      </section>
    </div>
  );
}
