// How long a text takes to read: one count for the reader site's „Min. Lesezeit“ and the editor's word count.

/** What `\s` matches in a JavaScript regular expression. */
function isSpace(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/**
 * Words: runs of anything but white space. A loop rather than `split(/\s+/)`, which builds an array of every word and
 * takes a second on the longest texts the editor allows; the editor counts on every keystroke.
 */
export function countWords(markdown: string): number {
  let words = 0;
  let inWord = false;
  for (let index = 0; index < markdown.length; index++) {
    const space = isSpace(markdown.charCodeAt(index));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

const WORDS_PER_MINUTE = 200;

/** Minutes of reading, at least one: the reader site's „Min. Lesezeit“ and the editor's count agree on it. */
export function readingMinutes(markdown: string): number {
  return Math.max(1, Math.round(countWords(markdown) / WORDS_PER_MINUTE));
}
