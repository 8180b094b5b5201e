// The form that creates a page (title, address, status, Markdown body), bound to a server action.
import { ActionForm, FieldError, type FormState } from "@/components/dashboard/action-form";
import { inputClass } from "@/components/ui/field";
import { tEditorial } from "@/lib/i18n";

const t = tEditorial.pages;

export function NewPageForm({ action }: { action: (form: FormData) => Promise<FormState> }) {
  const prefix = "neue-seite";
  return (
    <ActionForm action={action} label={t.newPage} className="grid gap-3 sm:grid-cols-3" resetOnSuccess>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${prefix}-title`} className="text-sm font-semibold">
          {t.pageTitle}
        </label>
        <input id={`${prefix}-title`} name="title" className={inputClass} aria-describedby={`${prefix}-title-fehler`} />
        <FieldError name="title" id={`${prefix}-title-fehler`} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${prefix}-slug`} className="text-sm font-semibold">
          {t.slug}
        </label>
        <input id={`${prefix}-slug`} name="slug" className={inputClass} aria-describedby={`${prefix}-slug-hinweis ${prefix}-slug-fehler`} />
        <p id={`${prefix}-slug-hinweis`} className="text-xs text-muted">
          {t.slugHint}
        </p>
        <FieldError name="slug" id={`${prefix}-slug-fehler`} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${prefix}-status`} className="text-sm font-semibold">
          {t.status}
        </label>
        <select id={`${prefix}-status`} name="status" defaultValue="draft" className={inputClass} aria-describedby={`${prefix}-status-fehler`}>
          <option value="draft">{t.draft}</option>
          <option value="published">{t.published}</option>
        </select>
        <FieldError name="status" id={`${prefix}-status-fehler`} />
      </div>
      <div className="flex flex-col gap-1 sm:col-span-3">
        <label htmlFor={`${prefix}-body`} className="text-sm font-semibold">
          {t.body}
        </label>
        <textarea id={`${prefix}-body`} name="body" rows={6} className={`${inputClass} font-mono text-sm`} aria-describedby={`${prefix}-body-fehler`} />
        <FieldError name="body" id={`${prefix}-body-fehler`} />
      </div>
      <div className="sm:col-span-3">
        <button type="submit" className="rounded bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-dark">
          {t.newPage}
        </button>
      </div>
    </ActionForm>
  );
}
