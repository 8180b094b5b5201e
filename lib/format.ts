// Locale-aware formatting of dates and reading times for the reader pages.
import { t } from "./i18n";

const TIME_ZONE = process.env.SITE_TIME_ZONE ?? "Europe/Berlin";

const longDate = new Intl.DateTimeFormat(t.locale, { day: "numeric", month: "long", year: "numeric", timeZone: TIME_ZONE });

/** "27. November 2026" */
export function formatDate(date: Date): string {
  return longDate.format(date);
}

const WORDS_PER_MINUTE = 200;

export function readingMinutes(markdown: string): number {
  const words = markdown.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
