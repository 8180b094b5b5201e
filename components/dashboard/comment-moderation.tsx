"use client";
// The moderation queue's controls: one-click actions per comment, bulk actions on the checked ones, editing and the
// editorial team's reply. The page's live region announces each result; when a comment leaves the list, the focus
// moves on to the next one's heading (or the list's), so a keyboard user keeps their place.
import { useState, useTransition } from "react";
import { ActionForm, FieldError, type FormState } from "@/components/dashboard/action-form";
import { inputClass } from "@/components/ui/field";
import { tComments } from "@/lib/i18n";
import type { CommentStatus } from "@/db/schema";

const d = tComments.dashboard;
export const BULK_FORM = "kommentare-sammelaktion";
const LIVE_REGION = "kommentare-meldung";
type Action = keyof typeof d.actions;

/** Which one-click actions a comment of this status offers. */
export function actionsFor(status: CommentStatus): Action[] {
  switch (status) {
    case "pending":
      return ["approve", "spam", "trash"];
    case "approved":
      return ["unapprove", "spam", "trash"];
    case "spam":
    case "trash":
      return ["restore", "delete"];
  }
}

function announce(message: string) {
  const region = document.getElementById(LIVE_REGION);
  if (region) region.textContent = message;
}

/** After the list redraws without the handled comments: the next remaining item's heading, else the list's. */
function focusAfter(ids: number[]) {
  const items = [...document.querySelectorAll<HTMLElement>("[data-comment-id]")];
  const gone = new Set(ids.map(String));
  const lastIndex = Math.max(...items.map((item, index) => (gone.has(item.dataset.commentId ?? "") ? index : -1)));
  const next = items.slice(lastIndex + 1).find((item) => !gone.has(item.dataset.commentId ?? "")) ?? items.slice(0, Math.max(lastIndex, 0)).reverse().find((item) => !gone.has(item.dataset.commentId ?? ""));
  const target = next?.querySelector<HTMLElement>("h3") ?? document.getElementById("kommentare-liste-titel");
  // The list redraws after the action's refresh; wait for it so the focus does not land on a removed node.
  requestAnimationFrame(() => requestAnimationFrame(() => target?.focus()));
}

export function ModerationButtons({
  id,
  status,
  name,
  action,
}: {
  id: number;
  status: CommentStatus;
  name: string;
  action: (form: FormData) => Promise<FormState>;
}) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="mt-3">
      <div role="group" aria-label={d.select(name)} className="flex flex-wrap gap-2">
        {actionsFor(status).map((kind) => (
          <button
            key={kind}
            type="button"
            disabled={pending}
            onClick={() => {
              const form = new FormData();
              form.append("ids", String(id));
              form.append("action", kind);
              startTransition(async () => {
                const result = await action(form);
                if (!result.ok) {
                  setError(result.message ?? null);
                  return;
                }
                setError(null);
                announce(result.message ?? "");
                focusAfter([id]);
              });
            }}
            className={`rounded px-3 py-1.5 text-sm font-semibold disabled:opacity-60 ${kind === "delete" || kind === "spam" ? "border border-red-800 bg-white text-red-800 hover:bg-red-50" : kind === "approve" ? "bg-brand text-white hover:bg-brand-dark" : "border border-brand/40 bg-white text-brand hover:bg-brand/5"}`}
          >
            {d.actions[kind]}
          </button>
        ))}
      </div>
      {error && (
        <p role="alert" className="mt-2 text-sm font-semibold text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

export function BulkBar({ status, action }: { status: CommentStatus; action: (form: FormData) => Promise<FormState> }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const boxes = () => [...document.querySelectorAll<HTMLInputElement>(`input[type=checkbox][form=${BULK_FORM}][name=ids]`)];
  return (
    <form
      id={BULK_FORM}
      aria-label={d.bulkLabel}
      noValidate
      className="flex flex-wrap items-end gap-3 rounded border border-slate-300 bg-white p-3"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const ids = form.getAll("ids").map(Number);
        if (ids.length === 0) {
          setError(d.bulkNone);
          return;
        }
        startTransition(async () => {
          const result = await action(form);
          if (!result.ok) {
            setError(result.message ?? null);
            return;
          }
          setError(null);
          announce(result.message ?? "");
          for (const box of boxes()) box.checked = false;
          focusAfter(ids);
        });
      }}
    >
      <label className="flex items-center gap-2 text-sm font-semibold">
        <input
          type="checkbox"
          className="h-4 w-4"
          onChange={(event) => {
            for (const box of boxes()) box.checked = event.currentTarget.checked;
          }}
        />
        {d.selectAll}
      </label>
      <div className="flex flex-col text-sm font-semibold">
        <label htmlFor="kommentare-aktion">{d.bulkLabel}</label>
        <select id="kommentare-aktion" name="action" className={inputClass} defaultValue={actionsFor(status)[0]}>
          {actionsFor(status).map((kind) => (
            <option key={kind} value={kind}>
              {d.actions[kind]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand px-3 py-2 text-sm font-semibold text-white disabled:opacity-60">
        {d.bulkApply}
      </button>
      {error && (
        <p role="alert" className="w-full text-sm font-semibold text-red-800">
          {error}
        </p>
      )}
    </form>
  );
}

/** Editing the text and the editorial reply open in place, each with its own form that keeps the text on errors. */
export function CommentTextForms({
  id,
  body,
  editAction,
  replyAction,
}: {
  id: number;
  body: string;
  editAction: (form: FormData) => Promise<FormState>;
  replyAction: (form: FormData) => Promise<FormState>;
}) {
  return (
    <div className="mt-3 flex flex-col gap-2">
      <details>
        <summary className="cursor-pointer text-sm font-semibold text-brand underline">{d.edit}</summary>
        <ActionForm action={editAction} label={d.edit} className="mt-2 flex flex-col gap-2">
          <input type="hidden" name="id" value={id} />
          <label htmlFor={`kommentar-${id}-text`} className="text-sm font-semibold">
            {tComments.body}
          </label>
          <textarea id={`kommentar-${id}-text`} name="body" rows={5} defaultValue={body} aria-describedby={`kommentar-${id}-text-fehler`} className={inputClass} />
          <FieldError name="body" id={`kommentar-${id}-text-fehler`} />
          <div>
            <button type="submit" className="rounded bg-brand px-3 py-1.5 text-sm font-semibold text-white">
              {d.editSave}
            </button>
          </div>
        </ActionForm>
      </details>
      <details>
        <summary className="cursor-pointer text-sm font-semibold text-brand underline">{d.replyAsTeam}</summary>
        <ActionForm action={replyAction} label={d.replyAsTeam} resetOnSuccess className="mt-2 flex flex-col gap-2">
          <input type="hidden" name="id" value={id} />
          <label htmlFor={`kommentar-${id}-antwort`} className="text-sm font-semibold">
            {d.replyAsTeam}
          </label>
          <textarea id={`kommentar-${id}-antwort`} name="body" rows={4} aria-describedby={`kommentar-${id}-antwort-fehler`} className={inputClass} />
          <FieldError name="body" id={`kommentar-${id}-antwort-fehler`} />
          <div>
            <button type="submit" className="rounded bg-brand px-3 py-1.5 text-sm font-semibold text-white">
              {d.replySend}
            </button>
          </div>
        </ActionForm>
      </details>
    </div>
  );
}
