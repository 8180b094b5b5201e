import { defineConfig } from "@playwright/test";
import base from "./playwright.config";
import { clusterSettings } from "./e2e/support/cluster-settings";

const { clusterPort } = clusterSettings();

// The production topology: `npm run cluster` (2 instances, nginx) on a fresh PostgreSQL database, its own Redis and
// s3rver. One worker: the spec stops Redis and instances, which would disturb any test running beside it.
export default defineConfig({
  ...base,
  testDir: "e2e/cluster",
  testIgnore: [],
  fullyParallel: false,
  workers: 1,
  timeout: 120_000,
  use: { ...base.use, baseURL: `http://127.0.0.1:${clusterPort}` },
  webServer: {
    command: "npx tsx --conditions=react-server e2e/support/start-cluster.ts",
    url: `http://127.0.0.1:${clusterPort}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    // Lets the web server stop the cluster, its Redis and s3rver and drop its database.
    gracefulShutdown: { signal: "SIGTERM", timeout: 40_000 },
  },
});
