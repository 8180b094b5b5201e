"use client";

// The post editor: the post's fields, media and publish bar over the shared versioned save loop, with autosave of
// drafts, live preview, and the hand-over to the new post's own page after its first save.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { EditablePost, EditorChoices } from "@/db/queries/dashboard-posts";
import { tEditorial } from "@/lib/i18n";
import { AccessibilityHints } from "./accessibility-hints";
import { VersionedNotices } from "./editor-notices";
import { focusOf, restoreFocus, type Focus } from "./focus-handoff";
import { MarkdownBodyField } from "./markdown-body-field";
import type { EditorCommand, PostEditorActions } from "./post-editor-actions";
import { PostTaxonomyFields, PostTitleFields, type PostInputFields } from "./post-fields";
import { InsertImage, PostCoverAndDownloads } from "./post-media";
import { PostSeoFields } from "./post-seo-fields";
import { PostPublishBar, type PostPermissions } from "./post-publish-bar";
import { useMarkdownCommands } from "./use-markdown-commands";
import { useVersionedEditor, type SaveState, type Send } from "./use-versioned-editor";

const t = tEditorial.editor;
const errors = tEditorial.errors;

type Input = PostInputFields;

const AUTOSAVE_DELAY_MS = 1500;
const PREVIEW_DELAY_MS = 400;
const tooLarge = { field: "body", fieldMessage: errors.bodyTooLong, message: errors.tooLarge };

/**
 * What the new post's page needs from the new-post page it replaces; a client navigation keeps module state. The
 * new-post page keeps it current while the navigation runs, since the editor goes on typing meanwhile.
 */
let handoff: ({ postId: number; input: Input; saveState: SaveState } & Focus) | null = null;

export function dateTimeIn(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("de-DE", { dateStyle: "long", timeStyle: "short", timeZone }).format(date);
}

function commandMessage(command: EditorCommand, post: EditablePost, timeZone: string): string | null {
  switch (command) {
    case "save":
      return null;
    case "trash":
      return t.trashed;
    case "restore":
      return t.untrashed;
    case "unpublish":
      return t.unpublished;
    case "submit":
      return t.submitted;
    case "discardChange":
      return tEditorial.scheduleChange.discarded;
    case "scheduleChange":
      return post.scheduledChangeAt ? tEditorial.scheduleChange.planned(dateTimeIn(post.scheduledChangeAt, timeZone)) : t.done;
  }
  if (post.status === "geplant" && post.publishedAt) return t.scheduled(dateTimeIn(post.publishedAt, timeZone));
  return post.status === "veroeffentlicht" ? t.published : t.done;
}

