"use client";

// One redirect's fields (old address, 301 or 410, new address) in a form bound to a server action.
import { useState } from "react";
import { ActionForm, FieldError, type FormState } from "@/components/dashboard/action-form";
import { inputClass } from "@/components/ui/field";
import { tEditorial } from "@/lib/i18n";

const t = tEditorial.redirects;

export type RedirectValues = { id?: number; source: string; status: 301 | 410; target: string };

export function RedirectForm({
  prefix,
  values,
  action,
  submitLabel,
  label,
}: {
  prefix: string;
  values: RedirectValues;
  action: (form: FormData) => Promise<FormState>;
  submitLabel: string;
  label: string;
}) {
  const [status, setStatus] = useState<301 | 410>(values.status);
  const describe = (name: string, hint: boolean) => [hint ? `${prefix}-${name}-hinweis` : "", `${prefix}-${name}-fehler`].filter(Boolean).join(" ");
  return (
    <ActionForm action={action} label={label} className="grid gap-4" resetOnSuccess={values.id === undefined}>
      {values.id !== undefined && <input type="hidden" name="id" value={values.id} />}
      <div className="flex flex-col gap-1">
        <label htmlFor={`${prefix}-source`} className="text-sm font-semibold">{t.source}</label>
        <input id={`${prefix}-source`} name="source" defaultValue={values.source} maxLength={2000} required className={`${inputClass} font-mono`}
          aria-describedby={describe("source", true)} autoComplete="off" spellCheck={false} />
        <p id={`${prefix}-source-hinweis`} className="text-xs text-muted">{t.sourceHint}</p>
        <FieldError name="source" id={`${prefix}-source-fehler`} />
      </div>
      <fieldset className="flex flex-col gap-1" aria-describedby={`${prefix}-status-fehler`}>
        <legend className="text-sm font-semibold">{t.kind}</legend>
        {([301, 410] as const).map((value) => (
          <label key={value} className="flex items-center gap-2 text-sm">
            <input type="radio" name="status" value={value} defaultChecked={value === values.status} onChange={() => setStatus(value)} className="h-4 w-4" />
            {t.kinds[value]}
          </label>
        ))}
        <FieldError name="status" id={`${prefix}-status-fehler`} />
      </fieldset>
      {/* Kept in the form when hidden: switching back to „weiterleiten“ finds the address typed before. */}
      <div className={status === 301 ? "flex flex-col gap-1" : "hidden"}>
        <label htmlFor={`${prefix}-target`} className="text-sm font-semibold">{t.target}</label>
        <input id={`${prefix}-target`} name="target" defaultValue={values.target} maxLength={2000} className={`${inputClass} font-mono`}
          aria-describedby={describe("target", true)} autoComplete="off" spellCheck={false} />
        <p id={`${prefix}-target-hinweis`} className="text-xs text-muted">{t.targetHint}</p>
        <FieldError name="target" id={`${prefix}-target-fehler`} />
      </div>
      <div>
        <button type="submit" className="rounded bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-dark">
          {submitLabel}
        </button>
      </div>
    </ActionForm>
  );
}

export function DeleteRedirectForm({ id, source, action }: { id: number; source: string; action: (form: FormData) => Promise<FormState> }) {
  return (
    <ActionForm action={action} label={`${t.remove}: ${source}`}>
      <input type="hidden" name="id" value={id} />
      <button
        type="submit"
        className="rounded border border-red-800 px-4 py-2 text-sm font-semibold text-red-800 hover:bg-red-50"
        onClick={(event) => {
          if (!window.confirm(t.removeConfirm)) event.preventDefault();
        }}
      >
        {t.remove}
      </button>
    </ActionForm>
  );
}
