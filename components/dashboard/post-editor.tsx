"use client";

// The post editor: form state, autosave of drafts, a local safety copy, live preview and version conflicts.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import slugify from "@sindresorhus/slugify";
import {
  loadLatestPostAction,
  renderPreviewAction,
  runEditorCommand,
  type EditorCommand,
  type EditorResult,
} from "@/app/(dashboard)/dashboard/beitraege/actions";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { EditablePost, EditorChoices } from "@/db/queries/dashboard-posts";
import { deEditorial } from "@/lib/i18n/de";
import { AccessibilityHints } from "./accessibility-hints";
import { ConflictPanel } from "./conflict-panel";
import { LocalCopyOffer, SaveMessage, type EditorMessage } from "./editor-notices";
import { useLocalCopy } from "./use-local-copy";

const t = deEditorial.editor;
const errors = deEditorial.errors;

type Input = EditablePost["input"];
type Permissions = { canPublish: boolean; canDelete: boolean };
type SaveState = { kind: "idle" | "dirty" | "saving" | "saved" | "offline"; at?: string };

const AUTOSAVE_DELAY_MS = 1500;
// Just under the server actions' body limit in next.config.ts.
const MAX_REQUEST_BYTES = 1_900_000;
const PREVIEW_DELAY_MS = 400;

