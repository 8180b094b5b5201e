// @ts-check
// Which requests are a reader page's HTML, and whether a client takes gzip. Plain ESM: the request hook (bundled by
// Next) and the front thread (front-thread.mjs, started as a file of its own) both decide with these.

/** Paths that stay app-router pages with hydration: the editor, its previews, sign-in; files and endpoints. */
const HYDRATED_OR_NOT_HTML = /^\/(?:dashboard|vorschau|anmelden)(?:\/|$)|^\/(?:_next|api|medien)\//;

/**
 * A browser's request for a reader page's HTML. Client navigations and prefetches ask for the RSC payload of the
 * same URL (header `RSC: 1`, query `_rsc`); they come from hydrated pages (the dashboard) and keep working as before.
 * @param {string | undefined} method
 * @param {string | undefined} url
 * @param {Record<string, string | string[] | undefined>} headers
 */
export function isReaderDocumentRequest(method, url, headers) {
  if (method !== "GET" && method !== "HEAD") return false;
  const target = url ?? "/";
  const pathname = target.split("?")[0] ?? "/";
  // Feeds, sitemaps, robots.txt, images and files in public/ end in an extension; pages never do.
  if (HYDRATED_OR_NOT_HTML.test(pathname) || /\.[a-z0-9]+$/i.test(pathname)) return false;
  if (headers["rsc"] !== undefined || headers["next-router-prefetch"] !== undefined || headers["next-action"] !== undefined) return false;
  return !/[?&]_rsc=/.test(target);
}

/**
 * gzip when the client takes it (q > 0), as Next's own compression would have.
 * @param {string | undefined} acceptEncoding
 */
export function acceptsGzip(acceptEncoding) {
  if (!acceptEncoding) return false;
  return acceptEncoding.split(",").some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    if (coding !== "gzip" && coding !== "*") return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}
