// Route parameters are parsed, never trusted: anything that is not a plausible value becomes a 404 before any query.

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_SLUG_LENGTH = 200;
const MAX_PAGE = 1_000_000;

export function parseSlug(raw: string): string | null {
  if (raw.length > MAX_SLUG_LENGTH || !SLUG.test(raw)) return null;
  return raw;
}

/** "2" → 2; "0", "-1", "abc", "02", "1.5" and absurdly large numbers → null. */
export function parsePageNumber(raw: string): number | null {
  if (!/^[1-9]\d*$/.test(raw)) return null;
  const page = Number(raw);
  return page <= MAX_PAGE ? page : null;
}

/**
 * generateStaticParams must name one sample under cacheComponents. This one fails the parsers above, so the
 * build prerenders a 404 without touching the database; real pages are rendered on first request and cached.
 */
export const BUILD_SAMPLE = { slug: "_", page: "0" } as const;
