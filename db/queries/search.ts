// Full-text search over posts: German stemming, relevance ranking, highlighted snippets and a typo-tolerant fallback.
import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { normaliseQuery, queryWords, replaceWords } from "@/lib/search-query";
import { can } from "@/lib/permissions";
import { siteConfig } from "@/lib/site-config";
import type { Database } from "../client";
import { getDb } from "../connection";
import { posts } from "../schema";
import { categoriesByPost, type AuthorRef, type CategoryRef } from "./posts";
import { cacheTag } from "next/cache";
import { tagFor } from "@/lib/cache-tags";
import { readerCacheRefreshedWithin } from "./reader-cache";
import { readerVisibleAndDue } from "./visibility";
import type { CurrentUser } from "./users";

/** A run of text, marked when it matched the query (rendered as <mark>). Plain text: never HTML. */
export type TextPart = { text: string; marked: boolean };

export type SearchHit = {
  id: number;
  slug: string;
  title: string;
  titleParts: TextPart[];
  snippet: TextPart[];
  /** Null only for an editor's unpublished draft. */
  publishedAt: Date | null;
  status: "draft" | "review" | "published";
  author: AuthorRef;
  categories: CategoryRef[];
};

export type SearchOutcome =
  /** Nothing to search for: the field was empty. */
  | { kind: "no-query" }
  /** The query held no searchable word (only stop words, punctuation or emoji). */
  | { kind: "no-terms"; query: string }
  | {
      kind: "results";
      query: string;
      /** May exceed pageCount when a link points past the last page; hits are then empty. */
      page: number;
      pageCount: number;
      total: number;
      /**
       * True for a very broad query: more than `total` posts match, and the hits are the most relevant among the
       * `total` newest matches (see broadSearchPageSql).
       */
      totalIsCapped: boolean;
      hits: SearchHit[];
      /** A corrected query that finds more posts („Meinten Sie …?“), offered when this one finds few. */
      suggestion: string | null;
      /** Posts whose titles resemble the query (trigram similarity), offered when nothing else helps. */
      similar: SearchHit[];
    };

/**
 * Readers see published, due, untrashed posts. Editors (the dashboard, which must check the session before calling)
 * also see drafts, posts in review and scheduled posts, but never the trash.
 */
export type SearchAudience = "readers" | "editors";

/**
 * When the planner expects a query to match many posts (at least `minMatches` and `minShare` of all), ranking every
 * match would cost a heap visit per match (about 2.5 µs each: 100 ms for 40,000 matches). Such a query instead ranks
 * the newest `candidates` matches among the newest `window` posts, which stays cheap because broad terms are dense
 * there. If the window holds fewer matches than that, the estimate was wrong and every match is ranked after all.
 */
export type BroadQueryLimits = { minMatches: number; minShare: number; window: number; candidates: number };
export const BROAD_QUERY_LIMITS: BroadQueryLimits = { minMatches: 2_000, minShare: 0.05, window: 12_000, candidates: 300 };

/** Below this many hits the fallbacks run: a corrected query and similar titles. */
const FEW_HITS = 3;
const SIMILAR_LIMIT = 5;
const MAX_CORRECTED_WORDS = 8;
/** Trigram search over long input only finds noise and costs time. */
const MAX_SIMILAR_QUERY_LENGTH = 80;
/** Quotes or a -word ask for exactly this; similar titles would ignore the phrase or bring back the excluded word. */
const EXACT_SYNTAX = /"|(?:^|\s)-\S/u;

// Private-use characters as highlight markers: they cannot occur in the text (they are stripped first), so the
// marked-up headline is split into plain text parts and never handled as HTML.
const MARK_START = "\uE000";
const MARK_END = "\uE001";
const snippetOptions = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=15, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "`;
const titleOptions = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;

function visibleTo(audience: SearchAudience): SQL {
  return audience === "readers" ? readerVisibleAndDue : sql`${posts.deletedAt} is null`;
}

function tsQuery(query: string): SQL {
  // websearch_to_tsquery never raises on malformed input: quotes make phrases, a leading - excludes, "or" is OR.
  return sql`websearch_to_tsquery('german'::regconfig, ${query})`;
}

/**
 * The full-text condition and rank on their own, for lists that filter by more than a search (the dashboard's post
 * list): the same German stemming, phrases and exclusions as the reader search.
 */
export function fullTextMatch(query: string): { matches: SQL; rank: SQL } {
  return {
    matches: sql`${posts.searchVector} @@ ${tsQuery(query)}`,
    rank: sql`ts_rank(${posts.searchVector}, ${tsQuery(query)})`,
  };
}

