import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { database } from "@/lib/database";
import { listAuditLog, listFailedSignIns } from "@/db/queries/audit";
import { requireUser } from "@/lib/current-user";
import { formatDateTime } from "@/lib/format";
import { tEditorial } from "@/lib/i18n";
import { can } from "@/lib/permissions";

const t = tEditorial.audit;

export const metadata: Metadata = { title: t.title };

const cell = "border-b border-slate-200 px-2 py-1.5 text-left align-top";

export default async function AuditPage() {
  const user = await requireUser("/dashboard/protokoll");
  if (!can.readAuditLog(user)) notFound();
  const db = await database();
  const [failures, log] = await Promise.all([listFailedSignIns(db, user), listAuditLog(db, user)]);
  if (!failures.ok || !log.ok) notFound();
  return (
    <div data-view="protokoll" className="flex flex-col gap-8">
      <div>
        <h1 className="text-3xl font-bold">{t.title}</h1>
        <p className="mt-2 text-muted">{t.intro}</p>
      </div>
      <section aria-labelledby="fehlversuche">
        <h2 id="fehlversuche" className="mb-3 text-xl font-bold">{t.failedHeading}</h2>
        {failures.value.length === 0 ? (
          <p>{t.failedEmpty}</p>
        ) : (
          <table className="w-full border-collapse bg-white text-sm">
            <thead>
              <tr>
                <th scope="col" className={cell}>{t.account}</th>
                <th scope="col" className={cell}>{t.address}</th>
                <th scope="col" className={cell}>{t.failures}</th>
                <th scope="col" className={cell}>{t.lastAt}</th>
              </tr>
            </thead>
            <tbody>
              {failures.value.map((row) => (
                <tr key={`${row.email} ${row.address}`}>
                  <td className={`${cell} break-all`}>{row.email}</td>
                  <td className={`${cell} font-mono`}>{row.address}</td>
                  <td className={cell}>{row.failures}</td>
                  <td className={cell}>{formatDateTime(row.lastAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="eintraege">
        <h2 id="eintraege" className="mb-3 text-xl font-bold">{t.logHeading}</h2>
        {log.value.length === 0 ? (
          <p>{t.empty}</p>
        ) : (
          <table className="w-full border-collapse bg-white text-sm">
            <thead>
              <tr>
                <th scope="col" className={cell}>{t.when}</th>
                <th scope="col" className={cell}>{t.who}</th>
                <th scope="col" className={cell}>{t.what}</th>
                <th scope="col" className={cell}>{t.subject}</th>
              </tr>
            </thead>
            <tbody>
              {log.value.map((entry) => (
                <tr key={entry.id}>
                  <td className={`${cell} whitespace-nowrap`}>{formatDateTime(entry.at)}</td>
                  <td className={cell}>{entry.actorName || t.system}</td>
                  <td className={cell}>{t.actions[entry.action] ?? entry.action}</td>
                  <td className={`${cell} break-words`}>{entry.subject}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
