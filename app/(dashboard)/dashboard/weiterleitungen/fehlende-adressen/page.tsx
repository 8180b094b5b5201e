import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { database } from "@/lib/database";
import { listNotFound } from "@/db/queries/redirects";
import { requireUser } from "@/lib/current-user";
import { formatDateTime } from "@/lib/format";
import { tEditorial } from "@/lib/i18n";
import { can } from "@/lib/permissions";
import { parsePageNumber } from "@/lib/route-params";

const t = tEditorial.redirects;

export const metadata: Metadata = { title: t.notFoundTitle };

export default async function NotFoundLogPage({ searchParams }: PageProps<"/dashboard/weiterleitungen/fehlende-adressen">) {
  const user = await requireUser("/dashboard/weiterleitungen/fehlende-adressen");
  if (!can.manageRedirects(user)) notFound();
  const params = await searchParams;
  const raw = Array.isArray(params.seite) ? params.seite[0] : params.seite;
  const page = parsePageNumber(raw || "1") ?? 1;
  const log = await listNotFound(await database(), user, { page });
  if (!log) notFound();
  const current = Math.min(page, log.pages);
  return (
    <div data-view="fehlende-adressen" className="flex flex-col gap-6">
      <p>
        <Link prefetch={false} href="/dashboard/weiterleitungen" className="text-sm font-semibold text-brand underline">{t.backToList}</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold">{t.notFoundTitle}</h1>
        <p className="mt-2 max-w-3xl text-muted">{t.notFoundIntro}</p>
      </div>
      <p className="text-sm text-muted">{t.notFoundCount(log.total)}</p>
      {log.rows.length === 0 ? (
        <p>{t.notFoundNone}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-2">{t.notFoundColumns.path}</th>
                <th scope="col" className="p-2 text-right">{t.notFoundColumns.hits}</th>
                <th scope="col" className="p-2">{t.notFoundColumns.lastSeen}</th>
                <th scope="col" className="p-2">{t.notFoundColumns.referrer}</th>
                <th scope="col" className="p-2">{t.notFoundColumns.actions}</th>
              </tr>
            </thead>
            <tbody>
              {log.rows.map((row) => (
                <tr key={row.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="break-all p-2 font-mono font-normal">{row.path}</th>
                  <td className="p-2 text-right">{row.hits.toLocaleString("de-DE")}</td>
                  <td className="p-2"><time dateTime={row.lastSeenAt.toISOString()}>{formatDateTime(row.lastSeenAt)}</time></td>
                  <td className="p-2">{row.referrerHost || t.referrerUnknown}</td>
                  <td className="p-2">
                    <Link prefetch={false} href={`/dashboard/weiterleitungen?${new URLSearchParams({ quelle: row.path })}#neu`} aria-label={t.createForLabel(row.path)}
                      className="font-semibold text-brand underline">
                      {t.createFor}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {log.pages > 1 && (
        <nav aria-label={t.pagination} className="flex justify-between text-sm">
          {current > 1 ? <Link prefetch={false} href={`?seite=${current - 1}`} className="text-brand underline">{t.previous}</Link> : <span />}
          <span>{t.pageOf(current, log.pages)}</span>
          {current < log.pages ? <Link prefetch={false} href={`?seite=${current + 1}`} className="text-brand underline">{t.next}</Link> : <span />}
        </nav>
      )}
    </div>
  );
}
