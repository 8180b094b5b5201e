// Playwright's web server: a fresh PGlite folder with demo content and e2e fixtures, then `next start` on it.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { openDatabase } from "@/db/client";
import { diskStorage } from "@/lib/media/storage";
import { seedDemo } from "../../scripts/seed/demo";
import { seedDemoMedia } from "../../scripts/seed/media";
import { seedE2eFixtures } from "./fixture-posts";
import { seedSecurityFixtures } from "../security/seed";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
const dataRoot = path.resolve(".data/e2e");
// Long enough for the server to start and the test to see the post missing first.
const SCHEDULED_DELAY_MS = Number(process.env.E2E_SCHEDULED_DELAY_MS ?? 45_000);

rmSync(dataRoot, { recursive: true, force: true });
mkdirSync(dataRoot, { recursive: true });
const handle = await openDatabase({ dataDir: path.join(dataRoot, "pglite") });
await handle.migrate();
await seedDemo(handle.db);
await seedDemoMedia(handle.db, diskStorage(path.join(dataRoot, "uploads")));
const scheduledDueAt = new Date(Date.now() + SCHEDULED_DELAY_MS);
await seedE2eFixtures(handle.db, scheduledDueAt);
await seedSecurityFixtures(handle.db);
await handle.close();
writeFileSync(path.join(dataRoot, "fixtures.json"), JSON.stringify({ scheduledDueAt: scheduledDueAt.toISOString() }));

const server = spawn("npx", ["next", "start", "-p", String(E2E_PORT), "-H", "127.0.0.1"], {
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: "",
    DATA_DIR: dataRoot,
    UPLOAD_DIR: path.join(dataRoot, "uploads"),
    SITE_URL: `http://127.0.0.1:${E2E_PORT}`,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    // Production runs behind one proxy (nginx); the specs play that proxy and give each test its own client address
    // with X-Forwarded-For, so throttles of one test do not reach another.
    TRUSTED_PROXIES: "1",
    NEXT_TELEMETRY_DISABLED: "1",
  },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
