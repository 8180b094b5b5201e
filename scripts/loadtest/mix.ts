// The reader mix of the load run: which page kind a request asks for, and which page of that kind.
// Deterministic for a seed, so two runs send the same sequence and their figures compare.

export type PageKind = "home" | "article" | "taxonomy" | "search" | "feed";

export type MixInput = {
  /** Article slugs, most popular first: a few hot ones, then the long tail. */
  articles: string[];
  /** Category and tag slugs; a tag entry is written `tag:<slug>`. */
  taxonomies: string[];
  queries: string[];
  /** Highest list page number worth asking for. */
  listPages: number;
};

export type MixRequest = { kind: PageKind; path: string };

/** Shares of the issue's reader mix, in percent. */
export const MIX_WEIGHTS: Record<PageKind, number> = { home: 30, article: 40, taxonomy: 10, search: 10, feed: 10 };

const FEEDS = ["/feed.xml", "/feed.atom", "/feed.json", "/sitemap.xml", "/sitemaps/seiten.xml", "/sitemaps/beitraege-1.xml", "/robots.txt"];

/** mulberry32: a tiny seeded generator; Math.random cannot be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Index into a list of `size` items with Zipf-like popularity (exponent 1): the first item is asked for about
 * `size` times as often as the last, the way readers crowd onto a few articles of the day.
 */
export function zipfIndex(random: () => number, size: number): number {
  // Inverse of the continuous approximation of the harmonic CDF: H(k) ≈ ln(k) + γ, scaled to [0, H(size)].
  const total = Math.log(size) + 0.5772;
  const k = Math.exp(random() * total - 0.5772);
  return Math.min(size - 1, Math.max(0, Math.floor(k) - 1));
}

export function createMix(input: MixInput, seed = 1): () => MixRequest {
  if (input.articles.length === 0) throw new Error("The mix needs at least one article.");
  const random = seededRandom(seed);
  const kinds = Object.entries(MIX_WEIGHTS) as [PageKind, number][];
  const totalWeight = kinds.reduce((sum, [, weight]) => sum + weight, 0);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

  const pathFor: Record<PageKind, () => string> = {
    home: () => {
      const page = Math.floor(random() * Math.min(input.listPages, 20)) + 1;
      // Most readers land on the front page; the rest page through the archive.
      return random() < 0.6 || page === 1 ? "/" : `/seite/${page}`;
    },
    article: () => `/artikel/${input.articles[zipfIndex(random, input.articles.length)]}`,
    taxonomy: () => {
      if (input.taxonomies.length === 0) return "/";
      const entry = pick(input.taxonomies);
      return entry.startsWith("tag:") ? `/schlagwort/${entry.slice(4)}` : `/kategorie/${entry}`;
    },
    search: () => (input.queries.length ? `/suche?q=${encodeURIComponent(pick(input.queries))}` : "/suche"),
    feed: () => pick(FEEDS),
  };

  return () => {
    let roll = random() * totalWeight;
    for (const [kind, weight] of kinds) {
      roll -= weight;
      if (roll < 0) return { kind, path: pathFor[kind]() };
    }
    return { kind: "home", path: "/" };
  };
}

/** A stream of search queries that never repeat: each one is a new cache key, as a crawler or an attacker sends. */
export function createUniqueQueries(seed = 7): () => MixRequest {
  const random = seededRandom(seed);
  const words = ["Behörde", "Instagram", "Bürgerdialog", "Video", "Wahl", "Krise", "Netiquette", "Amt", "Podcast", "Kanal"];
  let n = 0;
  return () => {
    n += 1;
    const word = words[Math.floor(random() * words.length)];
    return { kind: "search", path: `/suche?q=${encodeURIComponent(`${word} ${n.toString(36)}`)}` };
  };
}
