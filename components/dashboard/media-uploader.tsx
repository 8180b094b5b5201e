"use client";

// Uploads several files at once, each in its own request: a progress bar per file, cancel, and the server's verdict.
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { deEditorial } from "@/lib/i18n/de";

const t = deEditorial.media;

type Upload = {
  key: number;
  name: string;
  progress: number;
  state: "uploading" | "processing" | "done" | "duplicate" | "failed" | "cancelled";
  message?: string;
  request?: XMLHttpRequest;
};

/** Mirrors the server's limits so an oversized file is refused before it is sent; the server checks again. */
const LARGEST = 50 * 1024 * 1024;

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
      if (file.size > LARGEST) {
        setUploads((list) => [...list, { key, name: file.name, progress: 0, state: "failed", message: t.problems.tooLarge }]);
        continue;
      }
      const request = new XMLHttpRequest();
      setUploads((list) => [...list, { key, name: file.name, progress: 0, state: "uploading", request }]);
      request.upload.onprogress = (event) => {
        if (event.lengthComputable) update(key, { progress: Math.round((event.loaded / event.total) * 100) });
      };
      request.upload.onload = () => update(key, { progress: 100, state: "processing" });
      request.onload = () => {
        let body: { error?: string } = {};
        try {
          body = JSON.parse(request.responseText) as { error?: string };
        } catch {
          // A proxy's error page: fall through to the generic message.
        }
        if (request.status === 201 || request.status === 200) {
          update(key, { progress: 100, state: request.status === 201 ? "done" : "duplicate", request: undefined });
          router.refresh();
        } else {
          update(key, { state: "failed", message: body.error ?? t.problems.unreadable, request: undefined });
        }
      };
      request.onerror = () => update(key, { state: "failed", message: t.problems.network, request: undefined });
      request.onabort = () => update(key, { state: "cancelled", request: undefined });
      const form = new FormData();
      form.append("file", file);
      request.open("POST", "/api/medien");
      request.send(form);
    }
  }

  const label = (upload: Upload) =>
    upload.state === "uploading" ? `${t.uploading} (${upload.progress} %)`
    : upload.state === "processing" ? t.processing
    : upload.state === "done" ? t.uploaded
    : upload.state === "duplicate" ? t.duplicate
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
              {upload.state === "uploading" && upload.request && (
                <Button variant="secondary" aria-label={`${t.cancel}: ${upload.name}`} onClick={() => upload.request?.abort()}>
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
