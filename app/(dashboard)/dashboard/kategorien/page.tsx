import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TaxonomyEditor } from "@/components/dashboard/taxonomy-editor";
import { listCategoriesWithUsage, listSeriesWithUsage } from "@/db/queries/taxonomy";
import { requireUser } from "@/lib/current-user";
import { tEditorial } from "@/lib/i18n";
import { can } from "@/lib/permissions";
import { createCategoryAction, createSeriesAction, updateCategoryAction, updateSeriesAction } from "./actions";

const t = tEditorial.taxonomy;

export const metadata: Metadata = { title: `${t.categoriesTitle} und ${t.seriesTitle}` };

export default async function TaxonomyPage() {
  const user = await requireUser("/dashboard/kategorien");
  if (!can.manageTaxonomy(user)) notFound();
  const [categories, series] = await Promise.all([listCategoriesWithUsage(user), listSeriesWithUsage(user)]);
  return (
    <div data-view="kategorien" className="flex flex-col gap-10">
      <h1 className="text-3xl font-bold">
        {t.categoriesTitle} und {t.seriesTitle}
      </h1>
      <section aria-labelledby="kategorien-titel">
        <h2 id="kategorien-titel" className="mb-3 text-2xl font-bold">{t.categoriesTitle}</h2>
        <TaxonomyEditor kind="kategorie" rows={categories} create={createCategoryAction} update={updateCategoryAction} orderable />
      </section>
      <section aria-labelledby="serien-titel">
        <h2 id="serien-titel" className="mb-3 text-2xl font-bold">{t.seriesTitle}</h2>
        <TaxonomyEditor kind="serie" rows={series} create={createSeriesAction} update={updateSeriesAction} orderable={false} />
      </section>
    </div>
  );
}
