"use client";

// The page editor: form state, a local safety copy, and version conflicts, handled like the post editor's.
import Link from "next/link";
import { useEffect, useState, useTransition } from "react";
import { loadLatestPageAction, savePageAction, type PageEditorResult } from "@/app/(dashboard)/dashboard/seiten/actions";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { EditablePage, PageFields } from "@/db/queries/pages";
import { deEditorial } from "@/lib/i18n/de";
import { pagePath } from "@/lib/pages";
import { AccessibilityHints } from "./accessibility-hints";
import { ConflictPanel } from "./conflict-panel";
import { LocalCopyOffer, SaveMessage, type EditorMessage } from "./editor-notices";
import { useLocalCopy } from "./use-local-copy";

const t = deEditorial.pages;
const e = deEditorial.editor;
const errors = deEditorial.errors;

// Just under the server actions' body limit in next.config.ts.
const MAX_REQUEST_BYTES = 1_900_000;

const timeFormat = new Intl.DateTimeFormat("de-DE", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Berlin" });

type SaveState = { kind: "idle" | "dirty" | "saving" | "saved" | "offline"; at?: string };

export function PageEditor({ initial }: { initial: EditablePage }) {
  const [page, setPage] = useState(initial);
  const [input, setInput] = useState<PageFields>(initial.input);
  const [saveState, setSaveState] = useState<SaveState>({ kind: "idle" });
  const [message, setMessage] = useState<EditorMessage | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<EditablePage | "pending" | null>(null);
  const [pending, startTransition] = useTransition();
  const local = useLocalCopy<PageFields>(`blattwerk:seite:${initial.id}`, initial.input);

  function change<K extends keyof PageFields>(key: K, value: PageFields[K]) {
    setInput((current) => {
      const next = { ...current, [key]: value };
      local.store(next);
      return next;
    });
    setSaveState({ kind: "dirty" });
  }

  function apply(result: PageEditorResult) {
    if (result.ok) {
      setPage(result.page);
      // An empty address was filled in from the title; anything else typed meanwhile stays.
      setInput((current) => (current.slug.trim() ? current : { ...current, slug: result.page.input.slug }));
      setFieldErrors({});
      setConflict(null);
      setSaveState({ kind: "saved", at: timeFormat.format(new Date()) });
      setMessage({ text: t.saved, tone: "ok" });
      local.clear();
      return;
    }
    setSaveState({ kind: "dirty" });
    setFieldErrors(result.fieldErrors ?? {});
    setMessage({ text: result.message, tone: "error" });
    if (result.status === 409 && !result.fieldErrors) setConflict("pending");
  }

  async function save(version = page.version) {
    if (new Blob([JSON.stringify(input)]).size > MAX_REQUEST_BYTES) {
      setFieldErrors({ body: t.bodyTooLong });
      setMessage({ text: errors.pageTooLarge, tone: "error" });
      return;
    }
    setSaveState((state) => ({ ...state, kind: "saving" }));
    try {
      apply(await savePageAction({ id: page.id, version, input }));
    } catch {
      // The request never reached the server or its answer was lost: the text stays here and in local storage.
      setSaveState({ kind: "offline" });
      setMessage({ text: errors.network, tone: "error" });
    }
  }

  async function showTheirs() {
    const latest = await loadLatestPageAction(page.id);
    if (latest.ok) setConflict(latest.page);
  }

  useEffect(() => {
    if (saveState.kind !== "dirty" && saveState.kind !== "offline") return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [saveState.kind]);

  const stateText =
    saveState.kind === "saving" ? e.saving
    : saveState.kind === "saved" && saveState.at ? e.saved(saveState.at)
    : saveState.kind === "offline" ? e.offline
    : saveState.kind === "dirty" ? e.unsaved
    : "";

  return (
    <div className="flex flex-col gap-6" data-view="seite">
      <p>
        <Link href="/dashboard/seiten" className="text-sm text-brand underline">
          ← {t.backToList}
        </Link>
      </p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{t.editTitle}</h1>
        <p className="text-sm text-muted" role="status" aria-live="polite" data-testid="speicherstatus">
          <span className="mr-3 rounded bg-sand px-2 py-1 font-semibold text-ink">
            {page.input.status === "published" ? t.published : t.draft}
          </span>
          {stateText}
        </p>
      </div>

      <LocalCopyOffer
        offer={local.offer}
        savedAt={local.offer ? timeFormat.format(new Date(local.offer.at)) : ""}
        onRestore={(copy) => {
          setInput(copy);
          setSaveState({ kind: "dirty" });
          local.dismiss();
        }}
        onDiscard={local.clear}
      />

      <SaveMessage message={message} onShowTheirs={conflict === "pending" ? () => void showTheirs() : undefined} />

      {conflict && conflict !== "pending" && (
        <ConflictPanel
          savedBy={conflict.savedBy ?? t.someone}
          savedAt={timeFormat.format(conflict.updatedAt)}
          title={conflict.input.title}
          body={conflict.input.body}
          onTakeTheirs={() => {
            setInput(conflict.input);
            setPage(conflict);
            setConflict(null);
            setMessage(null);
            setFieldErrors({});
            setSaveState({ kind: "idle" });
            local.clear();
          }}
          onKeepMine={() => {
            const version = conflict.version;
            setPage((current) => ({ ...current, version }));
            setConflict(null);
            startTransition(() => save(version));
          }}
        />
      )}

      <form
        aria-label={`${t.edit}: ${page.input.title}`}
        className="flex flex-col gap-4"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          startTransition(() => save());
        }}
      >
        <div className="grid gap-4 sm:grid-cols-3">
          <Field id="seite-titel" label={t.pageTitle} error={fieldErrors.title}>
            {(describedBy, invalid) => (
              <input id="seite-titel" className={inputClass} value={input.title} aria-invalid={invalid} aria-describedby={describedBy}
                onChange={(event) => change("title", event.target.value)} />
            )}
          </Field>
          <Field id="seite-adresse" label={t.slug} hint={t.slugHint} error={fieldErrors.slug}>
            {(describedBy, invalid) => (
              <input id="seite-adresse" className={inputClass} value={input.slug} aria-invalid={invalid} aria-describedby={describedBy}
                onChange={(event) => change("slug", event.target.value)} />
            )}
          </Field>
          <Field id="seite-status" label={t.status} error={fieldErrors.status}>
            {(describedBy, invalid) => (
              <select id="seite-status" className={inputClass} value={input.status} aria-invalid={invalid} aria-describedby={describedBy}
                onChange={(event) => change("status", event.target.value === "published" ? "published" : "draft")}>
                <option value="draft">{t.draft}</option>
                <option value="published">{t.published}</option>
              </select>
            )}
          </Field>
        </div>
        <Field id="seite-text" label={t.body} error={fieldErrors.body}>
          {(describedBy, invalid) => (
            <textarea id="seite-text" rows={18} className={`${inputClass} font-mono text-sm`} value={input.body} aria-invalid={invalid}
              aria-describedby={describedBy} onChange={(event) => change("body", event.target.value)} />
          )}
        </Field>
        <AccessibilityHints body={input.body} />
        <div className="flex flex-wrap items-center gap-4 border-t border-slate-300 pt-4">
          <Button type="submit" disabled={pending}>{t.save}</Button>
          <Link href={`/dashboard/seiten/${page.id}/versionen`} className="text-sm text-brand underline">{e.revisions}</Link>
          {page.input.status === "published" && (
            <a href={pagePath(page.input.slug)} className="text-sm text-brand underline">{e.viewLive}</a>
          )}
        </div>
      </form>
    </div>
  );
}
