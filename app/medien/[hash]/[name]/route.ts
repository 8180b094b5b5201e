// Serves library files by content hash: strict names only, the stored type with nosniff, immutable caching,
// byte ranges for large PDFs, and office documents as downloads. Photo originals are never served.
import { Readable } from "node:stream";
import { connection } from "next/server";
import { getServableMedia } from "@/db/queries/media";
import { parseRange } from "@/lib/media/range";
import { getMediaStorage } from "@/lib/media/storage";
import { acceptedByMime } from "@/lib/media/types";

const variantTypes: Record<string, string> = { avif: "image/avif", webp: "image/webp", jpg: "image/jpeg" };
const NAME = /^(?:original|\d{1,5})\.[a-z0-9]{2,5}$/;
const HASH = /^[0-9a-f]{64}$/;

function notFound(): Response {
  return new Response("Nicht gefunden", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" },
  });
}

function contentDisposition(inline: boolean, name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `${inline ? "inline" : "attachment"}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

async function serve(request: Request, params: Promise<{ hash: string; name: string }>, withBody: boolean): Promise<Response> {
  await connection();
  const { hash, name } = await params;
  if (!HASH.test(hash) || !NAME.test(name)) return notFound();
  const file = await getServableMedia(hash);
  if (!file || !file.names.has(name)) return notFound();
  const storage = getMediaStorage();
  const key = `${hash}/${name}`;
  const size = await storage.size(key);
  if (size === null) return notFound();

  const isOriginal = name.startsWith("original.");
  const type = isOriginal ? file.mimeType : variantTypes[name.split(".")[1]!];
  if (!type) return notFound();
  const inline = isOriginal ? (acceptedByMime.get(file.mimeType)?.inline ?? false) : true;
  const etag = `"${hash.slice(0, 32)}-${name}"`;
  const headers = new Headers({
    "Content-Type": type,
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "public, max-age=31536000, immutable",
    "Accept-Ranges": "bytes",
    ETag: etag,
  });
  if (isOriginal) headers.set("Content-Disposition", contentDisposition(inline, file.originalName));
  // Nothing served from here may run script or load anything, should a browser ever render it as a page.
  if (type !== "application/pdf") headers.set("Content-Security-Policy", "default-src 'none'; sandbox");

  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  const range = parseRange(request.headers.get("range"), size);
  if (range === "unsatisfiable") {
    headers.set("Content-Range", `bytes */${size}`);
    return new Response(null, { status: 416, headers });
  }
  const length = range ? range.end - range.start + 1 : size;
  headers.set("Content-Length", String(length));
  if (range) headers.set("Content-Range", `bytes ${range.start}-${range.end}/${size}`);
  const body = withBody ? (Readable.toWeb(storage.read(key, range ?? undefined)) as ReadableStream<Uint8Array>) : null;
  return new Response(body, { status: range ? 206 : 200, headers });
}

export async function GET(request: Request, { params }: RouteContext<"/medien/[hash]/[name]">) {
  return serve(request, params, true);
}

export async function HEAD(request: Request, { params }: RouteContext<"/medien/[hash]/[name]">) {
  return serve(request, params, false);
}
