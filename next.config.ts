import path from "node:path";
import type { NextConfig } from "next";
import { PHASE_PRODUCTION_SERVER } from "next/constants";
import { exitOnConfigError, getConfig, type Config } from "./lib/config";
import { requireSiteUrl } from "./lib/site-url";
import { noindexPaths } from "./lib/seo/robots";
import { PAGE_PREFIX, TOP_LEVEL_PAGE_SLUGS } from "./lib/pages";
import { STATIC_POLICY, STATIC_POLICY_SOURCE, staticSecurityHeaders } from "./lib/http/security-headers";

// Lists live at …/seite/<n>; the first page is served under the list's own URL and has no /seite/1 twin.
// The comment form's answers and the reply links carry one of these; such requests get the article's per-request
// twin, so the plain article stays cached whole (app/(site)/artikel/[slug]/kommentieren).
const commentFormQueries = ["antwort", "entwurf", "kommentar"];
const lists = ["", "/kategorie/:slug", "/schlagwort/:slug", "/autor/:slug"];

// With REDIS_URL every instance shares one cache: 'use cache' entries, whole pages and the tag invalidations of both
// (lib/cache/). Without it Next's in-process defaults stay, which is all a single instance needs.
const sharedCache = (settings: Config): NextConfig =>
  settings.redisUrl
    ? {
        cacheHandler: path.join(process.cwd(), "lib/cache/page-cache-handler.mjs"),
        cacheHandlers: {
          default: path.join(process.cwd(), "lib/cache/use-cache-handler.mjs"),
          remote: path.join(process.cwd(), "lib/cache/use-cache-handler.mjs"),
        },
        // No per-process copy in front of Redis: it would keep serving a page another instance invalidated.
        cacheMaxMemorySize: 0,
      }
    : {};

const nextConfigFor = (settings: Config): NextConfig => ({
  ...sharedCache(settings),
  // deploy/Dockerfile builds a self-contained server (.next/standalone); `next start` keeps the ordinary build. A
  // switch of that build, not of the app, so it is read here and not in lib/config.ts.
  ...(process.env.NEXT_OUTPUT === "standalone" ? { output: "standalone" as const } : {}),
  cacheComponents: true,
  // Off on purpose: the first request for a URL waits for the full render, so an unknown slug answers with a real
  // 404 status (not a 200 shell that streams a not-found page) and crawlers get complete HTML. The finished page is
  // then cached, so only the first visitor waits.
  partialPrefetching: false,
  poweredByHeader: false,
  // proxy.ts strips a trailing slash from Blattwerk's addresses itself and answers an old site's (which keep theirs)
  // with one redirect, not two.
  skipTrailingSlashRedirect: true,
  // On by default: a kept reader page is gzipped once per version (lib/http/front-cache.ts), and deploy/nginx.conf caches
  // each encoding. COMPRESS_RESPONSES=false is for a proxy in front that compresses and caches compressed copies itself.
  compress: settings.compressResponses,
  serverExternalPackages: ["@electric-sql/pglite", "proper-lockfile", "@node-rs/argon2", "ioredis"],
  // Room for the longest body the editor accepts (200,000 characters of UTF-8) so it reaches validation and gets a
  // message under its field; anything bigger is refused by Next before it is read, and the editor keeps the text.
  experimental: { serverActions: { bodySizeLimit: "2mb" } },
  async redirects() {
    return [
      ...lists.map((base) => ({ source: `${base}/seite/1`, destination: base || "/", permanent: true })),
      // The legal pages have one address each: their twin under /info/ points to it.
      ...TOP_LEVEL_PAGE_SLUGS.map((slug) => ({ source: `${PAGE_PREFIX}/${slug}`, destination: `/${slug}`, permanent: true })),
    ];
  },
  async rewrites() {
    return {
      beforeFiles: [
        ...lists.map((base) => ({ source: base || "/", destination: `${base}/seite/1` })),
        // Fixed legal paths are served by the one page route, whose slug param keeps the database out of the build.
        ...TOP_LEVEL_PAGE_SLUGS.map((slug) => ({ source: `/${slug}`, destination: `${PAGE_PREFIX}/${slug}` })),
        ...commentFormQueries.map((key) => ({
          source: "/artikel/:slug",
          has: [{ type: "query" as const, key }],
          destination: "/artikel/:slug/kommentieren",
        })),
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  async headers() {
    const noindex = [{ key: "X-Robots-Tag", value: "noindex, nofollow" }];
    return [
      // Security headers on every response (docs/security.md); pages rendered per request get their CSP in proxy.ts.
      { source: "/:path*", headers: staticSecurityHeaders(settings.siteUrl) },
      { source: STATIC_POLICY_SOURCE, headers: [{ key: "Content-Security-Policy", value: STATIC_POLICY }] },
      // robots.txt only asks crawlers not to fetch these; the header keeps them out of the index even when linked.
      ...noindexPaths.flatMap((path) => [path, `${path}/:rest*`].map((source) => ({ source, headers: noindex }))),
      // The article with a form state is the same article: only the plain URL is indexed.
      ...commentFormQueries.map((key) => ({ source: "/artikel/:slug", has: [{ type: "query" as const, key }], headers: noindex })),
      { source: "/artikel/:slug/kommentieren", headers: noindex },
    ];
  },
});

export default function config(phase: string): NextConfig {
  // A wrong variable stops dev, build and start with its message. `next start` also refuses to serve without
  // SITE_URL; build and dev fall back to localhost (lib/site-url.ts).
  const settings = exitOnConfigError(() => {
    const read = getConfig();
    if (phase === PHASE_PRODUCTION_SERVER) requireSiteUrl(read);
    return read;
  });
  return nextConfigFor(settings);
}
