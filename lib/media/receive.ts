// Reads one uploaded file from a multipart request into a temporary file, never holding it in memory and never
// reading past the size limit: a 2 GB body is refused after at most MAX_UPLOAD_BYTES, or at once when it says so.
import { randomUUID } from "node:crypto";
import { createWriteStream, type WriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import busboy from "busboy";
import { MAX_UPLOAD_BYTES } from "./types";

export type Received = { ok: true; file: string; name: string; title: string } | { ok: false; status: 400 | 413 };

/** Room for the multipart envelope and the few small text fields around the file. */
const ENVELOPE_BYTES = 64 * 1024;

export async function receiveUpload(request: Request, tempDir: string, limit = MAX_UPLOAD_BYTES): Promise<Received> {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > limit + ENVELOPE_BYTES) {
    await request.body?.cancel().catch(() => undefined);
    return { ok: false, status: 413 };
  }
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data;/i.test(contentType) || !request.body) return { ok: false, status: 400 };

  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": contentType },
      limits: { files: 1, fileSize: limit, fields: 4, fieldSize: 1000, parts: 5 },
    });
  } catch {
    return { ok: false, status: 400 };
  }
  const body = Readable.fromWeb(request.body as WebReadableStream<Uint8Array>);

  return new Promise<Received>((resolve) => {
    let settled = false;
    let temp: string | null = null;
    let out: WriteStream | null = null;
    let name = "";
    let title = "";
    let written: Promise<void> | null = null;

    /** The partial file is closed and removed before the refusal is answered: a refused upload leaves nothing behind. */
    const discard = async () => {
      const open = out && !out.closed ? out : null;
      if (open) await new Promise<void>((closed) => open.destroy().once("close", () => closed()));
      if (temp) await rm(temp, { force: true }).catch(() => undefined);
    };

    const fail = (status: 400 | 413) => {
      if (settled) return;
      settled = true;
      // Stop reading: the rest of the body is never pulled from the client.
      body.unpipe(parser);
      body.destroy();
      void discard().then(() => resolve({ ok: false, status }));
    };

    parser.on("field", (field, value) => {
      if (field === "title") title = value.slice(0, 200);
    });
    parser.on("file", (field, stream, info) => {
      if (field !== "file" || temp) {
        stream.resume();
        return;
      }
      temp = path.join(tempDir, `${randomUUID()}.upload`);
      name = (info.filename || "datei").replace(/[\u0000-\u001f\u007f]/g, "").slice(-200);
      const file = createWriteStream(temp);
      out = file;
      stream.on("limit", () => {
        stream.unpipe(file);
        stream.resume();
        file.destroy();
        fail(413);
      });
      written = new Promise((done, failed) => {
        file.on("finish", done);
        file.on("error", failed);
      });
      // A refusal may destroy the file mid-write; that outcome is already decided.
      written.catch(() => undefined);
      stream.pipe(file);
    });
    parser.on("error", () => fail(400));
    body.on("error", () => fail(400));
    parser.on("close", () => {
      if (settled) return;
      if (!temp || !written) return fail(400);
      const file = temp;
      written.then(
        () => {
          if (settled) return;
          settled = true;
          resolve({ ok: true, file, name, title });
        },
        () => fail(400),
      );
    });
    body.pipe(parser);
  });
}
