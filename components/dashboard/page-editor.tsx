"use client";

// The page editor: the page's fields over the shared versioned save loop (useVersionedEditor).
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { Refusal } from "@/db/mutations/actor";
import type { EditablePage, PageFields } from "@/db/queries/pages";
import { tEditorial } from "@/lib/i18n";
import { pagePath } from "@/lib/pages";
import { AccessibilityHints } from "./accessibility-hints";
import { VersionedNotices } from "./editor-notices";
import { useVersionedEditor, type Send } from "./use-versioned-editor";

const t = tEditorial.pages;
const e = tEditorial.editor;
const errors = tEditorial.errors;

const tooLarge = { field: "body", fieldMessage: t.bodyTooLong, message: errors.pageTooLarge };

// An empty address was filled in from the title; anything else typed meanwhile stays.
const keepTyped = (typed: PageFields, saved: EditablePage): PageFields => (typed.slug.trim() ? typed : { ...typed, slug: saved.input.slug });

export type PageEditorResult = { ok: true; doc: EditablePage } | Refusal;

/** Server actions, passed down from the route so that components never import from app/. */
export type PageEditorActions = {
  save: (request: { id: number; version: number; input: unknown }) => Promise<PageEditorResult>;
  loadLatest: (id: number) => Promise<PageEditorResult>;
};

export function PageEditor({
  initial,
  timeZone,
  actions,
}: {
  initial: EditablePage;
  /** The site's time zone (SITE_TIME_ZONE), in which save times are shown. */
  timeZone: string;
  actions: PageEditorActions;
}) {
  const editor = useVersionedEditor<PageFields, EditablePage>({
    initial,
    emptyInput: initial.input,
    storageKey: `blattwerk:seite:${initial.id}`,
    tooLarge,
    loadLatest: actions.loadLatest,
    merge: keepTyped,
    okMessage: () => t.saved,
    timeZone,
  });
  const { input, change, fieldErrors, pending } = editor;
  const page = editor.doc ?? initial;
  const send: Send<PageFields, EditablePage> = (version, fields) => actions.save({ id: page.id, version, input: fields });
  const save = () => editor.startTransition(async () => {
    await editor.save(send);
  });

  return (
    <div className="flex flex-col gap-6" data-view="seite">
      <p>
        <Link prefetch={false} href="/dashboard/seiten" className="text-sm text-brand underline">
          ← {t.backToList}
        </Link>
      </p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{t.editTitle}</h1>
        <p className="text-sm text-muted" role="status" aria-live="polite" data-testid="speicherstatus">
          <span className="mr-3 rounded bg-sand px-2 py-1 font-semibold text-ink">
            {page.input.status === "published" ? t.published : t.draft}
          </span>
          {editor.stateText}
        </p>
      </div>

      <VersionedNotices editor={editor} savedByOf={(theirs) => theirs.savedBy ?? t.someone} resend={send} />

      <form
        aria-label={`${t.edit}: ${page.input.title}`}
        className="flex flex-col gap-4"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save();
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
          <Link prefetch={false} href={`/dashboard/seiten/${page.id}/versionen`} className="text-sm text-brand underline">{e.revisions}</Link>
          {page.input.status === "published" && (
            <a href={pagePath(page.input.slug)} className="text-sm text-brand underline">{e.viewLive}</a>
          )}
        </div>
      </form>
    </div>
  );
}
