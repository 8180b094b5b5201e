"use client";

// Deleting a library file: an unused file goes at once (the page then offers „Rückgängig“); a file in use first lists
// the posts that would stop showing it and offers „Trotzdem löschen“ for exactly those posts.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { FormState } from "@/components/dashboard/action-form";
import type { MediaUse } from "@/db/mutations/media";
import { tEditorial } from "@/lib/i18n";
import { MEDIA_UNDO_MINUTES } from "@/lib/media/undo";

const t = tEditorial.media;

export type DeleteMediaState = FormState & { uses?: MediaUse[]; deletedId?: number };
export type DeleteMedia = (form: FormData) => Promise<DeleteMediaState>;

/** The library's address with the confirmation for this deletion, keeping the search the editor had. */
export function withDeletedNotice(id: number): string {
  const params = new URLSearchParams(window.location.search);
  params.delete("geloescht");
  params.set("geloescht", String(id));
  return `${window.location.pathname}?${params}`;
}

export function MediaDelete({ id, name, kind, action }: { id: number; name: string; kind: "image" | "document"; action: DeleteMedia }) {
  const [state, setState] = useState<DeleteMediaState>({});
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const uses = state.uses ?? [];

  function run(confirmed?: number[]) {
    const form = new FormData();
    form.set("id", String(id));
    // The posts the editor saw in the question: the data layer deletes only if nothing else uses the file now.
    if (confirmed) {
      form.append("bestaetigt", "");
      for (const postId of confirmed) form.append("bestaetigt", String(postId));
    }
    startTransition(async () => {
      const result = await action(form);
      setState(result);
      // The card leaves the list; the page shows what happened, with „Rückgängig“.
      if (result.ok && result.deletedId) router.replace(withDeletedNotice(result.deletedId), { scroll: false });
    });
  }

  return (
    <div className="flex flex-col gap-2" aria-busy={pending}>
      <div>
        {/* Not disabled while pending: focus stays here, and the question that may follow is next in the tab order. */}
        <button type="button" aria-disabled={pending} onClick={() => !pending && run()} aria-label={`${t.delete}: ${name}`}
          className="rounded border border-red-800 px-3 py-1.5 text-sm font-semibold text-red-800 hover:bg-red-50 aria-disabled:opacity-60">
          {t.delete}
        </button>
      </div>
      {state.message && !state.ok && uses.length === 0 && (
        <p role="alert" className="text-sm font-semibold text-red-800">{state.message}</p>
      )}
      {uses.length > 0 && (
        <div role="alert" className="flex flex-col gap-2 rounded border border-red-800 bg-red-50 p-3 text-sm" data-testid="loeschen-bestaetigen">
          <p className="font-semibold text-red-900">{state.message}</p>
          <ul className="list-disc pl-5">
            {uses.map((use) => (
              <li key={use.id}>
                <Link prefetch={false} href={`/dashboard/beitraege/${use.id}`} className="text-brand underline">{use.title}</Link>
              </li>
            ))}
          </ul>
          <p>{t.inUseConsequence(uses.length, kind, MEDIA_UNDO_MINUTES)}</p>
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
