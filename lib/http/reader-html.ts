// Reader pages are served as plain HTML, without Next's client runtime. They need no JavaScript (links are ordinary
// links, search is a GET form, comment and feedback forms post to route handlers), yet every app-router page ships
// ~140 KB gzip of React DOM, router and RSC client plus the page's RSC payload inlined as <script> elements (about
// half of the HTML) to hydrate. Next 16 has no switch to turn hydration off per route (`unstable_runtimeJS` is pages
// router only), so the finished HTML is rewritten here, on its way out (docs/performance.md explains the choice).
import { gzipSync } from "node:zlib";

/** Paths that stay app-router pages with hydration: the editor, its previews, sign-in; files and endpoints. */
const HYDRATED_OR_NOT_HTML = /^\/(?:dashboard|vorschau|anmelden)(?:\/|$)|^\/(?:_next|api|medien)\//;

type Headers = Record<string, string | string[] | undefined>;

/**
 * A browser's request for a reader page's HTML. Client navigations and prefetches ask for the RSC payload of the
 * same URL (header `RSC: 1`, query `_rsc`); they come from hydrated pages (the dashboard) and keep working as before.
 */
export function isReaderDocumentRequest(method: string | undefined, url: string | undefined, headers: Headers): boolean {
  if (method !== "GET" && method !== "HEAD") return false;
  const target = url ?? "/";
  const pathname = target.split("?")[0] ?? "/";
  // Feeds, sitemaps, robots.txt, images and files in public/ end in an extension; pages never do.
  if (HYDRATED_OR_NOT_HTML.test(pathname) || /\.[a-z0-9]+$/i.test(pathname)) return false;
  if (headers["rsc"] !== undefined || headers["next-router-prefetch"] !== undefined || headers["next-action"] !== undefined) return false;
  return !/[?&]_rsc=/.test(target);
}

// Next's scripts: the runtime chunks (and their noModule polyfills) under /_next/, and the inline RSC payload
// (`self.__next_f.push(…)`) with its bootstrap and Turbopack's chunk list. Structured data (application/ld+json) and our own scripts stay.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\brel="(?:preload|modulepreload)")(?=[^>]*\bhref="\/_next\/[^"]*\.js")[^>]*>/gi;

function isNextScript(attributes: string, body: string): boolean {
  if (/\btype="application\/ld\+json"/i.test(attributes)) return false;
  if (/\bsrc="\/_next\//i.test(attributes)) return true;
  return body.includes("__next_f") || body.includes("__next_s") || body.includes('globalThis["TURBOPACK"]');
}

/**
 * Next renders this empty document when a page calls notFound() or fails outside a Suspense boundary: only the client
 * runtime fills it (not-found.tsx or error.tsx) from the inline payload, so such a page keeps everything and hydrates
 * as before. Serving these as plain HTML is left open (docs/performance.md).
 */
const ERROR_SHELL = /<html\b[^>]*\bid="__next_error__"/i;

/** The page's HTML without Next's client runtime; Next's error and not-found shells stay as they are. */
export function withoutClientRuntime(html: string): string {
  if (ERROR_SHELL.test(html)) return html;
  return html
    .replace(SCRIPT, (whole, attributes: string, body: string) => (isNextScript(attributes, body) ? "" : whole))
    .replace(SCRIPT_PRELOAD, "");
}

/** gzip when the client takes it (q > 0), as Next's own compression would have; below 1 KB it is not worth it. */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  return acceptEncoding.split(",").some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    if (coding !== "gzip" && coding !== "*") return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

export const GZIP_THRESHOLD = 1024;

export function gzip(body: Buffer): Buffer {
  return gzipSync(body, { level: 6 });
}
