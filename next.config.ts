import type { NextConfig } from "next";

// Lists live at …/seite/<n>; the first page is served under the list's own URL and has no /seite/1 twin.
const lists = ["", "/kategorie/:slug", "/autor/:slug"];

const nextConfig: NextConfig = {
  cacheComponents: true,
  // Off on purpose: the first request for a URL waits for the full render, so an unknown slug answers with a real
  // 404 status (not a 200 shell that streams a not-found page) and crawlers get complete HTML. The finished page is
  // then cached, so only the first visitor waits.
  partialPrefetching: false,
  poweredByHeader: false,
  serverExternalPackages: ["@electric-sql/pglite", "proper-lockfile"],
  async redirects() {
    return lists.map((base) => ({ source: `${base}/seite/1`, destination: base || "/", permanent: true }));
  },
  async rewrites() {
    return {
      beforeFiles: lists.map((base) => ({ source: base || "/", destination: `${base}/seite/1` })),
      afterFiles: [],
      fallback: [],
    };
  },
};

export default nextConfig;
