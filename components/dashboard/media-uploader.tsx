"use client";

// Uploads several files at once, each in its own request: a progress bar per file, cancel, and the server's verdict.
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { tEditorial } from "@/lib/i18n";
import { startUpload } from "./upload-request";

const t = tEditorial.media;

type Upload = {
  key: number;
  name: string;
  progress: number;
  state: "uploading" | "processing" | "done" | "duplicate" | "restored" | "failed" | "cancelled";
  message?: string;
  abort?: () => void;
};

let nextKey = 0;

export function MediaUploader({ accept }: { accept: string }) {
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const router = useRouter();

  const update = (key: number, change: Partial<Upload>) =>
    setUploads((list) => list.map((upload) => (upload.key === key ? { ...upload, ...change } : upload)));

  function start(files: FileList | File[]) {
    for (const file of Array.from(files)) {
      const key = ++nextKey;
      const { done, abort } = startUpload(file, {
        progress: (progress) => update(key, { progress }),
        processing: () => update(key, { state: "processing" }),
      });
      setUploads((list) => [...list, { key, name: file.name, progress: 0, state: "uploading", abort }]);
      void done.then((outcome) => {
        if (outcome.ok) {
          update(key, { progress: 100, state: outcome.file.restored ? "restored" : outcome.file.duplicate ? "duplicate" : "done", abort: undefined });
          router.refresh();
        } else {
          update(key, { state: outcome.cancelled ? "cancelled" : "failed", message: outcome.message, abort: undefined });
        }
      });
    }
  }

  const label = (upload: Upload) =>
    upload.state === "uploading" ? `${t.uploading} (${upload.progress} %)`
    : upload.state === "processing" ? t.processing
    : upload.state === "done" ? t.uploaded
    : upload.state === "duplicate" ? t.duplicate
    : upload.state === "restored" ? t.uploadRestored
    : upload.state === "cancelled" ? t.cancelled
    : `${t.failed}: ${upload.message ?? ""}`;

  return (
    <section aria-labelledby="hochladen-titel" className="flex flex-col gap-3">
      <h2 id="hochladen-titel" className="text-xl font-bold">{t.upload}</h2>
      <div
        data-testid="ablage"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          if (event.dataTransfer.files.length > 0) start(event.dataTransfer.files);
        }}
        className={`flex flex-col items-center gap-2 rounded border-2 border-dashed p-6 text-center ${dragging ? "border-brand bg-brand/5" : "border-slate-400 bg-white"}`}
      >
        <label htmlFor="dateien" className="font-semibold">{t.dropHere}</label>
        <input
          ref={inputRef}
          id="dateien"
          type="file"
          multiple
          accept={accept}
          className="text-sm"
          onChange={(event) => {
            if (event.target.files?.length) start(event.target.files);
            event.target.value = "";
          }}
        />
        <p className="text-xs text-muted">{t.intro}</p>
      </div>
      {uploads.length > 0 && (
        <ul className="flex flex-col gap-2" aria-label={t.upload}>
          {uploads.map((upload) => (
            <li key={upload.key} className="flex flex-wrap items-center gap-3 rounded border border-slate-300 bg-white p-2 text-sm" data-testid="upload">
              <span className="min-w-40 font-semibold">{upload.name}</span>
              <progress max={100} value={upload.progress} aria-label={t.progress(upload.name)} className="h-3 w-48" />
              <span role="status" className={upload.state === "failed" ? "font-semibold text-red-800" : "text-muted"}>
                {label(upload)}
              </span>
              {upload.state === "uploading" && upload.abort && (
                <Button variant="secondary" aria-label={`${t.cancel}: ${upload.name}`} onClick={() => upload.abort?.()}>
                  {t.cancel}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
