// Locale-aware formatting of dates and reading times for the reader pages, in the site's time zone (SITE_TIME_ZONE).
import { getConfig } from "./config";
import { t } from "./i18n";

type Formats = { longDate: Intl.DateTimeFormat; dateTime: Intl.DateTimeFormat; timeOnly: Intl.DateTimeFormat };
const formatsByZone = new Map<string, Formats>();

/** Built on first use, once per zone: the zone comes from the configuration, which is read lazily. */
function formats(): Formats {
  const timeZone = getConfig().siteTimeZone;
  let made = formatsByZone.get(timeZone);
  if (!made) {
    made = {
      longDate: new Intl.DateTimeFormat(t.locale, { day: "numeric", month: "long", year: "numeric", timeZone }),
      dateTime: new Intl.DateTimeFormat(t.locale, { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone }),
      timeOnly: new Intl.DateTimeFormat(t.locale, { hour: "2-digit", minute: "2-digit", timeZone }),
    };
    formatsByZone.set(timeZone, made);
  }
  return made;
}

/** "27. November 2026" */
export function formatDate(date: Date): string {
  return formats().longDate.format(date);
}

export { readingMinutes } from "./reading-time";

/** "27. November 2026 um 14:02" */
export function formatDateTime(date: Date): string {
  return formats().dateTime.format(date);
}

/** "2. Dezember 2026, 14:05": a comment's time, as readers see it. */
export function formatDateAndTime(date: Date): string {
  const { longDate, timeOnly } = formats();
  return `${longDate.format(date)}, ${timeOnly.format(date)}`;
}

/** "14:02" */
export function formatTime(date: Date): string {
  return formats().timeOnly.format(date);
}

/** Wall-clock parts of an instant in a time zone (default the site's), e.g. { year: "2026", month: "11", …, hour: "14" }. */
export function zonedParts(date: Date, timeZone = getConfig().siteTimeZone): Record<"year" | "month" | "day" | "hour" | "minute" | "second", string> {
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
