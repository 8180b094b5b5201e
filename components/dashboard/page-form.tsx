// One page's fields (title, address, status, Markdown body) in a form bound to a server action.
import { ActionForm, FieldError, type FormState } from "@/components/dashboard/action-form";
import { inputClass } from "@/components/ui/field";
import { deEditorial } from "@/lib/i18n/de";

const t = deEditorial.pages;

export type EditablePage = { id: number; title: string; slug: string; body: string; status: "draft" | "published" };

export function PageForm({
  page,
  action,
  label,
}: {
  page?: EditablePage;
  action: (form: FormData) => Promise<FormState>;
  label: string;
}) {
  const prefix = page ? `seite-${page.id}` : "neue-seite";
  return (
    <ActionForm action={action} label={label} className="grid gap-3 sm:grid-cols-3" resetOnSuccess={!page}>
      {page && <input type="hidden" name="id" value={page.id} />}
      <div className="flex flex-col gap-1">
        <label htmlFor={`${prefix}-title`} className="text-sm font-semibold">
          {t.pageTitle}
        </label>
        <input id={`${prefix}-title`} name="title" defaultValue={page?.title} className={inputClass} aria-describedby={`${prefix}-title-fehler`} />
        <FieldError name="title" id={`${prefix}-title-fehler`} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${prefix}-slug`} className="text-sm font-semibold">
          {t.slug}
        </label>
        <input
          id={`${prefix}-slug`}
          name="slug"
          defaultValue={page?.slug}
          className={inputClass}
          aria-describedby={`${prefix}-slug-hinweis ${prefix}-slug-fehler`}
        />
        <p id={`${prefix}-slug-hinweis`} className="text-xs text-muted">
          {t.slugHint}
        </p>
        <FieldError name="slug" id={`${prefix}-slug-fehler`} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${prefix}-status`} className="text-sm font-semibold">
          {t.status}
        </label>
        <select id={`${prefix}-status`} name="status" defaultValue={page?.status ?? "draft"} className={inputClass}>
          <option value="draft">{t.draft}</option>
          <option value="published">{t.published}</option>
        </select>
      </div>
      <div className="flex flex-col gap-1 sm:col-span-3">
        <label htmlFor={`${prefix}-body`} className="text-sm font-semibold">
          {t.body}
        </label>
        <textarea
          id={`${prefix}-body`}
          name="body"
          rows={page ? 12 : 6}
          defaultValue={page?.body}
          className={`${inputClass} font-mono text-sm`}
          aria-describedby={`${prefix}-body-fehler`}
        />
        <FieldError name="body" id={`${prefix}-body-fehler`} />
      </div>
      <div className="sm:col-span-3">
        <button type="submit" className="rounded bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-dark">
          {page ? t.save : t.newPage}
        </button>
      </div>
    </ActionForm>
  );
}
