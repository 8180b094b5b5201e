// Playwright's web server for the cluster spec: a fresh PostgreSQL database with the demo, a Redis and an s3rver of
// its own on loopback, then `npm run cluster` (2 instances behind nginx) on them. Everything goes away on SIGTERM.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CreateBucketCommand } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { Client } from "pg";
import { openDatabase } from "@/db/client";
import { s3Client, s3Storage, type S3Settings } from "@/lib/media/s3-storage";
import { seedDemo } from "../../scripts/seed/demo";
import { seedDemoMedia } from "../../scripts/seed/media";
import { clusterSettings, startRedis, stopRedis } from "./cluster-settings";
import { startPgForwarder, type Forwarder } from "./pg-forwarder";

const settings = clusterSettings();
const adminUrl = process.env.CLUSTER_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const database = `blattwerk_cluster_${Date.now()}_${process.pid}`;
const databaseUrl = (() => {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
})();
// The instances reach PostgreSQL through a forwarder the spec can switch off ("database restart").
const forwarder: Forwarder = await (async () => {
  const url = new URL(adminUrl);
  return startPgForwarder({ host: url.hostname, port: Number(url.port || 5432) });
})();
const forwardedUrl = (() => {
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String(forwarder.port);
  return url.toString();
})();

rmSync(settings.dataDir, { recursive: true, force: true });
mkdirSync(settings.dataDir, { recursive: true });

async function admin(sql: string) {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

let cluster: ChildProcess | null = null;
let s3: S3rver | null = null;
let cleaning = false;

async function cleanUp(code: number) {
  if (cleaning) return;
  cleaning = true;
  if (cluster && cluster.exitCode === null) {
    const exited = new Promise((resolve) => cluster!.once("exit", resolve));
    cluster.kill("SIGTERM");
    await exited;
  }
  stopRedis(settings.redisPort);
  await s3?.close().catch(() => undefined);
  await forwarder.close();
  await admin(`drop database if exists ${database} with (force)`).catch(() => undefined);
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void cleanUp(0));

startRedis(settings.redisPort);
s3 = new S3rver({ address: "127.0.0.1", port: settings.s3Port, silent: true, directory: path.join(settings.dataDir, "s3") });
const { port: s3Port } = await s3.run();
const s3Settings: S3Settings = {
  bucket: "blattwerk-medien",
  endpoint: `http://127.0.0.1:${s3Port}`,
  region: "us-east-1",
  accessKeyId: "S3RVER",
  secretAccessKey: "S3RVER",
  forcePathStyle: true,
  tempDir: path.join(settings.dataDir, "upload-temp"),
};
await s3Client(s3Settings).send(new CreateBucketCommand({ Bucket: s3Settings.bucket }));

await admin(`create database ${database}`);
const handle = await openDatabase({ url: databaseUrl });
await handle.migrate();
await seedDemo(handle.db);
await seedDemoMedia(handle.db, s3Storage(s3Settings));
await handle.close();

writeFileSync(settings.fixturesFile, JSON.stringify({ s3: s3Settings, databaseControl: `http://127.0.0.1:${forwarder.controlPort}` }));

cluster = spawn(
  process.execPath,
  [path.resolve("node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "scripts/cluster.ts", "--instances", "2", "--base-port", String(settings.basePort), "--port", String(settings.clusterPort)],
  {
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: forwardedUrl,
      // Small pool per instance: the shared PostgreSQL serves seven developers' tests at once.
      DATABASE_POOL_SIZE: "5",
      REDIS_URL: `redis://127.0.0.1:${settings.redisPort}`,
      REDIS_KEY_PREFIX: `blattwerk-e2e:${randomBytes(6).toString("hex")}:`,
      S3_BUCKET: s3Settings.bucket,
      S3_ENDPOINT: s3Settings.endpoint,
      S3_REGION: s3Settings.region,
      S3_ACCESS_KEY_ID: s3Settings.accessKeyId,
      S3_SECRET_ACCESS_KEY: s3Settings.secretAccessKey,
      S3_FORCE_PATH_STYLE: "true",
      UPLOAD_TEMP_DIR: s3Settings.tempDir,
      SITE_URL: `http://127.0.0.1:${settings.clusterPort}`,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      CLUSTER_RUN_DIR: path.join(settings.dataDir, "run"),
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
);
cluster.on("exit", (code) => void cleanUp(code ?? 1));
// Playwright may end this process's group with SIGKILL after the grace period: never leave a Redis behind then.
process.on("exit", () => spawnSync("redis-cli", ["-p", String(settings.redisPort), "shutdown", "nosave"], { stdio: "ignore" }));
