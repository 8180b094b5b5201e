// Self-hosted typeface from an npm package: no request ever leaves for a font CDN. Only headings (and the masthead)
// use a web font, Source Serif 4 Bold, Latin subset, one static file of 22 KB, preloaded. Body text uses the
// reader's own serif and UI text the system sans (globals.css): a variable file for both weights and an italic
// would be 51 + 52 KB on the way to the first paint, and on the simulated slow phone that was the difference
// between an LCP over and under 1.5 s (docs/performance.md).
import localFont from "next/font/local";

// next/font reads these calls at build time: every value must be a literal.

export const headingSerif = localFont({
  src: "../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff2",
  style: "normal",
  weight: "700",
  variable: "--font-source-serif",
  display: "swap",
  adjustFontFallback: "Times New Roman",
});
