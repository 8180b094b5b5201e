import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      // The data functions run unchanged; only the request-scoped session and Next's cache APIs are replaced (see the
      // files). The session's entry comes before "@", which would otherwise match it first.
      "@/auth": path.resolve(import.meta.dirname, "db/testing/auth.ts"),
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "db/testing/server-only.ts"),
      "next/cache": path.resolve(import.meta.dirname, "db/testing/next-cache.ts"),
    },
  },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", ".next/**", "e2e/**", ".data/**"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: true,
    pool: "forks",
  },
});
