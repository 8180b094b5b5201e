"use client";

// Permanent deletion, behind a confirmation.
import { tEditorial } from "@/lib/i18n";

export function DeletePostForm({ id, action }: { id: number; action: (form: FormData) => Promise<void> }) {
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(tEditorial.editor.confirmDelete)) event.preventDefault();
      }}
      className="border-t border-slate-300 pt-4"
    >
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="rounded border border-red-800 bg-white px-4 py-2 text-sm font-semibold text-red-800 hover:bg-red-50">
        {tEditorial.editor.deleteForever}
      </button>
    </form>
  );
}
