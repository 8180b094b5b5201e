// Accessibility hints for a post's Markdown while it is written: skipped heading levels and images without alt text.
import { tEditorial } from "./i18n";

const c = tEditorial.checks;

/** The article's title is its h1, so the body's headings start at h2 and go down one level at a time. */
export function accessibilityWarnings(markdown: string): string[] {
  const warnings: string[] = [];
  let previous = 1;
  let fenced = false;
  for (const line of markdown.split(/\r?\n/)) {
    if (/^\s{0,3}(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const level = heading[1]!.length;
      const text = heading[2] ?? "";
      if (level === 1) warnings.push(c.h1(text));
      else if (level > previous + 1) warnings.push(c.skipped(text, previous, level));
      previous = level;
    }
    for (const image of line.matchAll(/!\[([^\]]*)\]\(([^)\s]*)/g)) {
      if (!image[1]!.trim()) warnings.push(c.imageAlt(image[2] ?? ""));
    }
  }
  return warnings;
}
