// Pure text transformations behind the editor's Markdown toolbar: each turns a text and a selection into one
// replacement (a range and what goes there) plus the selection afterwards, so the editor can apply it as typing.

/** One edit: replace text[from, to) by `insert`; afterwards select [selectionStart, selectionEnd) of the new text. */
export type TextEdit = { from: number; to: number; insert: string; selectionStart: number; selectionEnd: number };

/** The text after an edit (what the textarea holds once the edit is applied). */
export function applyEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.from) + edit.insert + text.slice(edit.to);
}

function clamp(text: string, start: number, end: number): [number, number] {
  const a = Math.max(0, Math.min(start, text.length));
  const b = Math.max(0, Math.min(end, text.length));
  return a <= b ? [a, b] : [b, a];
}

/**
 * Wraps the selection in an inline marker (`**` bold, `_` italic), or unwraps it when it is already wrapped: the
 * markers may stand just outside the selection or be selected along with it. Surrounding spaces stay outside, since
 * `** fett**` is no emphasis in Markdown. An empty selection inserts a pair with the caret between.
 */
export function toggleInline(text: string, start: number, end: number, marker: string): TextEdit {
  [start, end] = clamp(text, start, end);
  const m = marker.length;
  const selected = text.slice(start, end);
  if (selected.length >= 2 * m && selected.startsWith(marker) && selected.endsWith(marker) && !isDoubled(selected, marker)) {
    const inner = selected.slice(m, selected.length - m);
    return { from: start, to: end, insert: inner, selectionStart: start, selectionEnd: start + inner.length };
  }
  if (text.slice(start - m, start) === marker && text.slice(end, end + m) === marker && !isDoubled(text.slice(Math.max(0, start - m - 1), end + m + 1), marker)) {
    return { from: start - m, to: end + m, insert: selected, selectionStart: start - m, selectionEnd: end - m };
  }
  const lead = selected.length - selected.trimStart().length;
  const trail = selected.length - selected.trimEnd().length;
  const core = selected.trim();
  if (core === "") {
    return { from: start, to: end, insert: `${selected}${marker}${marker}`, selectionStart: end + m, selectionEnd: end + m };
  }
  const from = start + lead;
  const to = end - trail;
  return { from, to, insert: `${marker}${core}${marker}`, selectionStart: from + m, selectionEnd: from + m + core.length };
}

/** `*` inside `**…**` is bold's, not italic's: a single-star marker must not take one star of a double. */
function isDoubled(around: string, marker: string): boolean {
  if (marker.length !== 1) return false;
  return around.startsWith(marker.repeat(2)) || around.endsWith(marker.repeat(2));
}

/** The whole lines the selection touches: [start of the first, end of the last). */
function lineRange(text: string, start: number, end: number): [number, number] {
  const from = text.lastIndexOf("\n", start - 1) + 1;
  // A selection ending right after a line break (whole lines selected) does not take in the next line.
  const last = end > start && text[end - 1] === "\n" ? end - 1 : end;
  const next = text.indexOf("\n", last);
  return [from, next === -1 ? text.length : next];
}

export type LinePrefix = "heading" | "bullet" | "numbered" | "quote";

/** `pattern` is what the prefix looks like in any form; `own`, when it differs, is the form that toggles it off. */
const prefixes: Record<LinePrefix, { pattern: RegExp; own?: RegExp; make: (index: number) => string }> = {
  heading: { pattern: /^#{1,6} /, own: /^## /, make: () => "## " },
  bullet: { pattern: /^[-*+] /, make: () => "- " },
  numbered: { pattern: /^\d+[.)] /, make: (index) => `${index + 1}. ` },
  quote: { pattern: /^> ?/, make: () => "> " },
};

/**
 * Prefixes every line the selection touches (a heading, a list, a quote), or removes the prefix when every non-empty
 * line has it already. Empty lines between selected paragraphs stay empty. A heading replaces another heading level;
 * a list replaces the other kind of list.
 */
export function toggleLinePrefix(text: string, start: number, end: number, kind: LinePrefix): TextEdit {
  [start, end] = clamp(text, start, end);
  const [from, to] = lineRange(text, start, end);
  const lines = text.slice(from, to).split("\n");
  const { pattern, own = pattern, make } = prefixes[kind];
  const filled = lines.filter((line) => line.trim() !== "");
  const remove = filled.length > 0 && filled.every((line) => own.test(line));
  let index = 0;
  const changed = lines.map((line) => {
    if (remove) return line.replace(pattern, "");
    if (line.trim() === "" && lines.length > 1) return line;
    let bare = line;
    if (kind === "heading") bare = line.replace(prefixes.heading.pattern, "");
    if (kind === "bullet") bare = line.replace(prefixes.numbered.pattern, "");
    if (kind === "numbered") bare = line.replace(prefixes.bullet.pattern, "");
    return make(index++) + bare.replace(pattern, "");
  });
  const insert = changed.join("\n");
  // A caret stays with its word; a selection grows or shrinks to the changed lines.
  if (start === end && lines.length === 1) {
    const caret = Math.max(from, start + insert.length - (to - from));
    return { from, to, insert, selectionStart: caret, selectionEnd: caret };
  }
  return { from, to, insert, selectionStart: from, selectionEnd: from + insert.length };
}

/**
 * A link around the selection, `[text](https://)`, with the address selected for typing over. A selected address
 * becomes the link's target instead, with the link text selected. Without a selection the link text is selected.
 */
export function insertLink(text: string, start: number, end: number, placeholder: string): TextEdit {
  [start, end] = clamp(text, start, end);
  const selected = text.slice(start, end);
  if (/^https?:\/\/\S+$/.test(selected.trim())) {
    const insert = `[${placeholder}](${selected.trim()})`;
    return { from: start, to: end, insert, selectionStart: start + 1, selectionEnd: start + 1 + placeholder.length };
  }
  if (selected === "") {
    const insert = `[${placeholder}](https://)`;
    return { from: start, to: end, insert, selectionStart: start + 1, selectionEnd: start + 1 + placeholder.length };
  }
  const url = "https://";
  const insert = `[${selected}](${url})`;
  const urlStart = start + selected.length + 3;
  return { from: start, to: end, insert, selectionStart: urlStart, selectionEnd: urlStart + url.length };
}

/**
 * Puts a block (an image) at the caret, or over the selection, as its own paragraph: blank lines before and after
 * as needed, the caret behind it.
 */
export function insertBlock(text: string, start: number, end: number, block: string): TextEdit {
  [start, end] = clamp(text, start, end);
  const before = text.slice(0, start);
  const after = text.slice(end);
  const lead = before === "" || before.endsWith("\n\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n";
  const trail = after.startsWith("\n\n") ? "" : after.startsWith("\n") ? "\n" : after === "" ? "\n" : "\n\n";
  const insert = `${lead}${block}${trail}`;
  const caret = start + insert.length;
  return { from: start, to: end, insert, selectionStart: caret, selectionEnd: caret };
}

/** An image in Markdown; brackets and line breaks would end the alt text early, so they go. */
export function imageMarkdown(alt: string, url: string): string {
  return `![${alt.replace(/[[\]]/g, "").replace(/\s+/g, " ").trim()}](${url})`;
}
