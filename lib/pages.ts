// Where pages live. Legal pages have fixed top-level paths (rewritten to the one page route in next.config.ts);
// every other page lives under /info/<slug>, a prefix no other route uses, so page slugs never collide with routes.
import { isValidSlug, RESERVED_SLUGS } from "./slug";

export const PAGE_PREFIX = "/info";

/** Pages kept in the pages table with a fixed path. */
export const FIXED_PAGE_SLUGS = ["datenschutz", "leichte-sprache"] as const;
/** Rendered from structured settings, not from the pages table. */
export const STRUCTURED_PAGE_SLUGS = ["impressum", "barrierefreiheit"] as const;
/** Every path served by the page route at the top level. */
export const TOP_LEVEL_PAGE_SLUGS = [...STRUCTURED_PAGE_SLUGS, ...FIXED_PAGE_SLUGS] as const;

export function pagePath(slug: string): string {
  return (TOP_LEVEL_PAGE_SLUGS as readonly string[]).includes(slug) ? `/${slug}` : `${PAGE_PREFIX}/${slug}`;
}

/** A slug an editor may give a page: the fixed legal pages, or anything not reserved by the site. */
export function isAllowedPageSlug(slug: string): boolean {
  if (!isValidSlug(slug)) return false;
  if ((FIXED_PAGE_SLUGS as readonly string[]).includes(slug)) return true;
  return !RESERVED_SLUGS.has(slug);
}
