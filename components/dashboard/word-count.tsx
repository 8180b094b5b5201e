"use client";

// Words and reading time of the text while it is written, counted as the reader site counts its „Min. Lesezeit“.
// Deliberately no live region: a screen reader hears it with the field's description, not after every keystroke.
import { useDeferredValue } from "react";
import { tEditorial } from "@/lib/i18n";
import { countWords, readingMinutes } from "@/lib/reading-time";

const t = tEditorial.writing;

export function WordCount({ id, text }: { id: string; text: string }) {
  const deferred = useDeferredValue(text);
  return (
    <p id={id} className="text-xs text-muted" data-testid="wortzahl">
      {t.words(countWords(deferred))} · {t.readingTime(readingMinutes(deferred))}
    </p>
  );
}
