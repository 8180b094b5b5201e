// One file sent to the media library (/api/medien) as one streaming request: progress while it travels, the
// server's verdict (or its German refusal) when it answers, and a way to cancel.
import { tEditorial } from "@/lib/i18n";
import { MAX_UPLOAD_BYTES } from "@/lib/media/types";

const problems = tEditorial.media.problems;

/** `restored`: the same bytes were in the library's deleted files, and the upload brought that file back. */
export type UploadedFile = { id: number; hash: string; kind: "image" | "document"; duplicate: boolean; restored: boolean; alt: string; decorative: boolean };
export type UploadOutcome = { ok: true; file: UploadedFile } | { ok: false; message: string; cancelled?: boolean };

export type UploadRequest = { done: Promise<UploadOutcome>; abort: () => void };

export function startUpload(
  file: File,
  on: { progress?: (percent: number) => void; processing?: () => void } = {},
  largest: number = MAX_UPLOAD_BYTES,
): UploadRequest {
  // Mirrors the server's limit so an oversized file is refused before it is sent; the server checks again.
  if (file.size > largest) return { done: Promise.resolve({ ok: false, message: problems.tooLarge }), abort: () => undefined };
  const request = new XMLHttpRequest();
  const done = new Promise<UploadOutcome>((resolve) => {
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) on.progress?.(Math.round((event.loaded / event.total) * 100));
    };
    request.upload.onload = () => {
      on.progress?.(100);
      on.processing?.();
    };
    request.onload = () => {
      let body: Partial<UploadedFile> & { error?: string; restored?: boolean } = {};
      try {
        body = JSON.parse(request.responseText) as typeof body;
      } catch {
        // A proxy's error page: fall through to the generic message.
      }
      if ((request.status === 201 || request.status === 200) && typeof body.id === "number" && body.hash) {
        resolve({ ok: true, file: { id: body.id, hash: body.hash, kind: body.kind ?? "image", duplicate: request.status === 200, restored: request.status === 200 && body.restored === true, alt: body.alt ?? "", decorative: body.decorative ?? false } });
      } else {
        resolve({ ok: false, message: body.error ?? problems.unreadable });
      }
    };
    request.onerror = () => resolve({ ok: false, message: problems.network });
    request.onabort = () => resolve({ ok: false, message: tEditorial.media.cancelled, cancelled: true });
  });
  const form = new FormData();
  form.append("file", file);
  request.open("POST", "/api/medien");
  request.send(form);
  return { done, abort: () => request.abort() };
}
