// Rules of reader comments that need no database: the spam rules, and how a comment's plain text becomes
// paragraphs with links (as data, so React escapes every character and nothing a reader typed can become markup).

/** More links than this send a comment to spam. */
export const MAX_LINKS = 2;
export const BODY_MIN = 2;
export const BODY_MAX = 5000;
export const NAME_MAX = 120;

const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;
const MARKUP_LINK = /<a\s|\[url[=\]]/gi;

export function linkCount(text: string): number {
  return (text.match(LINK)?.length ?? 0) + (text.match(MARKUP_LINK)?.length ?? 0);
}

/** Case, accents' composed forms and spacing do not hide a word from the block list. */
function normalise(text: string): string {
  return text.normalize("NFKC").toLocaleLowerCase("de-DE").replace(/\s+/g, " ");
}

/** The block list as editors keep it: one word or phrase per line; blank lines and very short entries ignored. */
export function parseBlockList(text: string): string[] {
  return [...new Set(text.split(/\r?\n/).map((line) => normalise(line).trim()).filter((line) => line.length >= 2))];
}

export function blockedWordIn(texts: string[], blockList: string[]): string | null {
  const haystack = normalise(texts.join(" "));
  return blockList.find((word) => haystack.includes(word)) ?? null;
}

export type SpamReason = "links" | "blocklist" | "duplicate";

/** Why a comment is held as spam by the rules that need no database, or null. */
export function spamReasonOf(comment: { name: string; body: string }, blockList: string[]): SpamReason | null {
  if (linkCount(comment.body) + linkCount(comment.name) > MAX_LINKS) return "links";
  if (blockedWordIn([comment.name, comment.body], blockList)) return "blocklist";
  return null;
}

/** Characters that have no place in a comment: NUL and other C0 controls except tab and line breaks. */
export function hasControlCharacters(text: string): boolean {
  return /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text);
}

export type TextPiece = { text: string } | { href: string; text: string } | { lineBreak: true };

// Punctuation that usually ends the sentence rather than the address.
const TRAILING = /[.,;:!?)\]}'"»“]+$/;

function linkify(line: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of line.matchAll(LINK)) {
    let address = match[0];
    const trailing = TRAILING.exec(address)?.[0] ?? "";
    address = address.slice(0, address.length - trailing.length);
    const start = match.index;
    if (start > last) pieces.push({ text: line.slice(last, start) });
    const href = /^www\./i.test(address) ? `https://${address}` : address;
    let valid = false;
    try {
      valid = ["http:", "https:"].includes(new URL(href).protocol);
    } catch {
      valid = false;
    }
    pieces.push(valid && address.length > 0 ? { href, text: address } : { text: address });
    last = start + address.length;
  }
  if (last < line.length) pieces.push({ text: line.slice(last) });
  return pieces;
}

/** Paragraphs at blank lines, line breaks kept inside them, web addresses as links. */
export function commentParagraphs(body: string): TextPiece[][] {
  return body
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) =>
      paragraph.split("\n").flatMap((line, index) => [...(index > 0 ? [{ lineBreak: true as const }] : []), ...linkify(line)]),
    );
}

/** The anchor of a comment on its article. */
export function commentAnchor(id: number): string {
  return `kommentar-${id}`;
}

/** Closing after N days: comments stay open until publication + N days; 0 means never closed by age. */
export function closedByAge(publishedAt: Date, closeAfterDays: number, now = new Date()): boolean {
  return closeAfterDays > 0 && now.getTime() >= publishedAt.getTime() + closeAfterDays * 86_400_000;
}
