// Self-hosted typeface from an npm package: no request ever leaves for a font CDN. UI text uses the system font
// stack (globals.css); only the serif of headings and body text is a web font, Latin subset, one variable file per
// style. The upright cut is preloaded; the italic joins the same family unpreloaded, so only pages with emphasis
// fetch it (a reader's first view requests at most these two files).
import localFont from "next/font/local";

// next/font reads these calls at build time: every value must be a literal.

export const sourceSerif = localFont({
  src: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2",
  style: "normal",
  weight: "200 900",
  variable: "--font-source-serif",
  display: "swap",
  adjustFontFallback: "Times New Roman",
});

export const sourceSerifItalic = localFont({
  src: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2",
  style: "italic",
  weight: "200 900",
  variable: "--font-source-serif-italic",
  display: "swap",
  preload: false,
  adjustFontFallback: false,
  declarations: [{ prop: "font-family", value: "sourceSerif" }],
});