/** Markdown and stray HTML reduced to readable text for snippets; the markers are removed so they stay unambiguous. */
function plainText(markdown: SQL): SQL {
  const image = String.raw`!\[[^]]*\]\([^)]*\)`;
  const link = String.raw`\[([^]]*)\]\([^)]*\)`;
  const tag = "<[^>]*>";
  const syntax = `[#*_\`>~|${MARK_START}${MARK_END}]+`;
  const whitespace = String.raw`\s+`;
  return sql`regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(${markdown},
    ${image}, ' ', 'g'), ${link}, '\\1', 'g'), ${tag}, ' ', 'g'), ${syntax}, ' ', 'g'), ${whitespace}, ' ', 'g')`;
}

export function splitMarks(headline: string): TextPart[] {
  const parts: TextPart[] = [];
  for (const [index, chunk] of headline.split(MARK_START).entries()) {
    const [inside, after] = index === 0 ? [undefined, chunk] : splitOnce(chunk, MARK_END);
    if (inside) parts.push({ text: inside, marked: true });
    if (after) parts.push({ text: after, marked: false });
  }
  return parts;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, ""] : [text.slice(0, at), text.slice(at + separator.length)];
}

/**
 * The SQL of one results page: matching posts ranked by relevance (title A > excerpt, categories B > body C), newer
 * first among equals. The GIN index on search_vector finds the matches; the window count saves a second pass.
 * Exported so the benchmark can EXPLAIN exactly what runs.
 */
export function searchPageSql(query: string, page: number, audience: SearchAudience): SQL {
  const perPage = siteConfig.postsPerPage;
  // The rank is computed in the inner query so the window and the sort carry narrow rows, not the documents;
  // `offset 0` keeps PostgreSQL from folding it into the outer query, which would carry every matching document
  // through the window (spilling to disk for broad queries) and rank afterwards.
  return sql`select id, count(*) over () as total from (
      select ${posts.id} as id, ${posts.publishedAt} as published_at, ts_rank(${posts.searchVector}, query) as rank
      from ${posts}, ${tsQuery(query)} as query
      where ${posts.searchVector} @@ query and ${visibleTo(audience)}
      offset 0
    ) as matches
    order by rank desc, published_at desc nulls last, id desc
    limit ${perPage} offset ${(page - 1) * perPage}`;
}

/**
 * One results page of a broad query: the newest `candidates` matches among the newest `window` visible posts (the
 * reader feed index walks them in order and stops early), ranked like searchPageSql. Readers only: the window is
 * the reader feed. One candidate more than the cap tells whether the cap was reached.
 */
export function broadSearchPageSql(query: string, page: number, limits: BroadQueryLimits): SQL {
  const perPage = siteConfig.postsPerPage;
  return sql`select id, total from (
      select id, published_at, rank, count(*) over () as total,
        row_number() over (order by published_at desc nulls first, id desc) as newest
      from (
        select id, published_at, ts_rank(search_vector, query) as rank from (
          select ${posts.id} as id, ${posts.publishedAt} as published_at, ${posts.searchVector} as search_vector
          from ${posts} where ${readerVisibleAndDue}
          order by ${posts.publishedAt} desc nulls first, ${posts.id} desc
          limit ${limits.window}
        ) as recent, ${tsQuery(query)} as query
        where search_vector @@ query
        limit ${limits.candidates + 1}
      ) as found
    ) as candidates
    where newest <= ${limits.candidates}
    order by rank desc, published_at desc nulls last, id desc
    limit ${perPage} offset ${(page - 1) * perPage}`;
}

/** In a tsquery's text, a phrase operator and the lexeme after it: `'leicht' <-> 'sprach'` keeps `'leicht'`. */
const PHRASE_TAIL = String.raw` <[0-9-]+> '(?:[^']|'')*'`;

/**
 * Whether the planner expects the query to match so many posts that broadSearchPageSql is the cheaper way. An
 * estimate from the statistics of the search index (EXPLAIN does not run the query), so it costs well under 1 ms.
 */
async function looksBroad(db: Database, query: string, limits: BroadQueryLimits): Promise<boolean> {
  // The planner guesses phrases far too rare, as if their words were independent („Leichte Sprache“: 1,300 for
  // 11,400 matches). A phrase's first word is an upper bound of its matches and a better guess; if it is too high,
  // the broad search finds too few candidates and the exact one runs after all.
  const plan = await rowsOf<{ "QUERY PLAN": unknown }>(
    db,
    sql`explain (format json) select 1 from ${posts}
      where ${posts.searchVector} @@ regexp_replace(${tsQuery(query)}::text, ${PHRASE_TAIL}, '', 'g')::tsquery
      and ${readerVisibleAndDue}`,
  );
  const raw = plan[0]?.["QUERY PLAN"];
  const parsed = (typeof raw === "string" ? JSON.parse(raw) : raw) as [{ Plan: { "Plan Rows": number } }] | undefined;
  const expected = parsed?.[0]?.Plan["Plan Rows"] ?? 0;
  if (expected < limits.minMatches) return false;
  const table = await rowsOf<{ rows: number }>(db, sql`select reltuples::float8 as rows from pg_class where oid = 'posts'::regclass`);
  return expected >= limits.minShare * Math.max(0, Number(table[0]?.rows ?? 0));
}

