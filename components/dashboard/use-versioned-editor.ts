"use client";

// The save loop every versioned editor (posts, pages) shares: the fields' state, a local safety copy, the status
// line, refusals acted on by their reason, and taking over or overriding a version someone else saved meanwhile.
import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from "react";
import type { Refusal } from "@/db/mutations/actor";
import { tEditorial } from "@/lib/i18n";
import type { EditorMessage } from "./editor-notices";
import { useLocalCopy } from "./use-local-copy";

const t = tEditorial.editor;
const errors = tEditorial.errors;

// Just under the server actions' body limit in next.config.ts.
const MAX_REQUEST_BYTES = 1_900_000;

/** "14:02" on the site's clock (SITE_TIME_ZONE, passed down by the page), as the dashboard shows every time. */
function editorClock(timeZone: string): (date: Date) => string {
  const format = new Intl.DateTimeFormat("de-DE", { hour: "2-digit", minute: "2-digit", timeZone });
  return (date) => format.format(date);
}

export type SaveState = { kind: "idle" | "dirty" | "saving" | "saved" | "offline"; at?: string };
export type Versioned<I> = { id: number; version: number; updatedAt: Date; input: I };
export type SaveOutcome<D> = { ok: true; doc: D } | Refusal;

/** What a save sends: the version it starts from and the fields as they are when it leaves. */
export type Send<I, D> = (version: number, input: I) => Promise<SaveOutcome<D>>;

type SaveOptions<D> = {
  /** Overrides the version (saving one's own text over a newer one). */
  version?: number;
  /** The message after success; none clears the last one. */
  okMessage?: (doc: D) => EditorMessage | string | null;
  onSaved?: (doc: D) => void;
  /**
   * Waits for a save still under way instead of being dropped: a button pressed while an autosave travels must do its
   * part once that save has answered (otherwise „Jetzt veröffentlichen“ during an autosave silently did nothing).
   */
  afterInFlight?: boolean;
};

