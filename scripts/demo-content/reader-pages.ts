// One address of each public page type in the demo publication, for the byte-budget test and the Lighthouse run.
export type ReaderPage = { name: string; path: string; status: number; noindex?: boolean };

export const readerPageTypes: readonly ReaderPage[] = [
  { name: "home", path: "/", status: 200 },
  { name: "list page", path: "/seite/2", status: 200 },
  { name: "category", path: "/kategorie/basics", status: 200 },
  { name: "tag", path: "/schlagwort/video", status: 200 },
  { name: "article with cover", path: "/artikel/willkommen-bei-amtsblatt-digital", status: 200 },
  { name: "article in a series", path: "/artikel/fediverse-im-landratsamt-5-fragen-an-jonas-terhaar", status: 200 },
  { name: "author", path: "/autor/jana-wiesner", status: 200 },
  { name: "series", path: "/serie/fuenf-fragen-an", status: 200 },
  // Search results are noindex on purpose (robots.txt and X-Robots-Tag), so their SEO score is not a target.
  { name: "search", path: "/suche?q=Instagram", status: 200, noindex: true },
  { name: "legal page", path: "/impressum", status: 200 },
  { name: "not found", path: "/gibt-es-nicht", status: 404, noindex: true },
];
