"use client";

// The modal question before an image goes into the text: a library image, or a new file uploaded with progress
// (chosen here, dropped onto or pasted into the field) together with its alt text, as the media library asks it.
import { useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import type { FormState } from "@/components/dashboard/action-form";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { MediaChoice } from "@/db/queries/media";
import { tEditorial } from "@/lib/i18n";
import { imageMarkdown } from "@/lib/markdown-edit";
import { mediaUrl } from "@/lib/media/view";
import { acceptAttributeOf, acceptedByMime, sizeLimits } from "@/lib/media/types";
import { startUpload, type UploadedFile } from "./upload-request";

const t = tEditorial.writing;
const tm = tEditorial.media;

/** Saves the alt text of an image just uploaded (the media library's server action). */
export type DescribeUploadedImage = (id: number, alt: string, decorative: boolean) => Promise<FormState>;

/** Opening the dialog: with a file when one was dropped or pasted. */
export type ImageRequest = { key: number; file?: File };

type Upload =
  | { state: "uploading" | "processing"; name: string; progress: number }
  | { state: "done"; name: string; progress: 100; file: UploadedFile }
  | { state: "failed"; name: string; progress: number; message: string };

function isImage(file: File): boolean {
  // The browser's guess only filters the obvious; the server decides from the bytes.
  return file.type === "" || acceptedByMime.get(file.type)?.kind === "image";
}

/** One upload at a time, cancelled when the dialog goes. */
function useImageUpload() {
  const [upload, setUpload] = useState<Upload | null>(null);
  const abort = useRef<(() => void) | null>(null);
  useEffect(() => () => abort.current?.(), []);

  function start(file: File) {
    abort.current?.();
    const name = file.name || "Bild";
    if (!isImage(file)) return setUpload({ state: "failed", name, progress: 0, message: t.notImage });
    setUpload({ state: "uploading", name, progress: 0 });
    const request = startUpload(
      file,
      {
        progress: (progress) => setUpload((current) => (current?.state === "uploading" ? { ...current, progress } : current)),
        processing: () => setUpload({ state: "processing", name, progress: 100 }),
      },
      sizeLimits.image,
    );
    abort.current = request.abort;
    void request.done.then((outcome) => {
      abort.current = null;
      if (!outcome.ok && outcome.cancelled) return;
      if (outcome.ok && outcome.file.kind !== "image") setUpload({ state: "failed", name, progress: 100, message: t.notImage });
      else if (outcome.ok) setUpload({ state: "done", name, progress: 100, file: outcome.file });
      else setUpload({ state: "failed", name, progress: 0, message: outcome.message });
    });
  }

  return { upload, start };
}

export function ImageInsertDialog({
  request,
  images,
  canUpload,
  describe,
  onDone,
}: {
  request: ImageRequest | null;
  images: MediaChoice[];
  canUpload: boolean;
  describe: DescribeUploadedImage;
  /** The Markdown to insert, or null when the dialog was cancelled. */
  onDone: (markdown: string | null) => void;
}) {
  // In the body, not in the editor's form: a form inside a form is no HTML, and its submit is not the post's.
  return request ? createPortal(<OpenDialog key={request.key} request={request} images={images} canUpload={canUpload} describe={describe} onDone={onDone} />, document.body) : null;
}

function OpenDialog({ request, images, canUpload, describe, onDone }: {
  request: ImageRequest;
  images: MediaChoice[];
  canUpload: boolean;
  describe: DescribeUploadedImage;
  onDone: (markdown: string | null) => void;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const chosen = useRef<string | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    dialog.querySelector<HTMLElement>("[data-autofocus]")?.focus();
  }, []);

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby="bild-dialog-titel"
      className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded border border-slate-400 bg-white p-0 text-ink shadow-xl backdrop:bg-black/40"
      onClose={() => {
        const markdown = chosen.current;
        chosen.current = null;
        onDone(markdown);
      }}
    >
      <ImageInsertForm
        file={request.file}
        images={images}
        canUpload={canUpload}
        describe={describe}
        onInsert={(markdown) => {
          chosen.current = markdown;
          dialogRef.current?.close();
        }}
        onCancel={() => dialogRef.current?.close()}
      />
    </dialog>
  );
}

