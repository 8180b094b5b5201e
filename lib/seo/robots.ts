// What crawlers may not index: the editors' side, private previews, search results and sign-in.

/** Disallowed in robots.txt and answered with `X-Robots-Tag: noindex` (next.config.ts). */
export const noindexPaths = ["/dashboard", "/anmelden", "/vorschau", "/suche", "/api"] as const;

export function robotsTxt(origin: string): string {
  return [
    "User-agent: *",
    "Allow: /",
    ...noindexPaths.map((path) => `Disallow: ${path}`),
    "",
    `Sitemap: ${origin}/sitemap.xml`,
    "",
  ].join("\n");
}
