import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TagsEditor } from "@/components/dashboard/tags-editor";
import { listTagsWithUsage } from "@/db/queries/tags";
import { requireUser } from "@/lib/current-user";
import { inputClass } from "@/components/ui/field";
import { can } from "@/lib/permissions";
import { updateTagAction } from "./actions";
import { tTaxonomy } from "@/lib/i18n";

const t = tTaxonomy.tags;

export const metadata: Metadata = { title: t.title };

export default async function TagsPage({ searchParams }: PageProps<"/dashboard/schlagwoerter">) {
  const user = await requireUser("/dashboard/schlagwoerter");
  if (!can.manageTaxonomy(user)) notFound();
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 60) ?? "";
  const { rows, total } = await listTagsWithUsage({ q });
  return (
    <div data-view="schlagwoerter" className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="max-w-3xl text-sm text-muted">{t.intro}</p>
      <form method="get" role="search" aria-label={t.filter} className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col text-sm font-semibold">
          {t.filter}
          <input type="search" name="q" defaultValue={q} maxLength={60} className={inputClass} />
        </label>
        <button type="submit" className="rounded border border-brand/40 px-3 py-2 text-sm font-semibold text-brand">
          {t.filterApply}
        </button>
      </form>
      {rows.length < total && <p className="text-sm">{t.more(rows.length, total)}</p>}
      {rows.length === 0 ? <p>{t.empty}</p> : <TagsEditor rows={rows} update={updateTagAction} />}
    </div>
  );
}