const timeFormat = new Intl.DateTimeFormat("de-DE", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Berlin" });

type Focus = { focusId: string | null; selection: [number, number] | null };

/** What the new post's page needs from the new-post page it replaces; a client navigation keeps module state. */
let handoff: ({ postId: number; input: Input } & Focus) | null = null;

function focusOf(root: HTMLElement | null): Focus {
  const active = document.activeElement;
  if (!root || !(active instanceof HTMLElement) || !root.contains(active) || !active.id) return { focusId: null, selection: null };
  const field = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement ? active : null;
  const start = field?.selectionStart ?? null;
  return { focusId: active.id, selection: field && start !== null ? [start, field.selectionEnd ?? start] : null };
}

function restoreFocus(root: HTMLElement | null, focus: Focus): void {
  // Next keeps the replaced page hidden in the document, with the same ids: look only inside this editor.
  const element = focus.focusId && root ? root.querySelector<HTMLElement>(`#${CSS.escape(focus.focusId)}`) : null;
  if (!element) return;
  element.focus();
  if (focus.selection && (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) {
    try {
      element.setSelectionRange(...focus.selection);
    } catch {
      // Some input types (number, date) have no selection.
    }
  }
}

export function PostEditor({
  initial,
  choices,
  permissions,
  emptyInput,
  initialPreview,
  deleteForm,
}: {
  initial: EditablePost | null;
  choices: EditorChoices;
  permissions: Permissions;
  emptyInput: Input;
  initialPreview: string;
  deleteForm?: React.ReactNode;
}) {
  const [post, setPost] = useState<EditablePost | null>(initial);
  const [input, setInput] = useState<Input>(initial?.input ?? emptyInput);
  const inputRef = useRef(input);
  useEffect(() => {
    inputRef.current = input;
  }, [input]);
  const [publishAt, setPublishAt] = useState("");
  const [saveState, setSaveState] = useState<SaveState>({ kind: "idle" });
  const [message, setMessage] = useState<EditorMessage | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<EditablePost | "pending" | null>(null);
  const [preview, setPreview] = useState(initialPreview);
  const [pending, startTransition] = useTransition();
  const inFlight = useRef(false);
  const router = useRouter();
  const local = useLocalCopy<Input>(`blattwerk:beitrag:${initial?.id ?? "neu"}`, initial?.input ?? emptyInput);
  const rootRef = useRef<HTMLDivElement>(null);

  // Taking over from the new-post page after its first save (see apply).
  useEffect(() => {
    const taken = handoff;
    if (!taken || taken.postId !== initial?.id) return;
    handoff = null;
    // The address the server derived from the title shows, unless one was typed.
    const typed = { ...taken.input, slug: taken.input.slug || initial.input.slug };
    if (JSON.stringify(typed) !== JSON.stringify(initial.input)) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- one-time hand-over from the page this one replaced
      setInput(typed);
      setSaveState({ kind: "dirty" });
    }
    local.dismiss();
    restoreFocus(rootRef.current, taken);
    // Only on mount: the hand-over happens once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const published = post?.rawStatus === "published";
  const trashed = post?.status === "papierkorb";

  const apply = useCallback(
    (result: EditorResult, command: EditorCommand) => {
      if (result.ok) {
        const wasNew = post === null;
        setPost(result.post);
        setFieldErrors({});
        setSaveState({ kind: "saved", at: timeFormat.format(new Date()) });
        local.clear();
        if (command !== "save") {
          setMessage({
            text: result.post.status === "geplant" && result.post.publishedAt
              ? t.scheduled(new Intl.DateTimeFormat("de-DE", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Berlin" }).format(result.post.publishedAt))
              : result.post.status === "veroeffentlicht" ? t.published : t.done,
            tone: "ok",
          });
        } else setMessage(null);
        if (wasNew) {
          // The new post's own page takes over, with what was typed meanwhile and the keyboard focus where it was
          // (a keyboard user must not land at the top of the page mid-sentence); the local copy covers a crash.
          window.localStorage.setItem(`blattwerk:beitrag:${result.post.id}`, JSON.stringify({ input: inputRef.current, at: new Date().toISOString() }));
          handoff = { postId: result.post.id, input: inputRef.current, ...focusOf(rootRef.current) };
          router.replace(`/dashboard/beitraege/${result.post.id}`);
        }
        return;
      }
      setSaveState({ kind: "dirty" });
      setFieldErrors(result.fieldErrors ?? {});
      setMessage({ text: result.message, tone: "error" });
      if (result.status === 409 && result.message === errors.stale) setConflict("pending");
    },
    [post, local, router],
  );

  const run = useCallback(
    async (command: EditorCommand, options: { version?: number } = {}) => {
      if (inFlight.current) return;
      // The server refuses such a request before reading it; say why here instead of failing like a lost connection.
      if (new Blob([JSON.stringify(input)]).size > MAX_REQUEST_BYTES) {
        setFieldErrors({ body: errors.bodyTooLong });
        setMessage({ text: errors.tooLarge, tone: "error" });
        setSaveState({ kind: "dirty" });
        return;
      }
      inFlight.current = true;
      setSaveState((state) => ({ ...state, kind: "saving" }));
      try {
        const result = await runEditorCommand({
          id: post?.id ?? null,
          version: options.version ?? post?.version ?? 0,
          input,
          command,
          publishAt,
        });
        apply(result, command);
      } catch (error) {
        // The request never reached the server or its answer was lost: the text stays here and in local storage.
        const tooLarge = error instanceof Error && /body|size|413/i.test(error.message);
        setSaveState({ kind: "offline" });
        setMessage({ text: tooLarge ? errors.tooLarge : errors.network, tone: "error" });
      } finally {
        inFlight.current = false;
      }
    },
    [post, input, publishAt, apply],
  );

  function change<K extends keyof Input>(key: K, value: Input[K]) {
    setInput((current) => {
      const next = { ...current, [key]: value };
      local.store(next);
      return next;
    });
    setSaveState({ kind: "dirty" });
  }

  // Autosave drafts while typing; published posts change only on an explicit save.
  const canAutosave = !published && !trashed && conflict === null && input.title.trim() !== "" && input.categoryIds.length > 0;
  useEffect(() => {
    if (saveState.kind !== "dirty" || !canAutosave) return;
    const timer = window.setTimeout(() => void run("save"), AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [saveState.kind, canAutosave, input, run]);

  useEffect(() => {
    const timer = window.setTimeout(() => {
      renderPreviewAction(input.body).then(setPreview, () => undefined);
    }, PREVIEW_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [input.body]);

  useEffect(() => {
    if (saveState.kind !== "dirty" && saveState.kind !== "offline") return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [saveState.kind]);

  const command = (name: EditorCommand) => () => startTransition(() => run(name));

  const [insertChoice, setInsertChoice] = useState("");
  function insertImage() {
    const image = choices.media.images.find((choice) => String(choice.id) === insertChoice);
    if (!image) return;
    const body = input.body.trimEnd();
    change("body", `${body}${body ? "\n\n" : ""}${image.markdown}\n`);
    setInsertChoice("");
  }

  async function showTheirs() {
    if (!post) return;
    const latest = await loadLatestPostAction(post.id);
    if (latest.ok) setConflict(latest.post);
  }

  const categorySlots = [0, 1, 2];
  const stateText =
    saveState.kind === "saving" ? t.saving
    : saveState.kind === "saved" && saveState.at ? t.saved(saveState.at)
    : saveState.kind === "offline" ? t.offline
    : saveState.kind === "dirty" ? t.unsaved
    : "";

  return (
    <div ref={rootRef} className="flex flex-col gap-6" data-view="editor">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{post ? t.editTitle : t.newTitle}</h1>
        <p className="text-sm text-muted" role="status" aria-live="polite" data-testid="speicherstatus">
          {post && <span className="mr-3 rounded bg-sand px-2 py-1 font-semibold text-ink">{deEditorial.status[post.status]}</span>}
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
          savedBy={conflict.authorName}
          savedAt={timeFormat.format(conflict.updatedAt)}
          title={conflict.input.title}
          body={conflict.input.body}
          onTakeTheirs={() => {
            setInput(conflict.input);
            setPost(conflict);
            setConflict(null);
            setMessage(null);
            setFieldErrors({});
            setSaveState({ kind: "saved", at: timeFormat.format(new Date()) });
            local.clear();
          }}
          onKeepMine={() => {
            const version = conflict.version;
            setPost((current) => (current ? { ...current, version } : current));
            setConflict(null);
            startTransition(() => run("save", { version }));
          }}
        />
      )}

      <form
        className="grid gap-6 lg:grid-cols-2"
        onSubmit={(event) => {
          event.preventDefault();
          command("save")();
        }}
        noValidate
      >
        <div className="flex flex-col gap-4">
          <Field id="titel" label={t.title} error={fieldErrors.title}>
            {(describedBy, invalid) => (
              <input id="titel" className={inputClass} value={input.title} aria-invalid={invalid} aria-describedby={describedBy}
                onChange={(event) => change("title", event.target.value)} />
            )}
          </Field>
          <Field id="slug" label={t.slug} hint={t.slugHint} error={fieldErrors.slug}>
            {(describedBy, invalid) => (
              <input id="slug" className={inputClass} value={input.slug} placeholder={slugify(input.title).slice(0, 80)}
                aria-invalid={invalid} aria-describedby={describedBy} onChange={(event) => change("slug", event.target.value)} />
            )}
          </Field>
          <Field id="kurzfassung" label={t.excerpt} error={fieldErrors.excerpt}>
            {(describedBy, invalid) => (
              <textarea id="kurzfassung" rows={3} className={inputClass} value={input.excerpt} aria-invalid={invalid}
                aria-describedby={describedBy} onChange={(event) => change("excerpt", event.target.value)} />
            )}
          </Field>
          <fieldset className="flex flex-col gap-2" aria-describedby={fieldErrors.categoryIds ? "kategorien-fehler" : undefined}>
            <legend className="text-sm font-semibold">{t.categories}</legend>
            {categorySlots.map((slot) => (
              <div key={slot} className="flex items-center gap-2">
                <label htmlFor={`kategorie-${slot + 1}`} className="w-56 text-sm">{t.categoryN(slot + 1)}</label>
                <select
                  id={`kategorie-${slot + 1}`}
                  className="flex-1 rounded border border-slate-400 bg-white px-2 py-1.5"
                  value={input.categoryIds[slot] ?? ""}
                  aria-invalid={Boolean(fieldErrors.categoryIds)}
                  onChange={(event) => {
                    const ids = [...input.categoryIds];
                    if (event.target.value) ids[slot] = Number(event.target.value);
                    else ids.splice(slot, 1);
                    change("categoryIds", ids.filter((id, index) => id && ids.indexOf(id) === index));
                  }}
                >
                  <option value="">{t.none}</option>
                  {choices.categories.map((category) => (
                    <option key={category.id} value={category.id}>{category.name}</option>
                  ))}
                </select>
              </div>
            ))}
            {fieldErrors.categoryIds && <p id="kategorien-fehler" className="text-sm font-semibold text-red-800">{fieldErrors.categoryIds}</p>}
          </fieldset>
          <div className="grid grid-cols-[1fr_8rem] gap-3">
            <Field id="serie" label={t.series} error={fieldErrors.seriesId}>
              {(describedBy, invalid) => (
                <select id="serie" className={inputClass} value={input.seriesId ?? ""} aria-invalid={invalid} aria-describedby={describedBy}
                  onChange={(event) => change("seriesId", event.target.value ? Number(event.target.value) : null)}>
                  <option value="">{t.none}</option>
                  {choices.series.map((item) => (
                    <option key={item.id} value={item.id}>{item.title}</option>
                  ))}
                </select>
              )}
            </Field>
            <Field id="teil" label={t.seriesPosition} error={fieldErrors.seriesPosition}>
              {(describedBy, invalid) => (
                <input id="teil" type="number" min={1} max={999} className={inputClass} value={input.seriesPosition ?? ""}
                  aria-invalid={invalid} aria-describedby={describedBy}
                  onChange={(event) => change("seriesPosition", event.target.value ? Number(event.target.value) : null)} />
              )}
            </Field>
          </div>
          <fieldset className="flex flex-col gap-3 rounded border border-slate-300 p-3">
            <legend className="px-1 text-sm font-semibold">{t.cover}</legend>
            <Field id="titelbild-mediathek" label={t.coverFromLibrary} hint={t.coverFromLibraryHint} error={fieldErrors.coverMediaId}>
              {(describedBy, invalid) => (
                <select id="titelbild-mediathek" className={inputClass} value={input.coverMediaId ?? ""} aria-invalid={invalid}
                  aria-describedby={describedBy}
                  onChange={(event) => change("coverMediaId", event.target.value ? Number(event.target.value) : null)}>
                  <option value="">{t.noMedia}</option>
                  {choices.media.images.map((image) => (
                    <option key={image.id} value={image.id}>
                      {image.hasAlt ? image.label : `${image.label} (${deEditorial.media.missingAlt})`}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </fieldset>
          <fieldset className="flex flex-col gap-2 rounded border border-slate-300 p-3" aria-describedby={fieldErrors.attachmentIds ? "downloads-fehler" : "downloads-hinweis"}>
            <legend className="px-1 text-sm font-semibold">{t.attachments}</legend>
            <p id="downloads-hinweis" className="text-xs text-muted">{t.attachmentsHint}</p>
            {choices.media.documents.length === 0 && <p className="text-sm text-muted">{t.noDocuments}</p>}
            {choices.media.documents.map((doc) => (
              <div key={doc.id} className="flex items-center gap-2">
                <input id={`download-${doc.id}`} type="checkbox" className="h-4 w-4" checked={input.attachmentIds.includes(doc.id)}
                  onChange={(event) =>
                    change("attachmentIds", event.target.checked ? [...input.attachmentIds, doc.id] : input.attachmentIds.filter((id) => id !== doc.id))
                  } />
                <label htmlFor={`download-${doc.id}`} className="text-sm">{doc.label}</label>
              </div>
            ))}
            {fieldErrors.attachmentIds && <p id="downloads-fehler" className="text-sm font-semibold text-red-800">{fieldErrors.attachmentIds}</p>}
          </fieldset>
          {choices.media.images.length > 0 && (
            <div className="flex items-end gap-2">
              <div className="flex-1">
                <label htmlFor="bild-einfuegen" className="text-sm font-semibold">{t.insertImage}</label>
                <select id="bild-einfuegen" className={inputClass} value={insertChoice} onChange={(event) => setInsertChoice(event.target.value)}>
                  <option value="">{t.noMedia}</option>
                  {choices.media.images.map((image) => (
                    <option key={image.id} value={image.id}>{image.label}</option>
                  ))}
                </select>
              </div>
              <Button variant="secondary" disabled={!insertChoice} onClick={insertImage}>{t.insertImageButton}</Button>
            </div>
          )}
          <Field id="text" label={t.body} error={fieldErrors.body}>
            {(describedBy, invalid) => (
              <textarea id="text" rows={18} className={`${inputClass} font-mono text-sm`} value={input.body} aria-invalid={invalid}
                aria-describedby={describedBy} onChange={(event) => change("body", event.target.value)} />
            )}
          </Field>
          <AccessibilityHints body={input.body} />
        </div>
        <section aria-labelledby="vorschau-titel" className="flex flex-col gap-2">
          <h2 id="vorschau-titel" className="text-sm font-semibold">{t.preview}</h2>
          <div className="rounded border border-slate-300 bg-white p-5" data-testid="vorschau">
            <p className="font-serif text-2xl font-bold">{input.title}</p>
            <div
              className="prose mt-4 max-w-none font-serif prose-headings:font-sans prose-a:text-brand"
              dangerouslySetInnerHTML={{ __html: preview }}
            />
          </div>
        </section>
        <div className="flex flex-col gap-4 lg:col-span-2">
          <div className="flex flex-wrap items-end gap-3 border-t border-slate-300 pt-4">
            {!trashed && (
              <Button type="submit" disabled={pending}>{published ? t.saveChanges : t.saveDraft}</Button>
            )}
            {!trashed && !permissions.canPublish && post?.rawStatus === "draft" && (
              <Button variant="secondary" disabled={pending} onClick={command("submit")}>{t.submit}</Button>
            )}
            {!trashed && permissions.canPublish && post?.status !== "veroeffentlicht" && (
              <Button variant="secondary" disabled={pending} onClick={command("publish")}>{t.publishNow}</Button>
            )}
            {!trashed && permissions.canPublish && (
              <div className="flex items-end gap-2">
                <Field id="veroeffentlichen-am" label={t.publishAt} error={fieldErrors.publishAt}>
                  {(describedBy, invalid) => (
                    <input id="veroeffentlichen-am" type="datetime-local" step={1} className={inputClass} value={publishAt}
                      aria-invalid={invalid} aria-describedby={describedBy} onChange={(event) => setPublishAt(event.target.value)} />
                  )}
                </Field>
                <Button variant="secondary" disabled={pending} onClick={command("schedule")}>{t.schedule}</Button>
              </div>
            )}
            {!trashed && permissions.canPublish && published && (
              <Button variant="secondary" disabled={pending} onClick={command("unpublish")}>{t.unpublish}</Button>
            )}
            {post && !trashed && (
              <Button variant="danger" disabled={pending} onClick={command("trash")}>{t.trash}</Button>
            )}
            {post && trashed && (
              <Button variant="secondary" disabled={pending} onClick={command("restore")}>{t.restore}</Button>
            )}
          </div>
          {post && (
            <p className="flex flex-wrap gap-4 text-sm">
              <Link href={`/dashboard/beitraege/${post.id}/versionen`} className="text-brand underline">{t.revisions}</Link>
              <a href={`/vorschau/${post.id}`} target="_blank" rel="noopener" className="text-brand underline">{t.openPreview}</a>
              {post.status === "veroeffentlicht" && (
                <a href={`/artikel/${post.input.slug}`} className="text-brand underline">{t.viewLive}</a>
              )}
            </p>
          )}
        </div>
      </form>
      {post && permissions.canDelete && deleteForm}
    </div>
  );
}