/** The trigram fallback: titles containing something like the query, most similar first. Uses the title's GIN index. */
export function similarTitlesSql(query: string, audience: SearchAudience, exclude: number[]): SQL {
  const notShown = exclude.length > 0 ? sql`and ${posts.id} not in (${sql.join(exclude.map((id) => sql`${id}`), sql`, `)})` : sql``;
  return sql`select ${posts.id} as id from ${posts}
    where ${query} <% ${posts.title} and ${visibleTo(audience)} ${notShown}
    order by word_similarity(${query}, ${posts.title}) desc, ${posts.publishedAt} desc nulls last, ${posts.id} desc
    limit ${SIMILAR_LIMIT}`;
}

/** Rows of a raw query; both drivers answer with { rows }, which the shared Database type does not spell out. */
async function rowsOf<T>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

async function countMatches(db: Database, query: string, audience: SearchAudience, cap?: number): Promise<number> {
  const limit = cap === undefined ? sql`` : sql`limit ${cap}`;
  const rows = await rowsOf<{ n: number }>(db, sql`select count(*)::int as n from (
    select 1 from ${posts} where ${posts.searchVector} @@ ${tsQuery(query)} and ${visibleTo(audience)} ${limit}) as matches`);
  return Number(rows[0]?.n ?? 0);
}

async function hasSearchTerms(db: Database, query: string): Promise<boolean> {
  const rows = await rowsOf<{ n: number }>(db, sql`select numnode(${tsQuery(query)}) as n`);
  return Number(rows[0]?.n ?? 0) > 0;
}

type HitRow = {
  id: number;
  slug: string;
  title: string;
  title_marked: string;
  snippet: string;
  status: SearchHit["status"];
  published_at: string | Date | null;
  author_name: string;
  author_slug: string;
};

/** Loads the shown hits with their highlighted title and snippet; ts_headline runs only for these few rows. */
async function loadHits(db: Database, ids: number[], query: string): Promise<SearchHit[]> {
  if (ids.length === 0) return [];
  const idList = sql.join(ids.map((id) => sql`${id}`), sql`, `);
  const rows = await rowsOf<HitRow>(db, sql`select p.id, p.slug, p.title, p.status, p.published_at,
      u.display_name as author_name, u.slug as author_slug,
      ts_headline('german'::regconfig, ${plainText(sql`p.title`)}, q.query, ${titleOptions}) as title_marked,
      ts_headline('german'::regconfig, ${plainText(sql`p.excerpt || E'\n\n' || p.body`)}, q.query, ${snippetOptions}) as snippet
    from posts p join users u on u.id = p.author_id, ${tsQuery(query)} as q(query)
    where p.id in (${idList})`);
  const categories = await categoriesByPost(db, ids);
  const byId = new Map(rows.map((row) => [Number(row.id), row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        id,
        slug: row.slug,
        title: row.title,
        titleParts: splitMarks(row.title_marked),
        snippet: splitMarks(row.snippet.trim()),
        publishedAt: row.published_at === null ? null : new Date(row.published_at),
        status: row.status,
        author: { displayName: row.author_name, slug: row.author_slug },
        categories: categories.get(id) ?? [],
      },
    ];
  });
}

/**
 * „Meinten Sie …?“: each word the vocabulary does not know is replaced by its most similar known word (trigram
 * similarity, GIN index on search_words). Offered only if the corrected query finds more posts this audience may
 * see, so a word known only from a draft is never suggested to readers.
 */
async function suggestCorrection(db: Database, query: string, audience: SearchAudience, found: number) {
  const words = queryWords(query)
    .filter(({ word }) => word.length >= 3)
    .slice(0, MAX_CORRECTED_WORDS);
  if (words.length === 0) return null;
  const lower = words.map(({ word }) => word.toLocaleLowerCase("de-DE"));
  const inputs = sql.join(lower.map((word) => sql`${word}`), sql`, `);
  const rows = await rowsOf<{ input: string; known: boolean; best: string | null }>(db, sql`
    select input,
      exists (select 1 from search_words w where w.word = input) as known,
      (select w.word from search_words w where w.word % input
        order by similarity(w.word, input) desc, abs(length(w.word) - length(input)), w.word limit 1) as best
    from unnest(array[${inputs}]::text[]) as input`);
  const replacements = new Map<number, string>();
  rows.forEach((row, i) => {
    const word = words[i];
    if (word && !row.known && row.best && row.best !== row.input) replacements.set(word.index, row.best);
  });
  if (replacements.size === 0) return null;
  const corrected = replaceWords(query, replacements);
  const correctedCount = await countMatches(db, corrected, audience, found + 1);
  return correctedCount > found ? corrected : null;
}

