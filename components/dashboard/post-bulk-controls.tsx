// The bulk action's choice and its category, above the post list's table inside the same form.
import { FieldError } from "./action-form";
import type { ChosenBulkAction } from "@/db/mutations/posts-bulk";
import { tEditorial } from "@/lib/i18n";

const b = tEditorial.postTools.bulk;

export function PostBulkControls({ categories, canPublish }: { categories: { id: number; name: string }[]; canPublish: boolean }) {
  const actions: ChosenBulkAction[] = [...(canPublish ? (["publish"] as const) : []), "trash", "addCategory", "removeCategory"];
  return (
    <fieldset className="mt-4 flex flex-wrap items-end gap-3 rounded border border-slate-300 bg-white p-3">
      <legend className="px-1 text-sm font-semibold">{b.legend}</legend>
      <label className="flex flex-col text-sm font-semibold">
        {b.action}
        <select name="bulkAction" defaultValue="" className="mt-1 rounded border border-slate-400 px-2 py-1.5 font-normal">
          <option value="">{b.chooseAction}</option>
          {actions.map((action) => (
            <option key={action} value={action}>
              {b.actions[action]}
            </option>
          ))}
        </select>
      </label>
      <div className="flex flex-col text-sm font-semibold">
        <label htmlFor="sammel-kategorie">{b.category}</label>
        <select id="sammel-kategorie" name="categoryId" defaultValue="" className="mt-1 rounded border border-slate-400 px-2 py-1.5 font-normal">
          <option value="">{b.noCategoryChoice}</option>
          {categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.name}
            </option>
          ))}
        </select>
        <FieldError name="categoryId" id="sammel-kategorie-fehler" />
      </div>
      <button type="submit" className="rounded bg-brand px-4 py-1.5 text-sm font-semibold text-white hover:bg-brand-dark">
        {b.apply}
      </button>
    </fieldset>
  );
}
