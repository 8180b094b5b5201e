"use client";

// The confirmation after deleting a library file, with „Rückgängig“ while the file can still be restored; after the
// undo, what came back. It stays mounted while the address changes, so its answer outlives the notice it replaced.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import type { FormState } from "@/components/dashboard/action-form";
import { Button } from "@/components/ui/button";
import type { DeletedMediaNotice } from "@/db/queries/media";
import { tEditorial } from "@/lib/i18n";
import { MEDIA_UNDO_MINUTES } from "@/lib/media/undo";

const t = tEditorial.media;

function withoutNotice(): string {
  const params = new URLSearchParams(window.location.search);
  params.delete("geloescht");
  const query = params.toString();
  return query ? `${window.location.pathname}?${query}` : window.location.pathname;
}

export function MediaUndoNotice({ notice, restore }: { notice: DeletedMediaNotice | null; restore: (id: number) => Promise<FormState> }) {
  const [answer, setAnswer] = useState<FormState | null>(null);
  const [shownFor, setShownFor] = useState<number | null>(notice?.id ?? null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const box = useRef<HTMLDivElement>(null);

  // A new deletion replaces the answer to the previous undo.
  if (notice && notice.id !== shownFor) {
    setShownFor(notice.id);
    setAnswer(null);
  }

  // The deleted card (and the button that had focus) is gone: keyboard users continue from here.
  const focusKey = notice ? `geloescht-${notice.id}` : answer ? `antwort-${answer.message}` : "";
  useEffect(() => {
    if (focusKey) box.current?.focus();
  }, [focusKey]);

  function undo(id: number) {
    startTransition(async () => {
      const result = await restore(id);
      setAnswer(result);
      if (result.ok) router.replace(withoutNotice(), { scroll: false });
    });
  }

  if (!notice && !answer) return null;
  const failed = answer && !answer.ok;
  return (
    <div ref={box} tabIndex={-1} role={failed ? "alert" : "status"} data-testid="loeschen-hinweis" aria-busy={pending}
      className={`flex flex-wrap items-center gap-3 rounded border p-3 text-sm font-semibold outline-offset-2 ${failed ? "border-red-800 bg-red-50 text-red-900" : "border-brand bg-brand/5 text-brand-dark"}`}>
      <p>{answer?.message ?? (notice ? t.deletedNotice(notice.name, notice.uses, MEDIA_UNDO_MINUTES) : "")}</p>
      {notice && !answer?.ok && (
        <Button variant="secondary" disabled={pending} onClick={() => undo(notice.id)}>
          {t.undo}
        </Button>
      )}
    </div>
  );
}
