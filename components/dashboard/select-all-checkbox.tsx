"use client";

// „Alle auswählen“ for the post list: ticks or clears every row's box in its form, and shows a partial selection.
import { useEffect, useRef } from "react";

export function SelectAllCheckbox({ label, name }: { label: string; name: string }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const box = ref.current;
    const form = box?.form;
    if (!box || !form) return;
    const sync = () => {
      const rows = [...form.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name="${name}"]`)];
      const ticked = rows.filter((row) => row.checked).length;
      box.checked = rows.length > 0 && ticked === rows.length;
      box.indeterminate = ticked > 0 && ticked < rows.length;
    };
    form.addEventListener("change", sync);
    form.addEventListener("reset", () => setTimeout(sync));
    sync();
    return () => form.removeEventListener("change", sync);
  }, [name]);
  return (
    <input
      ref={ref}
      type="checkbox"
      aria-label={label}
      className="h-4 w-4"
      onChange={(event) => {
        const form = event.currentTarget.form;
        if (!form) return;
        for (const row of form.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name="${name}"]`)) {
          row.checked = event.currentTarget.checked;
        }
      }}
    />
  );
}
