import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/dashboard/action-form";
import { inputClass } from "@/components/ui/field";
import { database } from "@/lib/database";
import { listFeedback } from "@/db/queries/feedback";
import { feedbackStatus, type FeedbackStatus } from "@/db/schema";
import { requireUser } from "@/lib/current-user";
import { formatDate, formatDateTime } from "@/lib/format";
import { tEditorial } from "@/lib/i18n";
import { can } from "@/lib/permissions";
import { deleteFeedbackAction, setFeedbackStatusAction } from "./actions";

const t = tEditorial.feedback;

export const metadata: Metadata = { title: t.title };

export default async function FeedbackListPage({ searchParams }: PageProps<"/dashboard/rueckmeldungen">) {
  const user = await requireUser("/dashboard/rueckmeldungen");
  if (!can.manageFeedback(user)) notFound();
  const raw = (await searchParams).status;
  const status = feedbackStatus.enumValues.find((value) => value === raw) as FeedbackStatus | undefined;
  const result = await listFeedback(await database(), user, { status });
  if (!result.ok) notFound();
  const rows = result.value;
  const open = rows.filter((row) => row.status !== "beantwortet").length;
  return (
    <div data-view="rueckmeldungen" className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold">{t.title}</h1>
        <p className="mt-2 text-muted">{t.intro}</p>
        {!status && <p className="mt-2 font-semibold">{t.openCount(open)}</p>}
      </div>
      <nav aria-label={t.status}>
        <ul className="flex flex-wrap gap-3 text-sm font-semibold">
          {[undefined, ...feedbackStatus.enumValues].map((value) => (
            <li key={value ?? "alle"}>
              <Link prefetch={false}
                href={value ? `/dashboard/rueckmeldungen?status=${value}` : "/dashboard/rueckmeldungen"}
                aria-current={value === status ? "page" : undefined}
                className="text-brand underline-offset-4 hover:underline aria-[current=page]:underline"
              >
                {value ? t.statusLabels[value] : t.filterAll}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {rows.length === 0 && <p>{t.empty}</p>}
      <ol className="flex flex-col gap-4">
        {rows.map((row) => {
          const overdue = row.overdue;
          return (
            <li key={row.id} className="rounded border border-slate-300 bg-white p-4">
              <article aria-labelledby={`rueckmeldung-${row.id}`}>
                <h2 id={`rueckmeldung-${row.id}`} className="text-lg font-bold">
                  {t.received} {formatDateTime(row.receivedAt)} · {t.statusLabels[row.status]}
                </h2>
                <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                  <dt className="font-semibold">{t.due}</dt>
                  <dd className={overdue ? "font-bold text-red-800" : undefined}>
                    {formatDate(row.dueAt)}
                    {overdue && ` (${t.overdue})`}
                  </dd>
                  <dt className="font-semibold">{t.from}</dt>
                  <dd>
                    {row.name || t.anonymous} ·{" "}
                    {row.email ? (
                      <a href={`mailto:${row.email}`} className="text-brand underline">
                        {row.email}
                      </a>
                    ) : (
                      t.noEmail
                    )}
                  </dd>
                  {row.pageUrl && (
                    <>
                      <dt className="font-semibold">{t.page}</dt>
                      {/* Shown as text: it was typed by a stranger and must not become a link. */}
                      <dd className="break-all font-mono">{row.pageUrl}</dd>
                    </>
                  )}
                </dl>
                <p className="mt-3 whitespace-pre-wrap rounded bg-slate-50 p-3">{row.message}</p>
                <ActionForm action={setFeedbackStatusAction} label={`${t.status}: ${formatDateTime(row.receivedAt)}`} className="mt-3 flex flex-wrap items-end gap-2">
                  <input type="hidden" name="id" value={row.id} />
                  <div className="flex flex-col text-sm font-semibold">
                    <label htmlFor={`rueckmeldung-${row.id}-status`}>{t.status}</label>
                    <select id={`rueckmeldung-${row.id}-status`} name="status" defaultValue={row.status} className={inputClass}>
                      {feedbackStatus.enumValues.map((value) => (
                        <option key={value} value={value}>
                          {t.statusLabels[value]}
                        </option>
                      ))}
                    </select>
                  </div>
                  <button type="submit" className="rounded bg-brand px-3 py-2 text-sm font-semibold text-white">
                    {t.saveStatus}
                  </button>
                </ActionForm>
                {can.deleteFeedback(user) && (
                  <details className="mt-3">
                    <summary className="cursor-pointer text-sm font-semibold text-red-800">
                      {t.delete}<span className="sr-only"> {formatDateTime(row.receivedAt)}</span>
                    </summary>
                    <ActionForm action={deleteFeedbackAction} label={`${t.confirmDelete}: ${formatDateTime(row.receivedAt)}`} className="mt-2 flex flex-col gap-2">
                      <input type="hidden" name="id" value={row.id} />
                      <p className="text-sm">{t.deleteExplain}</p>
                      <button type="submit" className="self-start rounded bg-red-800 px-3 py-1.5 text-sm font-semibold text-white">
                        {t.confirmDelete}
                      </button>
                    </ActionForm>
                  </details>
                )}
              </article>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
