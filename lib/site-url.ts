// The publication's public origin, the one source of absolute URLs (links in feeds, sitemaps, canonical, JSON-LD).

export class SiteUrlError extends Error {}

/** "https://example.org/" → "https://example.org"; refuses anything that is not a bare http(s) origin. */
export function parseSiteUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new SiteUrlError(`SITE_URL must be an absolute URL such as https://amtsblatt.example, got "${raw}".`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new SiteUrlError(`SITE_URL must start with https:// or http://, got "${raw}".`);
  }
  // The app has no basePath: a path, query or fragment here would silently produce broken links everywhere.
  if (url.pathname !== "/" || url.search || url.hash || url.username || url.password) {
    throw new SiteUrlError(`SITE_URL must be an origin only (scheme, host, optional port), got "${raw}".`);
  }
  return url.origin;
}

/**
 * Refuses to serve production without SITE_URL: a guessed origin would put localhost into every feed, sitemap
 * and canonical link that search engines and feed readers then keep for years. Called when `next start` loads
 * the config.
 */
export function requireSiteUrl(env: NodeJS.ProcessEnv = process.env): string {
  if (!env.SITE_URL?.trim()) {
    throw new SiteUrlError(
      "SITE_URL is not set. Set it to the publication's public origin, e.g. SITE_URL=https://amtsblatt.example " +
        "(`npm run demo` sets http://localhost:3000 for you).",
    );
  }
  return parseSiteUrl(env.SITE_URL);
}

export function siteUrl(): string {
  const configured = process.env.SITE_URL?.trim();
  // Development, tests and the build fall back to the local server; production start has checked SITE_URL.
  return configured ? parseSiteUrl(configured) : `http://localhost:${process.env.PORT ?? 3000}`;
}

/** "/artikel/x" → "https://example.org/artikel/x". */
export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith("/") ? path : `/${path}`}`;
}
