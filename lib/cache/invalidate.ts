// The one place reader caches are invalidated: Next's cache by tag, the proxy's remembered redirects, and the front
// cache (lib/http/front-cache.ts) with them. ESLint keeps updateTag and revalidateTag out of every other module, so no
// change can drop Next's pages and leave the front cache serving the old ones.
import "server-only";
import { revalidateTag, updateTag } from "next/cache";
import { forgetRedirects } from "@/db/queries/redirects";
import { readerPagesChanged } from "./front-generation";

/**
 * Which redirects a change touched. `anywhere` (the redirect editor, the revalidate hook): any address may now
 * redirect, so every page the front cache keeps ends. `of-posts` (posts renamed, deleted): only former addresses of
 * the posts whose tags the change names, and those tags already end their pages. Either way every instance forgets
 * its remembered redirect lookups.
 */
export type RedirectChange = "anywhere" | "of-posts";

export type ReaderChange = { tags?: Iterable<string>; redirects?: RedirectChange };

/**
 * Expires the tags at once and forgets remembered redirects when asked. `action`: a server action, which uses
 * updateTag so its own answer already reads the new state; `route`: a route handler, which may not (same effect).
 */
export async function expireReaderCaches({ tags = [], redirects }: ReaderChange, caller: "action" | "route"): Promise<void> {
  const unique = [...new Set(tags)];
  if (unique.length === 0 && !redirects) return;
  for (const tag of unique) {
    if (caller === "action") updateTag(tag);
    else revalidateTag(tag, { expire: 0 });
  }
  if (redirects) forgetRedirects();
  await readerPagesChanged({ anyAddress: redirects === "anywhere" });
}
