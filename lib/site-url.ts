// The publication's public origin, the one source of absolute URLs (links in feeds, sitemaps, canonical, JSON-LD).
import { ConfigError, getConfig, type Config } from "./config";

/**
 * Refuses to serve production without SITE_URL: a guessed origin would put localhost into every feed, sitemap
 * and canonical link that search engines and feed readers then keep for years. Called when `next start` loads
 * the config.
 */
export function requireSiteUrl(config: Config = getConfig()): string {
  if (!config.siteUrl) {
    throw new ConfigError(
      "Invalid configuration: SITE_URL is not set. Set it to the publication's public origin, e.g. " +
        "SITE_URL=https://amtsblatt.example (`npm run demo` sets http://localhost:3000 for you).",
    );
  }
  return config.siteUrl;
}

export function siteUrl(): string {
  const { siteUrl: configured, port } = getConfig();
  // Development, tests and the build fall back to the local server; production start has checked SITE_URL.
  return configured ?? `http://localhost:${port}`;
}

/** "/artikel/x" → "https://example.org/artikel/x". */
export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith("/") ? path : `/${path}`}`;
}
