// A labelled form field with its hint and error underneath, wired up with aria-describedby.
import type { ReactNode } from "react";

/** The dashboard's dense forms, or the larger type of a form on a reader page. */
const sizes = {
  dashboard: { label: "text-sm font-semibold", hint: "text-xs text-muted" },
  reader: { label: "font-semibold", hint: "text-sm text-muted" },
};

export function Field({
  id,
  label,
  hint,
  error,
  size = "dashboard",
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: string;
  error?: string;
  size?: keyof typeof sizes;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}) {
  const describedBy = [hint ? `${id}-hinweis` : null, error ? `${id}-fehler` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={sizes[size].label}>
        {label}
      </label>
      {children(describedBy, Boolean(error))}
      {hint && (
        <p id={`${id}-hinweis`} className={sizes[size].hint}>
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-fehler`} className="text-sm font-semibold text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

export const inputClass =
  "w-full rounded border border-slate-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-800 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-800";
