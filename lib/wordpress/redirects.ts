// The old WordPress addresses an import keeps working (docs/redirects.md): a post's own (its <link> in whatever
// permalink shape, /?p=<id>, its _wp_old_slug addresses) are bound to the post and written with it; pages,
// attachments, categories, tags, authors and uploads are written in one phase at the end. `…/page/<n>` and `…/feed`
// need no rows: proxy rules map them onto the base's answer.
import { isRedirectableSource, normaliseRedirectPath } from "@/lib/redirect-paths";
import { slugFromTitle } from "@/lib/slug";
import type { IndexedItem } from "./plan";

// An address Blattwerk answers itself (/impressum, /kategorie/…) is never taken by an old one: the proxy would not ask.
const unique = (paths: (string | null)[], except: string) =>
  [...new Set(paths.filter((p): p is string => p !== null && p !== except && isRedirectableSource(p)))];

/** The old slug in the post's old permalink shape: "/2019/05/neu/" with old slug "alt" → "/2019/05/alt/". */
function withSlug(path: string, slug: string, oldSlug: string): string | null {
  if (!path || path.includes("?")) return null;
  const segments = path.split("/");
  let last = segments.length - 1;
  while (last >= 0 && segments[last] === "") last--;
  if (last < 0 || normaliseRedirectPath(`/${segments[last]}`) !== normaliseRedirectPath(`/${slug}`)) return null;
  segments[last] = oldSlug;
  return segments.join("/");
}

/**
 * A post's old addresses, normalised: its <link>, /?p=<id>, and for each _wp_old_slug the old permalink with that slug
 * plus /artikel/<old> (what Blattwerk itself answers for a renamed post, and how its own export names old slugs).
 */
export function postOldPaths(item: Pick<IndexedItem, "id" | "path" | "slug">, oldSlugs: string[], current: string): string[] {
  const paths = [normaliseRedirectPath(item.path), normaliseRedirectPath(`/?p=${item.id}`)];
  for (const old of oldSlugs) {
    const clean = slugFromTitle(old);
    if (clean) paths.push(`/artikel/${clean}`);
    const shaped = withSlug(item.path, item.slug, old);
    if (shaped) paths.push(normaliseRedirectPath(shaped));
  }
  return unique(paths, `/artikel/${current}`);
}

export type OldAddress = { sourcePath: string; targetPath: string };

/** Accumulates the site-wide old addresses; the first target named for a source wins, own paths are skipped. */
export class OldAddresses {
  private readonly rows = new Map<string, string>();

  add(source: string, target: string | null): void {
    const path = normaliseRedirectPath(source);
    if (!path || !isRedirectableSource(path) || !target || path === target || this.rows.has(path)) return;
    this.rows.set(path, target);
  }

  list(): OldAddress[] {
    return [...this.rows].map(([sourcePath, targetPath]) => ({ sourcePath, targetPath }));
  }
}
