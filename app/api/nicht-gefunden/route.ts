// Counts a reader's 404 for the redirect manager's log. The not-found page loads this as an invisible image, so a
// 404 served from the page cache is counted too; the browser names the missing address in its Referer (sent in full
// to the same origin only). Addresses that are none of Blattwerk's routes were already counted by proxy.ts.
import { database } from "@/lib/database";
import { countNotFound } from "@/db/mutations/redirect-stats";
import { NONCE_PATHS } from "@/lib/http/security-headers";
import { mayBeOldAddress, normaliseRedirectPath } from "@/lib/redirect-paths";

// A transparent 1×1 GIF.
const PIXEL = Uint8Array.from(atob("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"), (c) => c.charCodeAt(0));

export async function GET(request: Request): Promise<Response> {
  const referer = request.headers.get("referer");
  const host = request.headers.get("host");
  if (referer && host) {
    try {
      const missing = new URL(referer);
      // The dashboard and sign-in pages carry Next's page data, which holds the not-found boundary and with it this
      // image: a browser may load it there without any 404. Readers' pages carry no such data.
      if (missing.host === host && !NONCE_PATHS.test(missing.pathname) && !mayBeOldAddress(missing.pathname, missing.searchParams)) {
        const path = normaliseRedirectPath(missing.pathname);
        if (path && path !== "/") countNotFound(database, path, "");
      }
    } catch {
      // Not a URL: nothing to count.
    }
  }
  return new Response(PIXEL, { headers: { "content-type": "image/gif", "cache-control": "no-store", "x-robots-tag": "noindex" } });
}