export function useVersionedEditor<I extends { title: string; body: string }, D extends Versioned<I>>(options: {
  initial: D | null;
  emptyInput: I;
  storageKey: string;
  tooLarge: { field: string; fieldMessage: string; message: string };
  loadLatest: (id: number) => Promise<SaveOutcome<D>>;
  /** How an accepted save's fields merge with what was typed while it travelled (default: keep what was typed). */
  merge?: (typed: I, saved: D) => I;
  /** The message after a save that names none. */
  okMessage?: (doc: D) => EditorMessage | string | null;
  initialSaveState?: SaveState;
  /** The site's time zone, in which the save times are shown. */
  timeZone: string;
}) {
  const { initial, emptyInput, storageKey, tooLarge, loadLatest, merge, timeZone } = options;
  const clockTime = useMemo(() => editorClock(timeZone), [timeZone]);
  const [doc, setDoc] = useState<D | null>(initial);
  const [input, setInputState] = useState<I>(initial?.input ?? emptyInput);
  const inputRef = useRef(input);
  const docRef = useRef(doc);
  useEffect(() => {
    inputRef.current = input;
    docRef.current = doc;
  }, [input, doc]);
  const [saveState, setSaveState] = useState<SaveState>(options.initialSaveState ?? { kind: "idle" });
  const [message, setMessage] = useState<EditorMessage | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<D | "pending" | null>(null);
  const [pending, startTransition] = useTransition();
  /** The save under way, answer handled included: one at a time, each from the version the previous one left. */
  const inFlight = useRef<Promise<unknown> | null>(null);
  const local = useLocalCopy<I>(storageKey, initial?.input ?? emptyInput);
  const { store: storeLocal, clear: clearLocal } = local;

  /** Replaces the fields as typed input: marked unsaved and copied to this browser. */
  const setInput = useCallback(
    (next: I | ((current: I) => I)) => {
      setInputState((current) => {
        const value = typeof next === "function" ? (next as (current: I) => I)(current) : next;
        storeLocal(value);
        inputRef.current = value;
        return value;
      });
      setSaveState({ kind: "dirty" });
    },
    [storeLocal],
  );

  const change = useCallback(
    <K extends keyof I>(key: K, value: I[K]) => setInput((current) => ({ ...current, [key]: value })),
    [setInput],
  );

  const save = useCallback(
    async (send: Send<I, D>, saveOptions: SaveOptions<D> = {}): Promise<SaveOutcome<D> | null> => {
      if (saveOptions.afterInFlight) while (inFlight.current) await inFlight.current.catch(() => undefined);
      if (inFlight.current) return null;
      const sent = inputRef.current;
      // The server refuses such a request before reading it; say why here instead of failing like a lost connection.
      if (new Blob([JSON.stringify(sent)]).size > MAX_REQUEST_BYTES) {
        setFieldErrors({ [tooLarge.field]: tooLarge.fieldMessage });
        setMessage({ text: tooLarge.message, tone: "error" });
        setSaveState({ kind: "dirty" });
        return null;
      }
      const running = (async (): Promise<SaveOutcome<D> | null> => {
        setSaveState((state) => ({ ...state, kind: "saving" }));
        try {
          const result = await send(saveOptions.version ?? docRef.current?.version ?? 0, sent);
          if (result.ok) {
            docRef.current = result.doc;
            setDoc(result.doc);
            setFieldErrors({});
            setConflict(null);
            // Typing during the save is not lost: it stays, and stays marked unsaved.
            const typedMeanwhile = JSON.stringify(inputRef.current) !== JSON.stringify(sent);
            if (merge) setInputState((current) => merge(current, result.doc));
            setSaveState(typedMeanwhile ? { kind: "dirty" } : { kind: "saved", at: clockTime(new Date()) });
            if (!typedMeanwhile) clearLocal();
            const said = (saveOptions.okMessage ?? options.okMessage)?.(result.doc) ?? null;
            setMessage(typeof said === "string" ? { text: said, tone: "ok" } : said);
            saveOptions.onSaved?.(result.doc);
          } else {
            setSaveState({ kind: "dirty" });
            setFieldErrors(result.fieldErrors ?? {});
            setMessage({ text: result.message, tone: "error" });
            if (result.reason === "conflict") setConflict("pending");
          }
          return result;
        } catch (error) {
          // The request never reached the server or its answer was lost: the text stays here and in local storage.
          const tooLargeSent = error instanceof Error && /body|size|413/i.test(error.message);
          setSaveState({ kind: "offline" });
          setMessage({ text: tooLargeSent ? tooLarge.message : errors.network, tone: "error" });
          return null;
        }
      })();
      inFlight.current = running;
      try {
        return await running;
      } finally {
        if (inFlight.current === running) inFlight.current = null;
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- options.okMessage is read at call time
    [tooLarge, merge, clearLocal, clockTime],
  );

  // A newer version arriving from the server (a restored revision, someone else's save, seen on returning to this
  // screen, which Next keeps mounted) replaces what is shown, unless there is unsaved typing: then it is a conflict.
  const [seenVersion, setSeenVersion] = useState(initial?.version ?? 0);
  if (initial && initial.version !== seenVersion) {
    setSeenVersion(initial.version);
    // While a save of one's own travels, the version the server sends is that save's: its answer settles it.
    if (initial.version > (doc?.version ?? 0) && saveState.kind !== "saving") {
      if (saveState.kind === "dirty" || saveState.kind === "offline") setConflict(initial);
      else {
        setInputState(initial.input);
        setDoc(initial);
        setConflict(null);
        setMessage(null);
        setFieldErrors({});
        setSaveState({ kind: "idle" });
      }
    }
  }

  async function showTheirs() {
    if (!doc) return;
    const latest = await loadLatest(doc.id);
    if (latest.ok) setConflict(latest.doc);
  }

  function takeTheirs(theirs: D) {
    setInputState(theirs.input);
    inputRef.current = theirs.input;
    setDoc(theirs);
    setConflict(null);
    setMessage(null);
    setFieldErrors({});
    setSaveState({ kind: "idle" });
    local.clear();
  }

  /** Saves one's own fields over the newer version, which one has now seen. */
  function keepMine(theirs: D, send: Send<I, D>, saveOptions: SaveOptions<D> = {}) {
    setDoc((current) => (current ? { ...current, version: theirs.version } : current));
    setConflict(null);
    startTransition(async () => {
      await save(send, { ...saveOptions, version: theirs.version });
    });
  }

  function restoreLocalCopy(copy: I) {
    setInput(copy);
    local.dismiss();
  }

  useEffect(() => {
    if (saveState.kind !== "dirty" && saveState.kind !== "offline") return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [saveState.kind]);

  const stateText =
    saveState.kind === "saving" ? t.saving
    : saveState.kind === "saved" && saveState.at ? t.saved(saveState.at)
    : saveState.kind === "offline" ? t.offline
    : saveState.kind === "dirty" ? t.unsaved
    : "";

  return {
    doc,
    setDoc,
    input,
    inputRef,
    setInput,
    change,
    save,
    saveState,
    setSaveState,
    stateText,
    message,
    setMessage,
    fieldErrors,
    setFieldErrors,
    conflict,
    pending,
    startTransition,
    local,
    showTheirs,
    takeTheirs,
    keepMine,
    restoreLocalCopy,
    clockTime,
  };
}

export type VersionedEditor<I extends { title: string; body: string }, D extends Versioned<I>> = ReturnType<
  typeof useVersionedEditor<I, D>
>;