type MatchingPage = { ids: number[]; total: number; totalIsCapped: boolean };

/** The ids on one results page and the number of matches, the broad way when the query looks broad. */
async function matchingPage(
  db: Database,
  query: string,
  page: number,
  audience: SearchAudience,
  limits: BroadQueryLimits,
): Promise<MatchingPage> {
  type Row = { id: number; total: number | string };
  const read = (rows: Row[]) => ({ ids: rows.map((row) => Number(row.id)), total: Number(rows[0]?.total ?? 0) });
  if (audience === "readers" && (await looksBroad(db, query, limits))) {
    const broad = read(await rowsOf<Row>(db, broadSearchPageSql(query, page, limits)));
    // A page past the candidates has no rows to carry the count, so it is probed on the first page.
    const reachedCap = broad.total > limits.candidates || (broad.ids.length === 0 && page > 1 && (await broadReachesCap(db, query, limits)));
    if (reachedCap) return { ids: broad.ids, total: limits.candidates, totalIsCapped: true };
  }
  return { ...read(await rowsOf<Row>(db, searchPageSql(query, page, audience))), totalIsCapped: false };
}

async function broadReachesCap(db: Database, query: string, limits: BroadQueryLimits): Promise<boolean> {
  const rows = await rowsOf<{ total: number | string }>(db, broadSearchPageSql(query, 1, limits));
  return Number(rows[0]?.total ?? 0) > limits.candidates;
}

/** Who searches: readers, or a signed-in user; drafts are searched only for one who may see every post. */
export type Searcher = "readers" | CurrentUser;

/** One page of search results. The uncached core: readers go through searchPublishedPosts (cached). */
export async function searchPosts(
  db: Database,
  input: { query: string; page: number },
  searcher: Searcher,
  broadLimits: BroadQueryLimits = BROAD_QUERY_LIMITS,
): Promise<SearchOutcome> {
  const audience: SearchAudience = searcher !== "readers" && can.seeAllPosts(searcher) ? "editors" : "readers";
  const query = normaliseQuery(input.query);
  if (query === "") return { kind: "no-query" };
  const page = Math.max(1, Math.floor(input.page));
  const perPage = siteConfig.postsPerPage;

  const matches = await matchingPage(db, query, page, audience, broadLimits);
  const { ids, totalIsCapped } = matches;
  let total = matches.total;
  if (ids.length === 0 && !totalIsCapped) {
    if (page > 1) total = await countMatches(db, query, audience);
    if (total === 0 && !(await hasSearchTerms(db, query))) return { kind: "no-terms", query };
  }
  const hits = await loadHits(db, ids, query);

  let suggestion: string | null = null;
  let similar: SearchHit[] = [];
  if (total < FEW_HITS && page === 1) {
    suggestion = await suggestCorrection(db, query, audience, total);
    // Similar titles are the last resort: when nothing matched and no correction helps (a part of a compound word).
    if (total === 0 && !suggestion && query.length <= MAX_SIMILAR_QUERY_LENGTH && !EXACT_SYNTAX.test(query)) {
      const rows = await rowsOf<{ id: number }>(db, similarTitlesSql(query, audience, ids));
      similar = await loadHits(db, rows.map((row) => Number(row.id)), query);
    }
  }
  return {
    kind: "results",
    query,
    page,
    pageCount: Math.max(1, Math.ceil(total / perPage)),
    total,
    totalIsCapped,
    hits,
    suggestion,
    similar,
  };
}

/**
 * How long a cached search may miss a newly published post. Publishing does not drop cached searches: each publish
 * would re-run every search readers asked for, the most expensive query there is, and a busy site publishes often.
 */
export const SEARCH_REFRESH_SECONDS = 60;

/**
 * Reader search, cached per normalised query and page. A change to a post it shows drops it at once (tagged by the
 * posts' ids); a post that newly matches appears with the next refresh, within SEARCH_REFRESH_SECONDS.
 */
export async function searchPublishedPosts({ query, page }: { query: string; page: number }): Promise<SearchOutcome> {
  "use cache";
  await readerCacheRefreshedWithin(SEARCH_REFRESH_SECONDS);
  const outcome = await searchPosts(await getDb(), { query, page }, "readers");
  if (outcome.kind === "results") {
    const shown = [...outcome.hits, ...outcome.similar];
    if (shown.length > 0) cacheTag(...new Set(shown.map((hit) => tagFor.post(hit.id))));
  }
  return outcome;
}
