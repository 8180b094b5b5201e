// Reader pages are served as plain HTML, without Next's client runtime. They need no JavaScript (links are ordinary
// links, search is a GET form, comment and feedback forms post to route handlers), yet every app-router page ships
// ~140 KB gzip of React DOM, router and RSC client plus the page's RSC payload inlined as <script> elements (about
// half of the HTML) to hydrate. Next 16 has no switch to turn hydration off per route (`unstable_runtimeJS` is pages
// router only), so the finished HTML is rewritten here, on its way out (docs/performance.md explains the choice).
import { gzipSync } from "node:zlib";

export { acceptsGzip, isReaderDocumentRequest } from "./reader-request.mjs";

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

/** Below 1 KB gzip is not worth it. */
export const GZIP_THRESHOLD = 1024;

export function gzip(body: Buffer): Buffer {
  return gzipSync(body, { level: 6 });
}
