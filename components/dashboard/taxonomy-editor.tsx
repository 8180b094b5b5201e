// One table row per category or series: rename, reorder, delete (moving its posts first when needed).
import { ActionForm, FieldError, type FormState } from "@/components/dashboard/action-form";
import { inputClass } from "@/components/ui/field";
import type { TaxonomyRow } from "@/db/queries/taxonomy";
import { tEditorial, tTaxonomy } from "@/lib/i18n";

const t = tEditorial.taxonomy;
const c = tTaxonomy.categories;

/** Categories only: one level of subcategories, so only top-level categories other than this one are offered. */
function ParentField({ prefix, row, rows }: { prefix: string; row?: TaxonomyRow; rows: TaxonomyRow[] }) {
  const hasChildren = row !== undefined && rows.some((other) => other.parentId === row.id);
  return (
    <label className="flex flex-col text-sm font-semibold">
      {c.parent}
      <select
        name="parentId"
        defaultValue={row?.parentId ?? ""}
        className="rounded border border-slate-400 bg-white px-2 py-1.5 font-normal"
        aria-describedby={`${prefix}-eltern-fehler`}
      >
        <option value="">{c.noParent}</option>
        {!hasChildren &&
          rows
            .filter((other) => other.id !== row?.id && (other.parentId ?? null) === null)
            .map((other) => (
              <option key={other.id} value={other.id}>
                {other.name}
              </option>
            ))}
      </select>
      <FieldError name="parentId" id={`${prefix}-eltern-fehler`} />
    </label>
  );
}

function NameFields({ prefix, row, nameLabel }: { prefix: string; row?: TaxonomyRow; nameLabel: string }) {
  return (
    <>
      <label className="flex flex-col text-sm font-semibold">
        {nameLabel}
        <input name="name" defaultValue={row?.name} className={inputClass} aria-describedby={`${prefix}-name-fehler`} />
        <FieldError name="name" id={`${prefix}-name-fehler`} />
      </label>
      <label className="flex flex-col text-sm font-semibold">
        {t.slug}
        <input name="slug" defaultValue={row?.slug} className={inputClass} aria-describedby={`${prefix}-slug-fehler`} />
        <FieldError name="slug" id={`${prefix}-slug-fehler`} />
      </label>
      <label className="flex flex-col text-sm font-semibold sm:col-span-2">
        {t.description}
        <input name="description" defaultValue={row?.description} className={inputClass} />
      </label>
    </>
  );
}

export function TaxonomyEditor({
  kind,
  rows,
  create,
  update,
  orderable,
}: {
  kind: "kategorie" | "serie";
  rows: TaxonomyRow[];
  create: (form: FormData) => Promise<FormState>;
  update: (form: FormData) => Promise<FormState>;
  orderable: boolean;
}) {
  const nameLabel = kind === "serie" ? t.seriesName : t.name;
  return (
    <div className="flex flex-col gap-4">
      <ul className="flex flex-col gap-3">
        {rows.map((row) => (
          <li key={row.id} className="rounded border border-slate-300 bg-white p-4">
            <ActionForm action={update} label={row.name} className="grid gap-3 sm:grid-cols-2">
              <input type="hidden" name="id" value={row.id} />
              <NameFields prefix={`${kind}-${row.id}`} row={row} nameLabel={nameLabel} />
              {kind === "kategorie" && <ParentField prefix={`${kind}-${row.id}`} row={row} rows={rows} />}
              <p className="text-sm text-muted sm:col-span-2">
                {t.posts(row.posts)}
                {row.parentId ? ` · ${c.childOf(rows.find((other) => other.id === row.parentId)?.name ?? "")}` : ""}
              </p>
              <div className="flex flex-wrap items-end gap-2 sm:col-span-2">
                <button type="submit" name="intent" value="save" className="rounded bg-brand px-3 py-1.5 text-sm font-semibold text-white">
                  {t.save}
                </button>
                {orderable && (
                  <>
                    <button type="submit" name="move" value="up" className="rounded border border-brand/40 px-3 py-1.5 text-sm font-semibold text-brand">
                      {t.up}<span className="sr-only">: {row.name}</span>
                    </button>
                    <button type="submit" name="move" value="down" className="rounded border border-brand/40 px-3 py-1.5 text-sm font-semibold text-brand">
                      {t.down}<span className="sr-only">: {row.name}</span>
                    </button>
                  </>
                )}
                <label className="flex flex-col text-sm">
                  {t.reassignTo}
                  <select name="reassignTo" className="rounded border border-slate-400 bg-white px-2 py-1.5" aria-describedby={`${kind}-${row.id}-ziel-fehler`}>
                    <option value="">{t.noReassign}</option>
                    {rows
                      .filter((other) => other.id !== row.id)
                      .map((other) => (
                        <option key={other.id} value={other.id}>
                          {other.name}
                        </option>
                      ))}
                  </select>
                </label>
                <button type="submit" name="intent" value="delete" className="rounded border border-red-800 px-3 py-1.5 text-sm font-semibold text-red-800">
                  {t.delete}<span className="sr-only">: {row.name}</span>
                </button>
              </div>
              <FieldError name="reassignTo" id={`${kind}-${row.id}-ziel-fehler`} />
            </ActionForm>
          </li>
        ))}
      </ul>
      <section className="rounded border border-dashed border-slate-400 p-4">
        <h3 className="mb-2 font-semibold">{kind === "serie" ? t.newSeries : t.newCategory}</h3>
        <ActionForm action={create} label={kind === "serie" ? t.newSeries : t.newCategory} className="grid gap-3 sm:grid-cols-2" resetOnSuccess>
          <NameFields prefix={`${kind}-neu`} nameLabel={nameLabel} />
          {kind === "kategorie" && <ParentField prefix={`${kind}-neu`} rows={rows} />}
          <div className="sm:col-span-2">
            <button type="submit" className="rounded bg-brand px-3 py-1.5 text-sm font-semibold text-white">
              {t.create}
            </button>
          </div>
        </ActionForm>
      </section>
    </div>
  );
}
