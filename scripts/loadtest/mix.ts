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
      const page = Math.floor(random() * homePages(input)) + 1;
      // Most readers land on the front page; the rest page through the archive.
      return random() < 0.6 || page === 1 ? "/" : `/seite/${page}`;
    },
    article: () => `/artikel/${input.articles[zipfIndex(random, input.articles.length)]}`,
    taxonomy: () => {
      if (input.taxonomies.length === 0) return "/";
      return taxonomyPath(pick(input.taxonomies));
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

/** Readers page through at most this many list pages. */
function homePages(input: MixInput): number {
  return Math.min(input.listPages, 20);
}

function taxonomyPath(entry: string): string {
  return entry.startsWith("tag:") ? `/schlagwort/${entry.slice(4)}` : `/kategorie/${entry}`;
}

/**
 * Every distinct path the mix can ask for, once each. The run renders them all before it measures: a first render
 * costs a few hundred milliseconds of CPU, and 1,000 of them in the measured minute would time the queue of first
 * renders instead of the steady state the targets describe.
 */
export function everyPath(input: MixInput): MixRequest[] {
  const list: MixRequest[] = [{ kind: "home", path: "/" }];
  for (let page = 2; page <= homePages(input); page++) list.push({ kind: "home", path: `/seite/${page}` });
  for (const slug of input.articles) list.push({ kind: "article", path: `/artikel/${slug}` });
  for (const entry of input.taxonomies) list.push({ kind: "taxonomy", path: taxonomyPath(entry) });
  for (const query of input.queries) list.push({ kind: "search", path: `/suche?q=${encodeURIComponent(query)}` });
  for (const feed of FEEDS) list.push({ kind: "feed", path: feed });
  return list;
}

/** A stream of search queries that never repeat: each one is a new cache key, as a crawler or an attacker sends. */
export function createUniqueQueries(seed = 7): () => MixRequest {
  const random = seededRandom(seed);
  const words = ["Behörde", "Instagram", "Bürgerdialog", "Video", "Wahl", "Krise", "Netiquette", "Amt", "Podcast", "Kanal"];
  let n = 0;
  return () => {
    n += 1;
    const word = words[Math.floor(random() * words.length)];
    // The seed in the text: streams of several load threads (threads.ts) never ask the same query either.
    return { kind: "search", path: `/suche?q=${encodeURIComponent(`${word} ${seed.toString(36)}-${n.toString(36)}`)}` };
  };
}
