// The admin's form for one legal statement: a labelled field per structured value, required ones marked.
import { ActionForm, FieldError, type FormState } from "@/components/dashboard/action-form";
import { inputClass } from "@/components/ui/field";
import { tEditorial } from "@/lib/i18n";
import type { FieldSpec } from "@/lib/legal";

const t = tEditorial.legal;

export function LegalEditor({
  id,
  label,
  fields,
  values,
  action,
  choices = {},
}: {
  id: string;
  label: string;
  fields: readonly FieldSpec[];
  values: Record<string, string>;
  action: (form: FormData) => Promise<FormState>;
  choices?: Record<string, { value: string; label: string }[]>;
}) {
  return (
    <ActionForm action={action} label={label} className="flex max-w-3xl flex-col gap-4">
      {fields.map((field) => {
        const fieldId = `${id}-${field.name}`;
        const describedBy = [field.hint ? `${fieldId}-hinweis` : null, `${fieldId}-fehler`].filter(Boolean).join(" ");
        const common = { id: fieldId, name: field.name, defaultValue: values[field.name] ?? "", "aria-describedby": describedBy, className: inputClass };
        const options = choices[field.name];
        return (
          <div key={field.name} className="flex flex-col gap-1">
            <label htmlFor={fieldId} className="text-sm font-semibold">
              {field.label}
              {field.required && <span className="font-normal text-muted"> ({t.required})</span>}
            </label>
            {options ? (
              <select {...common}>
                {options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            ) : field.multiline ? (
              <textarea {...common} rows={4} />
            ) : (
              <input {...common} type="text" />
            )}
            {field.hint && (
              <p id={`${fieldId}-hinweis`} className="text-xs text-muted">
                {field.hint}
              </p>
            )}
            <FieldError name={field.name} id={`${fieldId}-fehler`} />
          </div>
        );
      })}
      <div>
        <button type="submit" className="rounded bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-dark">
          {t.save}
        </button>
      </div>
    </ActionForm>
  );
}

/** Shown to admins wherever they land in the dashboard until the required legal fields are filled in. */
export function LegalWarning({ missingImpressum, missingStatement, link }: { missingImpressum: string[]; missingStatement: string[]; link: boolean }) {
  if (missingImpressum.length === 0 && missingStatement.length === 0) return null;
  return (
    <div role="note" className="mb-6 rounded border-l-4 border-amber-600 bg-amber-50 p-4 text-ink">
      {missingImpressum.length > 0 && <p className="font-semibold">{t.missing(missingImpressum.join(", "))}</p>}
      {missingStatement.length > 0 && <p className="font-semibold">{t.missingStatement(missingStatement.join(", "))}</p>}
      {link && (
        <p className="mt-1">
          <a href="/dashboard/rechtliches" className="text-brand underline">
            {t.toSettings}
          </a>
        </p>
      )}
    </div>
  );
}
