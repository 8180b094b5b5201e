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

const MAX_ID = 2_147_483_647;

/** A database id (PostgreSQL integer) from a route or form: "7" → 7; "1e10", "2147483648", "07", "-1" → null. */
export function parseId(raw: unknown): number | null {
  if (typeof raw === "number") return Number.isInteger(raw) && raw > 0 && raw <= MAX_ID ? raw : null;
  if (typeof raw !== "string" || !/^[1-9]\d{0,9}$/.test(raw)) return null;
  const id = Number(raw);
  return id <= MAX_ID ? id : null;
}

/**
 * For server actions, whose data functions answer 404 for an id that does not exist: anything that is not a
 * database id becomes 0, which no row has, instead of a value PostgreSQL refuses with an error.
 */
export function idFrom(raw: unknown): number {
  return parseId(raw) ?? 0;
}

/**
 * generateStaticParams must name one sample under cacheComponents. This one fails the parsers above, so the
 * build prerenders a 404 without touching the database; real pages are rendered on first request and cached.
 */
export const BUILD_SAMPLE = { slug: "_", page: "0" } as const;