function ImageInsertForm({
  file,
  images,
  canUpload,
  describe,
  onInsert,
  onCancel,
}: {
  file?: File;
  images: MediaChoice[];
  canUpload: boolean;
  describe: DescribeUploadedImage;
  onInsert: (markdown: string) => void;
  onCancel: () => void;
}) {
  const { upload, start } = useImageUpload();
  const [choice, setChoice] = useState("");
  const [alt, setAlt] = useState("");
  const [decorative, setDecorative] = useState(false);
  const [altError, setAltError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const altRef = useRef<HTMLInputElement>(null);
  const started = useRef(false);

  // A dropped or pasted file starts on its way at once; the alt text can be written meanwhile.
  useEffect(() => {
    if (!file || started.current) return;
    started.current = true;
    start(file);
    // Once, for the file the dialog was opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [file]);

  // What the library already says about a file uploaded once before is the starting point.
  const doneFile = upload?.state === "done" ? upload.file : null;
  const [prefilled, setPrefilled] = useState<number | null>(null);
  if (doneFile && prefilled !== doneFile.id) {
    setPrefilled(doneFile.id);
    if (alt === "" && !decorative) {
      setAlt(doneFile.alt);
      setDecorative(doneFile.decorative);
    }
  }

  const uploadStatus =
    !upload ? null
    : upload.state === "processing" ? t.processing(upload.name)
    : upload.state === "done" ? (upload.file.duplicate ? t.duplicate(upload.name) : t.uploaded(upload.name))
    : upload.state === "failed" ? `${tm.failed}: ${upload.message}`
    : t.uploading(upload.name);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    // React passes events up its own tree, portal or not: this submit is not the post's.
    event.stopPropagation();
    setProblem(null);
    if (upload && upload.state !== "failed") {
      if (upload.state !== "done") return setProblem(t.waitForUpload);
      if (!decorative && alt.trim() === "") {
        setAltError(tm.altRequired);
        altRef.current?.focus();
        return;
      }
      setPending(true);
      const saved = await describe(upload.file.id, alt, decorative).catch(() => ({ ok: false, message: tm.problems.network, fieldErrors: undefined }));
      setPending(false);
      if (!saved.ok) {
        if (saved.fieldErrors?.alt) {
          setAltError(saved.fieldErrors.alt);
          altRef.current?.focus();
        } else setProblem(saved.message ?? tm.problems.network);
        return;
      }
      return onInsert(imageMarkdown(decorative ? "" : alt, mediaUrl(upload.file.hash, "bild")));
    }
    const image = images.find((item) => String(item.id) === choice);
    if (!image) return setProblem(t.chooseSomething);
    onInsert(image.markdown);
  }

  const altDescribedBy = ["bild-dialog-alt-hinweis", altError ? "bild-dialog-alt-fehler" : null].filter(Boolean).join(" ");
  const showUploadFields = upload !== null && upload.state !== "failed";

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4 p-5">
      <h2 id="bild-dialog-titel" className="text-xl font-bold">{t.dialogTitle}</h2>
      {!file && images.length > 0 && (
        <div className="flex flex-col gap-1">
          <label htmlFor="bild-dialog-mediathek" className="text-sm font-semibold">{t.fromLibrary}</label>
          <select id="bild-dialog-mediathek" data-autofocus className={inputClass} value={choice} disabled={showUploadFields}
            onChange={(event) => setChoice(event.target.value)}>
            <option value="">{t.noLibraryChoice}</option>
            {images.map((image) => (
              <option key={image.id} value={image.id}>
                {image.hasAlt ? image.label : `${image.label} (${tm.missingAlt})`}
              </option>
            ))}
          </select>
        </div>
      )}
      {canUpload && (
        <div className="flex flex-col gap-1">
          <label htmlFor="bild-dialog-datei" className="text-sm font-semibold">{t.upload}</label>
          <input id="bild-dialog-datei" type="file" accept={acceptAttributeOf.image} className="text-sm" aria-describedby="bild-dialog-datei-hinweis"
            data-autofocus={!file && images.length === 0 ? true : undefined}
            onChange={(event) => {
              const chosenFile = event.target.files?.[0];
              if (chosenFile) start(chosenFile);
              event.target.value = "";
            }} />
          <p id="bild-dialog-datei-hinweis" className="text-xs text-muted">{t.uploadHint}</p>
        </div>
      )}
      {upload && (
        <div className="flex flex-col gap-1" data-testid="bild-hochladen">
          <progress max={100} value={upload.progress} aria-label={t.progress(upload.name)} className="h-3 w-full" />
          <p role="status" className={upload.state === "failed" ? "text-sm font-semibold text-red-800" : "text-sm text-muted"}>
            {uploadStatus}
          </p>
        </div>
      )}
      {(showUploadFields || file) && (
        <fieldset className="flex flex-col gap-2" disabled={upload?.state === "failed"}>
          <div className="flex flex-col gap-1">
            <label htmlFor="bild-dialog-alt" className="text-sm font-semibold">{tm.alt}</label>
            <input id="bild-dialog-alt" ref={altRef} data-autofocus={file ? true : undefined} className={inputClass} value={alt}
              disabled={decorative} aria-invalid={Boolean(altError)} aria-describedby={altDescribedBy}
              onChange={(event) => {
                setAlt(event.target.value);
                setAltError(null);
              }} />
            <p id="bild-dialog-alt-hinweis" className="text-xs text-muted">{tm.altHint}</p>
            {altError && <p id="bild-dialog-alt-fehler" className="text-sm font-semibold text-red-800">{altError}</p>}
          </div>
          <div className="flex items-center gap-2">
            <input id="bild-dialog-dekorativ" type="checkbox" className="h-4 w-4" checked={decorative}
              onChange={(event) => {
                setDecorative(event.target.checked);
                setAltError(null);
              }} />
            <label htmlFor="bild-dialog-dekorativ" className="text-sm">{tm.decorative}</label>
          </div>
        </fieldset>
      )}
      {problem && <p role="alert" className="text-sm font-semibold text-red-800">{problem}</p>}
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={onCancel}>{t.cancel}</Button>
        <Button type="submit" disabled={pending}>{t.insert}</Button>
      </div>
    </form>
  );
}
