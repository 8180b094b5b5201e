// Locale-aware formatting of dates and reading times for the reader pages.
import { t } from "./i18n";

/** The zone dates are shown in and editors' dates are meant in. */
export const TIME_ZONE = process.env.SITE_TIME_ZONE || "Europe/Berlin";

const longDate = new Intl.DateTimeFormat(t.locale, { day: "numeric", month: "long", year: "numeric", timeZone: TIME_ZONE });

/** "27. November 2026" */
export function formatDate(date: Date): string {
  return longDate.format(date);
}

export { readingMinutes } from "./reading-time";

const dateTime = new Intl.DateTimeFormat(t.locale, {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: TIME_ZONE,
});
const timeOnly = new Intl.DateTimeFormat(t.locale, { hour: "2-digit", minute: "2-digit", timeZone: TIME_ZONE });

/** "27. November 2026 um 14:02" */
export function formatDateTime(date: Date): string {
  return dateTime.format(date);
}

/** "2. Dezember 2026, 14:05": a comment's time, as readers see it. */
export function formatDateAndTime(date: Date): string {
  return `${longDate.format(date)}, ${timeOnly.format(date)}`;
}

/** "14:02" */
export function formatTime(date: Date): string {
  return timeOnly.format(date);
}

/** Wall-clock parts of an instant in a time zone, e.g. { year: "2026", month: "11", …, hour: "14" }. */
export function zonedParts(date: Date, timeZone = TIME_ZONE): Record<"year" | "month" | "day" | "hour" | "minute" | "second", string> {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(date);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? "00";
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second") };
}
