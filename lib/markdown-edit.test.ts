import { describe, expect, it } from "vitest";
import { applyEdit, imageMarkdown, insertBlock, insertLink, toggleInline, toggleLinePrefix, type TextEdit } from "./markdown-edit";
import { countWords, readingMinutes } from "./reading-time";

/** Writes the edit into the text and marks the selection afterwards with [ and ] (a caret as |). */
function show(text: string, edit: TextEdit): string {
  const after = applyEdit(text, edit);
  if (edit.selectionStart === edit.selectionEnd) return `${after.slice(0, edit.selectionStart)}|${after.slice(edit.selectionStart)}`;
  return `${after.slice(0, edit.selectionStart)}[${after.slice(edit.selectionStart, edit.selectionEnd)}]${after.slice(edit.selectionEnd)}`;
}

/** Selection of `word` (its first occurrence) in `text`. */
function at(text: string, word: string): [number, number] {
  const start = text.indexOf(word);
  return [start, start + word.length];
}

describe("toggleInline", () => {
  it("wraps the selection and keeps it selected", () => {
    const text = "Ein wichtiger Satz.";
    expect(show(text, toggleInline(text, ...at(text, "wichtiger"), "**"))).toBe("Ein **[wichtiger]** Satz.");
  });

  it("leaves surrounding spaces outside the markers", () => {
    const text = "Ein wichtiger Satz.";
    expect(show(text, toggleInline(text, ...at(text, " wichtiger "), "*"))).toBe("Ein *[wichtiger]* Satz.");
  });

  it("unwraps when the markers stand around the selection or are selected with it", () => {
    const text = "Ein **wichtiger** Satz.";
    expect(show(text, toggleInline(text, ...at(text, "wichtiger"), "**"))).toBe("Ein [wichtiger] Satz.");
    expect(show(text, toggleInline(text, ...at(text, "**wichtiger**"), "**"))).toBe("Ein [wichtiger] Satz.");
  });

  it("does not mistake bold's stars for italic", () => {
    const text = "Ein **wichtiger** Satz.";
    expect(show(text, toggleInline(text, ...at(text, "wichtiger"), "*"))).toBe("Ein ***[wichtiger]*** Satz.");
    const both = "Ein ***wichtiger*** Satz.";
    expect(show(both, toggleInline(both, ...at(both, "wichtiger"), "**"))).toBe("Ein *[wichtiger]* Satz.");
  });

  it("puts a pair with the caret between when nothing is selected", () => {
    expect(show("Vor nach", toggleInline("Vor nach", 4, 4, "**"))).toBe("Vor **|**nach");
    expect(show("", toggleInline("", 0, 0, "*"))).toBe("*|*");
  });
});

describe("toggleLinePrefix", () => {
  it("makes the caret's line a heading and keeps the caret in its word", () => {
    const text = "Einleitung\nZwischentitel\nText";
    const caret = text.indexOf("titel");
    expect(show(text, toggleLinePrefix(text, caret, caret, "heading"))).toBe("Einleitung\n## Zwischen|titel\nText");
  });

  it("replaces another heading level and removes its own", () => {
    expect(applyEdit("#### Tief", toggleLinePrefix("#### Tief", 6, 6, "heading"))).toBe("## Tief");
    expect(show("## Titel", toggleLinePrefix("## Titel", 5, 5, "heading"))).toBe("Ti|tel");
  });

  it("turns selected lines into a list, skipping blank lines, and back", () => {
    const text = "Eins\nZwei\n\nDrei";
    expect(show(text, toggleLinePrefix(text, 0, text.length, "bullet"))).toBe("[- Eins\n- Zwei\n\n- Drei]");
    expect(show(text, toggleLinePrefix(text, 0, text.length, "numbered"))).toBe("[1. Eins\n2. Zwei\n\n3. Drei]");
    const list = "- Eins\n- Zwei";
    expect(applyEdit(list, toggleLinePrefix(list, 0, list.length, "bullet"))).toBe("Eins\nZwei");
    expect(applyEdit(list, toggleLinePrefix(list, 0, list.length, "numbered"))).toBe("1. Eins\n2. Zwei");
  });

  it("takes in only the lines the selection touches", () => {
    const text = "Davor\nZitat eins\nZitat zwei\nDanach";
    const [start] = at(text, "eins");
    const [, end] = at(text, "Zitat zwei");
    expect(applyEdit(text, toggleLinePrefix(text, start, end + 1, "quote"))).toBe("Davor\n> Zitat eins\n> Zitat zwei\nDanach");
    const quoted = "> Zitat eins\n> Zitat zwei";
    expect(applyEdit(quoted, toggleLinePrefix(quoted, 0, quoted.length, "quote"))).toBe("Zitat eins\nZitat zwei");
  });

  it("prefixes an empty line with the caret after the prefix", () => {
    expect(show("Text\n\n", toggleLinePrefix("Text\n\n", 6, 6, "bullet"))).toBe("Text\n\n- |");
  });
});

