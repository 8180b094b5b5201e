"use client";

// Shown after a save was refused because someone else saved first: their version beside one's own, kept text.
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { tEditorial } from "@/lib/i18n";

const t = tEditorial.editor;

export function ConflictPanel({
  savedBy,
  savedAt,
  title,
  body,
  onTakeTheirs,
  onKeepMine,
}: {
  savedBy: string;
  /** Already formatted for display. */
  savedAt: string;
  title: string;
  body: string;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
}) {
  return (
    <section aria-labelledby="konflikt-titel" className="rounded border border-amber-700 bg-white p-4">
      <h2 id="konflikt-titel" className="text-lg font-bold">{t.conflictTitle}</h2>
      <p className="text-sm text-muted">{t.theirsHeading(savedBy, savedAt)}</p>
      <p className="mt-2 font-semibold">{title}</p>
      <label htmlFor="fremde-fassung" className="mt-2 block text-sm font-semibold">{t.body}</label>
      <textarea id="fremde-fassung" readOnly value={body} rows={8} className={`${inputClass} font-mono text-sm`} />
      <div className="mt-3 flex flex-wrap gap-2">
        <Button variant="secondary" onClick={onTakeTheirs}>
          {t.takeTheirs}
        </Button>
        <Button onClick={onKeepMine}>{t.keepMine}</Button>
      </div>
    </section>
  );
}
