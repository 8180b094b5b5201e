"use client";

// What the post and page editors show above the form: a local copy to take back, the last save's message, a newer version.
import { Button } from "@/components/ui/button";
import { tEditorial } from "@/lib/i18n";
import { ConflictPanel } from "./conflict-panel";
import type { LocalCopy } from "./use-local-copy";
import { type Send, type Versioned, type VersionedEditor } from "./use-versioned-editor";

/** A message after a save or a step; `action` offers the way back (e.g. „Rückgängig“ after moving to the trash). */
export type EditorMessage = { text: string; tone: "error" | "ok"; action?: { label: string; run: () => void } };

const t = tEditorial.editor;

/** Unsaved input this browser kept from an earlier visit: restore it or throw it away. */
export function LocalCopyOffer<T>({
  offer,
  savedAt,
  onRestore,
  onDiscard,
}: {
  offer: LocalCopy<T> | null;
  /** The copy's time, formatted by the editor (the same clock as its other times). */
  savedAt: string;
  onRestore: (input: T) => void;
  onDiscard: () => void;
}) {
  if (!offer) return null;
  return (
    <div className="rounded border border-amber-700 bg-amber-50 p-4 text-sm">
      <p>{t.localCopyFound(savedAt)}</p>
      <div className="mt-2 flex gap-2">
        <Button variant="secondary" onClick={() => onRestore(offer.input)}>
          {t.localCopyRestore}
        </Button>
        <Button variant="secondary" onClick={onDiscard}>
          {t.localCopyDiscard}
        </Button>
      </div>
    </div>
  );
}

/** The last save's outcome; after a refused stale save, the way to look at the newer version. */
export function SaveMessage({ message, onShowTheirs }: { message: EditorMessage | null; onShowTheirs?: () => void }) {
  if (!message) return null;
  return (
    <div
      role={message.tone === "error" ? "alert" : "status"}
      className={`rounded border p-3 text-sm font-semibold ${message.tone === "error" ? "border-red-800 bg-red-50 text-red-900" : "border-brand bg-brand/5 text-brand-dark"}`}
    >
      {message.text}
      {message.action && (
        <Button variant="secondary" className="ml-3" onClick={message.action.run}>
          {message.action.label}
        </Button>
      )}
      {onShowTheirs && (
        <Button variant="secondary" className="ml-3" onClick={onShowTheirs}>
          {t.showTheirs}
        </Button>
      )}
    </div>
  );
}

/** Everything a versioned editor shows above its form: the local copy, the last save's message, a newer version. */
export function VersionedNotices<I extends { title: string; body: string }, D extends Versioned<I>>({
  editor,
  savedByOf,
  resend,
}: {
  editor: VersionedEditor<I, D>;
  savedByOf: (doc: D) => string;
  /** How "keep mine" sends one's own fields again. */
  resend: Send<I, D>;
}) {
  const { local, message, conflict } = editor;
  return (
    <>
      <LocalCopyOffer
        offer={local.offer}
        savedAt={local.offer ? editor.clockTime(new Date(local.offer.at)) : ""}
        onRestore={editor.restoreLocalCopy}
        onDiscard={local.clear}
      />
      <SaveMessage message={message} onShowTheirs={conflict === "pending" ? () => void editor.showTheirs() : undefined} />
      {conflict && conflict !== "pending" && (
        <ConflictPanel
          savedBy={savedByOf(conflict)}
          savedAt={editor.clockTime(conflict.updatedAt)}
          title={conflict.input.title}
          body={conflict.input.body}
          onTakeTheirs={() => editor.takeTheirs(conflict)}
          onKeepMine={() => editor.keepMine(conflict, resend)}
        />
      )}
    </>
  );
}
