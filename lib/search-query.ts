// Turns whatever arrives in ?q= and ?seite= into a bounded, clean search request; nothing here can fail.
import { parsePageNumber } from "./route-params";

/** Longer queries are cut: nobody types more, and every word is one more term for the index to intersect. */
export const MAX_QUERY_LENGTH = 200;

type RawParam = string | string[] | undefined;

function first(raw: RawParam): string {
  if (Array.isArray(raw)) return raw[0] ?? "";
  return raw ?? "";
}

/**
 * The query as it is searched and cached: Unicode-normalised (NFC, so „Behörde“ typed with a combining umlaut is the
 * same query), control and invisible format characters removed, whitespace collapsed, cut to MAX_QUERY_LENGTH
 * characters without splitting an emoji.
 */
export function normaliseQuery(raw: RawParam): string {
  const cleaned = first(raw)
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
  return Array.from(cleaned).slice(0, MAX_QUERY_LENGTH).join("").trim();
}

/** ?seite=2 → 2; missing or malformed → 1, so an odd link still shows the first page of results. */
export function parseResultPage(raw: RawParam): number {
  return parsePageNumber(first(raw)) ?? 1;
}

/** The URL of a results page; page 1 has no seite parameter. */
export function searchHref(query: string, page = 1): string {
  const params = new URLSearchParams({ q: query });
  if (page > 1) params.set("seite", String(page));
  return `/suche?${params.toString()}`;
}

/** The words of a query that typo correction looks at: runs of letters, as the reader typed them. */
export function queryWords(query: string): { word: string; index: number }[] {
  return Array.from(query.matchAll(/\p{L}+/gu), (match) => ({ word: match[0], index: match.index }));
}

/** Replaces words at their positions, keeping quotes, minus signs and everything else the reader typed. */
export function replaceWords(query: string, replacements: Map<number, string>): string {
  let out = "";
  let at = 0;
  for (const { word, index } of queryWords(query)) {
    const replacement = replacements.get(index);
    if (replacement === undefined) continue;
    out += query.slice(at, index) + matchCase(word, replacement);
    at = index + word.length;
  }
  return out + query.slice(at);
}

/** „Behrde“ → „Behörde“, „behrde“ → „behörde“: the suggestion keeps the reader's capitalisation of the first letter. */
function matchCase(original: string, replacement: string): string {
  const head = original.charAt(0);
  if (head !== head.toLocaleLowerCase("de-DE")) {
    return replacement.charAt(0).toLocaleUpperCase("de-DE") + replacement.slice(1);
  }
  return replacement;
}