describe("insertLink", () => {
  it("links the selected text and selects the address to type over", () => {
    const text = "Zur Stadtverwaltung gehen";
    expect(show(text, toggleLink(text, "Stadtverwaltung"))).toBe("Zur [Stadtverwaltung]([https://]) gehen");
  });

  it("makes a selected address the target and selects the link text", () => {
    const text = "Siehe https://example.org/seite.";
    expect(show(text, toggleLink(text, "https://example.org/seite"))).toBe("Siehe [[Linktext]](https://example.org/seite).");
  });

  it("without a selection, puts a link with its text selected", () => {
    expect(show("A ", insertLink("A ", 2, 2, "Linktext"))).toBe("A [[Linktext]](https://)");
  });

  function toggleLink(text: string, word: string) {
    return insertLink(text, ...at(text, word), "Linktext");
  }
});

describe("insertBlock", () => {
  it("inserts at the caret as its own paragraph, caret after it", () => {
    const text = "Erster Absatz.\n\nZweiter Absatz.";
    const caret = "Erster Absatz.".length;
    expect(show(text, insertBlock(text, caret, caret, "![Bild](/b)"))).toBe("Erster Absatz.\n\n![Bild](/b)|\n\nZweiter Absatz.");
  });

  it("splits a paragraph in the middle and replaces a selection", () => {
    expect(applyEdit("Vor nach", insertBlock("Vor nach", 4, 4, "X"))).toBe("Vor \n\nX\n\nnach");
    expect(applyEdit("A weg B", insertBlock("A weg B", 2, 5, "X"))).toBe("A \n\nX\n\n B");
    expect(applyEdit("", insertBlock("", 0, 0, "X"))).toBe("X\n");
  });
});

describe("imageMarkdown", () => {
  it("keeps the alt text from ending the Markdown early", () => {
    expect(imageMarkdown(" Das [alte]\nRathaus ", "/medien/h/bild")).toBe("![Das alte Rathaus](/medien/h/bild)");
    expect(imageMarkdown("", "/medien/h/bild")).toBe("![](/medien/h/bild)");
  });
});

describe("reading time", () => {
  it("counts words separated by any white space, at least one minute", () => {
    expect(countWords("  Ein  Satz\nmit\tvier ")).toBe(4);
    expect(countWords("")).toBe(0);
    expect(readingMinutes("kurz")).toBe(1);
    expect(readingMinutes(Array(1000).fill("Wort").join(" "))).toBe(5);
  });

  it("counts as splitting on \\s would, every kind of white space included", () => {
    const spaces = " \t\n\v\f\r\u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
    const text = Array.from(spaces, (space, index) => `w${index}${space}`).join("x\u200b");
    expect(countWords(text)).toBe(text.split(/\s+/).filter(Boolean).length);
    expect(countWords(spaces)).toBe(0);
  });
});