export function PostEditor({
  initial,
  choices,
  permissions,
  emptyInput,
  initialPreview,
  timeZone,
  actions,
  deleteForm,
}: {
  initial: EditablePost | null;
  choices: EditorChoices;
  permissions: PostPermissions;
  emptyInput: Input;
  initialPreview: string;
  /** The site's time zone, in which „Veröffentlichen am“ is meant. */
  timeZone: string;
  actions: PostEditorActions;
  deleteForm?: React.ReactNode;
}) {
  // The same endpoints on every render; a refresh of the page must not restart the autosave or preview timers.
  const [server] = useState(actions);
  const editor = useVersionedEditor<Input, EditablePost>({
    initial,
    emptyInput,
    storageKey: `blattwerk:beitrag:${initial?.id ?? "neu"}`,
    tooLarge,
    loadLatest: server.loadLatest,
    timeZone,
  });
  const { doc: post, input, saveState, conflict, pending, save, inputRef, startTransition, clockTime } = editor;
  const [publishAt, setPublishAt] = useState("");
  const [preview, setPreview] = useState(initialPreview);
  const router = useRouter();
  const rootRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const getBody = useCallback(() => inputRef.current.body, [inputRef]);
  const { change } = editor;
  const setBody = useCallback((body: string) => change("body", body), [change]);
  const commands = useMarkdownCommands({ bodyRef, getText: getBody, setText: setBody });
  /** The post this new-post page created and handed over; from then on only the new post's page saves. */
  const handedOverTo = useRef<number | null>(null);

  // Taking over from the new-post page after its first save (see run). In layout effects, before the browser handles
  // the next key: the page left behind is hidden in the same commit, so until the focus is back a key would be lost.
  const focusAfterTakeover = useRef<{ focus: Focus; input: Input } | null>(null);
  useLayoutEffect(() => {
    const taken = handoff;
    if (!taken || taken.postId !== initial?.id) return;
    handoff = null;
    // The address the server derived from the title shows, unless one was typed.
    const typed = { ...taken.input, slug: taken.input.slug || initial.input.slug };
    if (JSON.stringify(typed) !== JSON.stringify(initial.input)) {
      editor.setInput(typed);
      focusAfterTakeover.current = { focus: taken, input: typed };
    } else {
      editor.setSaveState(taken.saveState);
      focusAfterTakeover.current = { focus: taken, input };
    }
    editor.local.dismiss();
    // Only on mount: the hand-over happens once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  // The cursor goes back once the typed text is in the fields (a shorter text would cut the selection short).
  useLayoutEffect(() => {
    const pending = focusAfterTakeover.current;
    if (!pending || pending.input !== input) return;
    focusAfterTakeover.current = null;
    restoreFocus(rootRef.current, pending.focus);
  }, [input]);

  const published = post?.rawStatus === "published";
  const trashed = post?.status === "papierkorb";
  // An author's post once published is the editors' to change: no buttons that would only be refused.
  const readOnly = post !== null && !permissions.canEdit;

  const runRef = useRef<((command: EditorCommand) => Promise<void>) | null>(null);
  const run = useCallback(
    async (command: EditorCommand, options: { autosave?: boolean } = {}) => {
      // A second save from here would create the post a second time.
      if (handedOverTo.current !== null) return;
      const send: Send<Input, EditablePost> = (startVersion, fields) =>
        server.run({ id: post?.id ?? null, version: startVersion, input: fields, command, publishAt, autosave: options.autosave });
      await save(send, {
        // A command given while an autosave travels runs after it. Not on the new-post page: its first save creates
        // the post and hands over, and a second one from there would create the post again.
        afterInFlight: post !== null && !options.autosave,
        okMessage: (saved) => {
          const text = commandMessage(command, saved, timeZone);
          if (command !== "trash" || !text) return text;
          // Moving to the trash is taken back with one click, right where it was confirmed.
          return { text, tone: "ok", action: { label: t.undo, run: () => startTransition(async () => runRef.current?.("restore")) } };
        },
        onSaved: (saved) => {
          if (post !== null) return;
          // The new post's own page takes over, with what was typed meanwhile and the keyboard focus where it was
          // (a keyboard user must not land at the top of the page mid-sentence); the local copy covers a crash.
          const typed = inputRef.current;
          window.localStorage.setItem(`blattwerk:beitrag:${saved.id}`, JSON.stringify({ input: typed, at: new Date().toISOString() }));
          handedOverTo.current = saved.id;
          handoff = { postId: saved.id, input: typed, saveState: { kind: "saved", at: clockTime(new Date()) }, ...focusOf(rootRef.current) };
          router.replace(`/dashboard/beitraege/${saved.id}`);
        },
      });
    },
    [post, publishAt, save, inputRef, router, timeZone, startTransition, clockTime, server],
  );

  useEffect(() => {
    runRef.current = run;
  }, [run]);

  // What is typed while the new post's page loads goes with the hand-over, and so does where the keyboard went.
  useEffect(() => {
    if (handoff === null || handoff.postId !== handedOverTo.current) return;
    Object.assign(handoff, { input });
  }, [input]);
  useEffect(() => {
    const follow = () => {
      if (handoff === null || handoff.postId !== handedOverTo.current) return;
      // Hiding this page moves the focus out of it: keep the last place inside.
      const focus = focusOf(rootRef.current);
      if (focus.focusId) Object.assign(handoff, focus);
    };
    document.addEventListener("focusin", follow);
    document.addEventListener("selectionchange", follow);
    return () => {
      document.removeEventListener("focusin", follow);
      document.removeEventListener("selectionchange", follow);
    };
  }, []);

  // Autosave drafts while typing, whatever they have so far; published posts change only on an explicit save.
  const hasSomething = post !== null || JSON.stringify(input) !== JSON.stringify(emptyInput);
  const canAutosave = !published && !trashed && !readOnly && conflict === null && hasSomething;
  useEffect(() => {
    if (saveState.kind !== "dirty" || !canAutosave) return;
    const timer = window.setTimeout(() => void run("save", { autosave: true }), AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [saveState.kind, canAutosave, input, run]);

  useEffect(() => {
    const timer = window.setTimeout(() => {
      server.renderPreview(input.body).then(setPreview, () => undefined);
    }, PREVIEW_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [input.body, server]);

  const command = (name: EditorCommand) => {
    if (name === "unpublish" && !window.confirm(t.confirmUnpublish)) return;
    startTransition(() => run(name));
  };

  // Ctrl+S / Cmd+S saves, as in every editor, instead of the browser's „Seite speichern“.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== "s" || event.altKey || event.shiftKey) return;
      if (!rootRef.current?.checkVisibility()) return;
      event.preventDefault();
      if (!readOnly && !trashed) startTransition(() => run("save"));
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [run, readOnly, trashed, startTransition]);
  const resend: Send<Input, EditablePost> = (version, fields) =>
    server.run({ id: post?.id ?? null, version, input: fields, command: "save", publishAt });

  return (
    <div ref={rootRef} className="flex flex-col gap-6" data-view="editor">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{post ? t.editTitle : t.newTitle}</h1>
        <p className="text-sm text-muted" role="status" aria-live="polite" data-testid="speicherstatus">
          {post && <span className="mr-3 rounded bg-sand px-2 py-1 font-semibold text-ink">{tEditorial.status[post.status]}</span>}
          {editor.stateText}
        </p>
      </div>

      <VersionedNotices editor={editor} savedByOf={(theirs) => theirs.authorName} resend={resend} />

      <form
        className="grid gap-6 lg:grid-cols-2"
        onSubmit={(event) => {
          event.preventDefault();
          command("save");
        }}
        noValidate
      >
        <fieldset disabled={readOnly} className="flex min-w-0 flex-col gap-4">
          {readOnly && <p className="rounded border border-slate-400 bg-sand p-3 text-sm" data-testid="nur-lesen">{t.readOnlyPublished}</p>}
          <PostTitleFields editor={editor} />
          <PostTaxonomyFields editor={editor} choices={choices} />
          <PostCoverAndDownloads editor={editor} choices={choices} />
          <InsertImage choices={choices} commands={commands} />
          <MarkdownBodyField editor={editor} bodyRef={bodyRef} commands={commands} images={choices.media.images} canUpload={permissions.canUpload}
            describeUpload={server.describeUploadedImage} />
          <AccessibilityHints body={input.body} />
          <PostSeoFields editor={editor} choices={choices} />
        </fieldset>
        <section aria-labelledby="vorschau-titel" className="flex flex-col gap-2">
          <h2 id="vorschau-titel" className="text-sm font-semibold">{t.preview}</h2>
          <div className="rounded border border-slate-300 bg-white p-5" data-testid="vorschau">
            <p className="font-heading text-2xl font-bold">{input.title}</p>
            <div
              className="prose mt-4 max-w-none font-serif prose-headings:font-sans prose-a:text-brand"
              dangerouslySetInnerHTML={{ __html: preview }}
            />
          </div>
        </section>
        <div className="flex flex-col gap-4 lg:col-span-2">
          <PostPublishBar
            post={post}
            permissions={permissions}
            readOnly={readOnly}
            timeZone={timeZone}
            pending={pending}
            publishAt={publishAt}
            onPublishAtChange={setPublishAt}
            publishAtError={editor.fieldErrors.publishAt}
            onCommand={command}
          />
          {post && (
            <p className="flex flex-wrap gap-4 text-sm">
              <Link prefetch={false} href={`/dashboard/beitraege/${post.id}/versionen`} className="text-brand underline">{t.revisions}</Link>
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
