// Text documents served by route handlers (feeds, sitemaps, robots.txt) with validators for conditional requests.
import { createHash } from "node:crypto";

export type CachedDocument = { body: string; etag: string; lastModified: Date | null };

export function cachedDocument(body: string, lastModified: Date | null): CachedDocument {
  const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
  return { body, etag, lastModified };
}

function notModified(request: Request, document: CachedDocument): boolean {
  const ifNoneMatch = request.headers.get("if-none-match");
  // RFC 9110: If-None-Match wins over If-Modified-Since when both are sent.
  if (ifNoneMatch !== null) {
    return ifNoneMatch.split(",").some((tag) => {
      const value = tag.trim();
      return value === "*" || value.replace(/^W\//, "") === document.etag;
    });
  }
  const ifModifiedSince = request.headers.get("if-modified-since");
  if (ifModifiedSince === null || document.lastModified === null) return false;
  const since = Date.parse(ifModifiedSince);
  // HTTP dates have whole seconds.
  return !Number.isNaN(since) && Math.floor(document.lastModified.getTime() / 1000) * 1000 <= since;
}

/**
 * 200 with ETag and Last-Modified, or 304 when the client's copy is current. Feed readers poll every few minutes:
 * a 304 costs them and us almost nothing. max-age is short because publishing must show up quickly.
 */
export function documentResponse(request: Request, document: CachedDocument, contentType: string): Response {
  const headers = new Headers({
    "Content-Type": `${contentType}; charset=utf-8`,
    ETag: document.etag,
    "Cache-Control": "public, max-age=300",
  });
  if (document.lastModified) headers.set("Last-Modified", document.lastModified.toUTCString());
  if (notModified(request, document)) return new Response(null, { status: 304, headers });
  return new Response(document.body, { status: 200, headers });
}

export function notFoundResponse(): Response {
  return new Response("Nicht gefunden.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/** A generated image with an ETag; `maxAge` in seconds. */
export function imageResponse(request: Request, bytes: Uint8Array, maxAge: number): Response {
  const etag = `"${createHash("sha1").update(bytes).digest("base64url")}"`;
  const headers = new Headers({ "Content-Type": "image/png", ETag: etag, "Cache-Control": `public, max-age=${maxAge}` });
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(bytes as Uint8Array<ArrayBuffer>, { status: 200, headers });
}
