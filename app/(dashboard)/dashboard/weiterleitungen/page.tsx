import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RedirectForm } from "@/components/dashboard/redirect-form";
import { database } from "@/lib/database";
import { listRedirects } from "@/db/queries/redirects";
import { requireUser } from "@/lib/current-user";
import { formatDateTime } from "@/lib/format";
import { tEditorial } from "@/lib/i18n";
import { can } from "@/lib/permissions";
import { parsePageNumber } from "@/lib/route-params";
import { createRedirectAction } from "./actions";

const t = tEditorial.redirects;

export const metadata: Metadata = { title: t.title };

function one(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

export default async function RedirectsPage({ searchParams }: PageProps<"/dashboard/weiterleitungen">) {
  const user = await requireUser("/dashboard/weiterleitungen");
  if (!can.manageRedirects(user)) notFound();
  const params = await searchParams;
  const filter = one(params.q).slice(0, 200);
  const page = parsePageNumber(one(params.seite) || "1") ?? 1;
  // „Weiterleitung anlegen“ in the 404 log sends the missing address along.
  const prefill = one(params.quelle).slice(0, 2000);
  const list = await listRedirects(await database(), user, { filter, page });
  if (!list) notFound();
  const current = Math.min(page, list.pages);
  const query = (target: number) => `/dashboard/weiterleitungen?${new URLSearchParams({ ...(filter ? { q: filter } : {}), seite: String(target) })}`;
  return (
    <div data-view="weiterleitungen" className="flex flex-col gap-8">
      <div>
        <h1 className="text-3xl font-bold">{t.title}</h1>
        <p className="mt-2 max-w-3xl text-muted">{t.intro}</p>
        <p className="mt-2">
          <Link prefetch={false} href="/dashboard/weiterleitungen/fehlende-adressen" className="font-semibold text-brand underline">{t.notFoundLink}</Link>
        </p>
      </div>
      <section aria-labelledby="neu-titel" id="neu" className="rounded border border-dashed border-slate-400 p-4">
        <h2 id="neu-titel" className="mb-3 text-xl font-bold">{t.addHeading}</h2>
        <RedirectForm key={prefill} prefix="neu" values={{ source: prefill, status: 301, target: "" }} action={createRedirectAction} submitLabel={t.add} label={t.addHeading} />
      </section>
      <section aria-labelledby="liste-titel" className="flex flex-col gap-3">
        <h2 id="liste-titel" className="text-xl font-bold">{t.title}</h2>
        <form method="get" role="search" aria-label={t.filter} className="flex flex-wrap items-end gap-3 rounded border border-slate-300 bg-white p-4">
          <div className="flex flex-col gap-1">
            <label htmlFor="filter" className="text-sm font-semibold">{t.filter}</label>
            <input id="filter" type="search" name="q" defaultValue={filter} aria-describedby="filter-hinweis" className="rounded border border-slate-400 px-2 py-1.5" />
            <p id="filter-hinweis" className="text-xs text-muted">{t.filterHint}</p>
          </div>
          <button type="submit" className="rounded border border-brand/40 bg-white px-4 py-1.5 text-sm font-semibold text-brand">{t.filterSubmit}</button>
          {filter && <Link prefetch={false} href="/dashboard/weiterleitungen" className="text-sm text-brand underline">{t.filterReset}</Link>}
        </form>
        <p className="text-sm text-muted" aria-live="polite">{t.count(list.total, Boolean(filter))}</p>
        {list.rows.length === 0 ? (
          <p>{filter ? t.noneFiltered : t.none}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-left text-sm">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="p-2">{t.columns.source}</th>
                  <th scope="col" className="p-2">{t.columns.target}</th>
                  <th scope="col" className="p-2">{t.columns.origin}</th>
                  <th scope="col" className="p-2 text-right">{t.columns.hits}</th>
                  <th scope="col" className="p-2">{t.columns.lastHit}</th>
                  <th scope="col" className="p-2">{t.columns.actions}</th>
                </tr>
              </thead>
              <tbody>
                {list.rows.map((row) => (
                  <tr key={row.id} className="border-b border-slate-200 align-top">
                    <th scope="row" className="break-all p-2 font-mono font-normal">{row.sourcePath}</th>
                    <td className="break-all p-2 font-mono">{row.status === 410 ? t.gone : row.targetPath}</td>
                    <td className="p-2">{t.origins[row.origin]}</td>
                    <td className="p-2 text-right">{row.hits.toLocaleString("de-DE")}</td>
                    <td className="p-2">{row.lastHitAt ? <time dateTime={row.lastHitAt.toISOString()}>{formatDateTime(row.lastHitAt)}</time> : t.never}</td>
                    <td className="p-2">
                      <Link prefetch={false} href={`/dashboard/weiterleitungen/${row.id}`} aria-label={t.editLabel(row.sourcePath)} className="font-semibold text-brand underline">
                        {t.edit}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {list.pages > 1 && (
          <nav aria-label={t.pagination} className="flex justify-between text-sm">
            {current > 1 ? <Link prefetch={false} href={query(current - 1)} className="text-brand underline">{t.previous}</Link> : <span />}
            <span>{t.pageOf(current, list.pages)}</span>
            {current < list.pages ? <Link prefetch={false} href={query(current + 1)} className="text-brand underline">{t.next}</Link> : <span />}
          </nav>
        )}
      </section>
    </div>
  );
}
