import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // The data functions run unchanged; only Next's request-scoped cache APIs are replaced (see the file).
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
