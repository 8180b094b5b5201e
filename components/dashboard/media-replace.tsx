"use client";

// Replaces the file behind a library item: one request with a progress bar and cancel; posts keep showing the item.
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { tEditorial } from "@/lib/i18n";

const t = tEditorial.media;

type State =
  | { step: "idle" }
  | { step: "uploading"; progress: number; request: XMLHttpRequest; name: string }
  | { step: "processing"; name: string }
  | { step: "done"; message: string }
  | { step: "failed"; message: string }
  | { step: "cancelled" };

/** Mirrors the server's limits so an oversized file is refused before it is sent; the server checks again. */
const LIMITS = { image: 25 * 1024 * 1024, document: 50 * 1024 * 1024 };

export function MediaReplace({ id, hash, name, kind, accept }: { id: number; hash: string; name: string; kind: "image" | "document"; accept: string }) {
  const [state, setState] = useState<State>({ step: "idle" });
  const inputRef = useRef<HTMLInputElement>(null);
  const router = useRouter();
  const inputId = `ersetzen-${id}`;

  function start(file: File) {
    if (file.size > LIMITS[kind]) {
      setState({ step: "failed", message: t.problems.tooLarge });
      return;
    }
    const request = new XMLHttpRequest();
    setState({ step: "uploading", progress: 0, request, name: file.name });
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) {
        const progress = Math.round((event.loaded / event.total) * 100);
        setState((current) => (current.step === "uploading" ? { ...current, progress } : current));
      }
    };
    request.upload.onload = () => setState({ step: "processing", name: file.name });
    request.onload = () => {
      let body: { error?: string; message?: string } = {};
      try {
        body = JSON.parse(request.responseText) as typeof body;
      } catch {
        // A proxy's error page: fall through to the generic message.
      }
      if (request.status === 200) {
        setState({ step: "done", message: body.message ?? t.replaced });
        router.refresh();
      } else {
        setState({ step: "failed", message: body.error ?? t.problems.unreadable });
      }
    };
    request.onerror = () => setState({ step: "failed", message: t.problems.network });
    request.onabort = () => setState({ step: "cancelled" });
    const form = new FormData();
    form.append("file", file);
    request.open("PUT", `/api/medien/${id}?stand=${hash}`);
    request.send(form);
  }

  const busy = state.step === "uploading" || state.step === "processing";
  return (
    <div className="flex flex-col gap-1 text-sm" data-testid="ersetzen">
      <label htmlFor={inputId} className="font-semibold">
        {t.replace}
        <span className="sr-only">: {name}</span>
      </label>
      <input
        ref={inputRef}
        id={inputId}
        type="file"
        accept={accept}
        disabled={busy}
        aria-describedby={`${inputId}-hinweis`}
        className="text-sm"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) start(file);
          event.target.value = "";
        }}
      />
      <p id={`${inputId}-hinweis`} className="text-xs text-muted">{t.replaceHint(kind)}</p>
      {state.step !== "idle" && (
        <div className="flex flex-wrap items-center gap-3">
          {(state.step === "uploading" || state.step === "processing") && (
            <progress max={100} value={state.step === "uploading" ? state.progress : 100} aria-label={t.progress(state.name)} className="h-3 w-48" />
          )}
          <span role="status" className={state.step === "failed" ? "font-semibold text-red-800" : state.step === "done" ? "font-semibold text-brand" : "text-muted"}>
            {state.step === "uploading" ? `${t.uploading} (${state.progress} %)`
              : state.step === "processing" ? t.processing
              : state.step === "cancelled" ? t.cancelled
              : state.step === "failed" ? `${t.failed}: ${state.message}`
              : state.message}
          </span>
          {state.step === "uploading" && (
            <Button variant="secondary" aria-label={`${t.cancel}: ${state.name}`} onClick={() => state.request.abort()}>
              {t.cancel}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
