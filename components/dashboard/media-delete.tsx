"use client";

// Deleting a library file asks first: an unused file with a plain question, a file in use with the posts that would
// lose it and „Trotzdem löschen“ for exactly those posts.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { askDeleteMediaAction, deleteMediaAction, type DeleteMediaState } from "@/app/(dashboard)/dashboard/medien/actions";
import { deEditorial } from "@/lib/i18n/de";

const t = deEditorial.media;

export function MediaDelete({ id, name, kind }: { id: number; name: string; kind: "image" | "document" }) {
  const [state, setState] = useState<DeleteMediaState>({});
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const uses = state.uses ?? [];

  function ask() {
    startTransition(async () => setState(await askDeleteMediaAction(id)));
  }

  function run(confirmed: number[]) {
    const form = new FormData();
    form.set("id", String(id));
    // An empty confirmation still says „asked and answered“: the data layer deletes only if nothing uses the file now.
    form.append("bestaetigt", "");
    for (const postId of confirmed) form.append("bestaetigt", String(postId));
    startTransition(async () => {
      const result = await deleteMediaAction(form);
      setState(result);
      if (result.ok) router.refresh();
    });
  }

  return (
    <div className="flex flex-col gap-2" aria-busy={pending}>
      <div>
        <button type="button" disabled={pending} onClick={ask} aria-label={`${t.delete}: ${name}`}
          className="rounded border border-red-800 px-3 py-1.5 text-sm font-semibold text-red-800 hover:bg-red-50 disabled:opacity-60">
          {t.delete}
        </button>
      </div>
      {state.ask && uses.length === 0 && (
        <div role="alert" className="flex flex-col gap-2 rounded border border-red-800 bg-red-50 p-3 text-sm" data-testid="loeschen-bestaetigen">
          <p className="font-semibold text-red-900">{t.confirmUnused(name)}</p>
          <div className="flex flex-wrap gap-2">
            <button type="button" disabled={pending} onClick={() => run([])}
              className="rounded bg-red-800 px-3 py-1.5 font-semibold text-white hover:bg-red-900 disabled:opacity-60">
              {t.deleteConfirmed}
            </button>
            <button type="button" disabled={pending} onClick={() => setState({})}
              className="rounded border border-slate-400 bg-white px-3 py-1.5 font-semibold text-slate-800">
              {t.keep}
            </button>
          </div>
        </div>
      )}
      {state.message && !state.ask && uses.length === 0 && (
        <p role={state.ok ? "status" : "alert"} className={`text-sm font-semibold ${state.ok ? "text-brand" : "text-red-800"}`}>{state.message}</p>
      )}
      {uses.length > 0 && (
        <div role="alert" className="flex flex-col gap-2 rounded border border-red-800 bg-red-50 p-3 text-sm" data-testid="loeschen-bestaetigen">
          <p className="font-semibold text-red-900">{state.message}</p>
          <p>{t.inUseConfirm(uses.length, kind)}</p>
          <ul className="list-disc pl-5">
            {uses.map((use) => (
              <li key={use.id}>
                <Link href={`/dashboard/beitraege/${use.id}`} className="text-brand underline">{use.title}</Link>
              </li>
            ))}
          </ul>
          <div className="flex flex-wrap gap-2">
            <button type="button" disabled={pending} onClick={() => run(uses.map((use) => use.id))}
              className="rounded bg-red-800 px-3 py-1.5 font-semibold text-white hover:bg-red-900 disabled:opacity-60">
              {t.deleteAnyway(uses.length, kind)}
            </button>
            <button type="button" disabled={pending} onClick={() => setState({})}
              className="rounded border border-slate-400 bg-white px-3 py-1.5 font-semibold text-slate-800">
              {t.keep}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
