"use client";

// One row per tag on the tags screen: rename (name, address, description), merge into another tag, delete. A merged
// or deleted tag's row goes away with its message, so that message is repeated above the list and takes the focus.
import { useEffect, useRef, useState } from "react";
import { ActionForm, FieldError, type FormState } from "@/components/dashboard/action-form";
import { ConfirmSubmit } from "@/components/dashboard/confirm-button";
import { inputClass } from "@/components/ui/field";
import type { TagRow } from "@/db/queries/tags";
import { tTaxonomy } from "@/lib/i18n";

const t = tTaxonomy.tags;

export function TagsEditor({ rows, update }: { rows: TagRow[]; update: (form: FormData) => Promise<FormState> }) {
  const [message, setMessage] = useState({ text: "", count: 0 });
  const messageRef = useRef<HTMLParagraphElement>(null);
  // The row that had the focus is gone: the message takes it, once it is rendered (the update comes in a transition,
  // so focusing right away would find the paragraph still empty and hidden), and keyboard users stay where they were.
  useEffect(() => {
    if (message.count > 0) messageRef.current?.focus();
  }, [message]);
  const gone = (data: FormData) => {
    const intent = data.get("intent");
    if (intent !== "merge" && intent !== "delete") return;
    const from = rows.find((row) => String(row.id) === data.get("id"))?.name ?? "";
    const into = rows.find((row) => String(row.id) === data.get("into"))?.name ?? "";
    setMessage((current) => ({ text: intent === "merge" ? t.merged(from, into) : `${t.deleted} („${from}“)`, count: current.count + 1 }));
  };
  return (
    <>
      <p ref={messageRef} tabIndex={-1} role="status" data-testid="schlagwort-meldung" className="text-sm font-semibold text-brand empty:hidden">
        {message.text}
      </p>
      <ul className="flex flex-col gap-3">
        {rows.map((row) => {
          const prefix = `schlagwort-${row.id}`;
          return (
            <li key={row.id} className="rounded border border-slate-300 bg-white p-4">
              <ActionForm action={update} label={row.name} className="grid gap-3 sm:grid-cols-2" onSuccess={gone}>
                <input type="hidden" name="id" value={row.id} />
                <label className="flex flex-col text-sm font-semibold">
                  {t.name}
                  <input name="name" defaultValue={row.name} maxLength={60} className={inputClass} aria-describedby={`${prefix}-name-fehler`} />
                  <FieldError name="name" id={`${prefix}-name-fehler`} />
                </label>
                <label className="flex flex-col text-sm font-semibold">
                  {t.slug}
                  <input name="slug" defaultValue={row.slug} className={inputClass} aria-describedby={`${prefix}-slug-fehler`} />
                  <FieldError name="slug" id={`${prefix}-slug-fehler`} />
                </label>
                <label className="flex flex-col text-sm font-semibold sm:col-span-2">
                  {t.description}
                  <input name="description" defaultValue={row.description} className={inputClass} aria-describedby={`${prefix}-beschreibung-fehler`} />
                  <FieldError name="description" id={`${prefix}-beschreibung-fehler`} />
                </label>
                <p className="text-sm text-muted sm:col-span-2">{t.posts(row.posts)}</p>
                <div className="flex flex-wrap items-end gap-2 sm:col-span-2">
                  <button type="submit" name="intent" value="save" className="rounded bg-brand px-3 py-1.5 text-sm font-semibold text-white">
                    {t.save}
                    <span className="sr-only">: {row.name}</span>
                  </button>
                  <label className="flex flex-col text-sm">
                    {t.mergeInto}
                    <select name="into" className="rounded border border-slate-400 bg-white px-2 py-1.5" aria-describedby={`${prefix}-ziel-fehler`}>
                      <option value="">{t.chooseMergeTarget}</option>
                      {rows
                        .filter((other) => other.id !== row.id)
                        .map((other) => (
                          <option key={other.id} value={other.id}>
                            {other.name}
                          </option>
                        ))}
                    </select>
                  </label>
                  <button type="submit" name="intent" value="merge" className="rounded border border-brand/40 px-3 py-1.5 text-sm font-semibold text-brand">
                    {t.merge}
                    <span className="sr-only">: {row.name}</span>
                  </button>
                  <ConfirmSubmit
                    name="intent"
                    value="delete"
                    question={t.confirmDelete(row.name)}
                    className="rounded border border-red-800 px-3 py-1.5 text-sm font-semibold text-red-800"
                  >
                    {t.delete}
                    <span className="sr-only">: {row.name}</span>
                  </ConfirmSubmit>
                </div>
                <FieldError name="into" id={`${prefix}-ziel-fehler`} />
              </ActionForm>
            </li>
          );
        })}
      </ul>
    </>
  );
}
