// `npm run cluster`: the production topology on this machine. Migrates once, starts N instances of the built app on
// consecutive ports, waits for their health checks, starts nginx with deploy/nginx.conf rendered for them, forwards
// every log line with a prefix, and stops everything on Ctrl-C or SIGTERM (instances drain their requests first).
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createInterface } from "node:readline";
import path from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "@/db/client";
import { exitOnConfigError, getConfig } from "@/lib/config";
import { renderNginxConfig, shippedNginxConfig } from "./cluster/nginx-config";
import "./ensure-env";

const { values } = parseArgs({
  options: {
    instances: { type: "string", default: process.env.CLUSTER_INSTANCES || "2" },
    "base-port": { type: "string", default: process.env.INSTANCE_BASE_PORT || "3001" },
    port: { type: "string", default: process.env.CLUSTER_PORT || "8080" },
  },
});

const instanceCount = Number(values.instances);
const basePort = Number(values["base-port"]);
const clusterPort = Number(values.port);
const STOP_GRACE_MS = 30_000;
// The instances would each stop on a wrong variable: say it once, before starting anything.
const settings = exitOnConfigError(getConfig);

function fail(message: string): never {
  console.error(`Error: ${message}`);
  process.exit(1);
}

if (!Number.isInteger(instanceCount) || instanceCount < 1 || instanceCount > 16) fail("--instances takes 1 to 16.");
if (!existsSync(".next/BUILD_ID")) fail("no production build found: run `npm run build` first.");
// Embedded PGlite is one process per folder: several instances need a real PostgreSQL.
if (!settings.databaseUrl) fail("set DATABASE_URL to a PostgreSQL database (e.g. postgres://postgres@127.0.0.1:5432/blattwerk).");
if (!settings.redisUrl) fail("set REDIS_URL (e.g. redis://127.0.0.1:6379): the instances share their cache there.");
if (!settings.s3) {
  console.warn("Note: S3_BUCKET is unset, so every instance uses the disk store in UPLOAD_DIR; share that folder between them.");
}

const siteUrl = settings.siteUrl ?? `http://localhost:${clusterPort}`;
// Each instance's front thread answers cached pages on its port plus this (lib/http/front-thread.mjs).
const frontOffset = settings.frontThreadPortOffset || 100;
const runDir = path.resolve(process.env.CLUSTER_RUN_DIR ?? ".data/cluster");
const children = new Map<string, ChildProcess>();
const portOf = new Map<string, number>();
let stopping = false;

function forward(name: string, child: ChildProcess) {
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on("line", (line) => console.log(`[${name}] ${line}`));
  }
}

function startInstance(index: number) {
  const name = `app${index + 1}`;
  const port = basePort + index;
  // A larger young generation (as in deploy/): under load V8 collected about half as often (docs/load-and-faults.md).
  const node = ["--max-semi-space-size=64", path.resolve("node_modules/next/dist/bin/next")];
  const child = spawn(process.execPath, [...node, "start", "-p", String(port), "-H", "127.0.0.1"], {
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      SITE_URL: siteUrl,
      // nginx is the one proxy in front: the reader's address is the one it puts in X-Forwarded-For.
      TRUSTED_PROXIES: process.env.TRUSTED_PROXIES || "1",
      AUTH_TRUST_HOST: "true",
      // The instances gzip (a kept page once per version) and nginx caches each encoding (deploy/nginx.conf).
      COMPRESS_RESPONSES: "true",
      INSTANCE_NAME: name,
      FRONT_THREAD_PORT_OFFSET: String(frontOffset),
      FRONT_THREAD_HOST: "127.0.0.1",
    },
  });
  children.set(name, child);
  portOf.set(name, port);
  forward(name, child);
  writeInstances();
  child.on("exit", (code, signal) => {
    if (children.get(name) === child) children.delete(name);
    // Like a supervisor: nginx sends readers to the other instances meanwhile. The pause lets a Ctrl-C that reached
    // the whole process group be seen first.
    setTimeout(() => {
      if (stopping) return;
      console.log(`[cluster] ${name} exited (${signal ?? code}); starting it again.`);
      startInstance(index);
    }, 500);
  });
  return { name, port, frontPort: port + frontOffset };
}

// Which process serves which port, for operators and the tests that stop an instance.
function writeInstances() {
  mkdirSync(runDir, { recursive: true });
  const list = [...children.entries()].filter(([name]) => name !== "nginx").map(([name, child]) => ({ name, port: portOf.get(name), frontPort: (portOf.get(name) ?? 0) + frontOffset, pid: child.pid }));
  writeFileSync(path.join(runDir, "instances.json"), JSON.stringify(list));
}

async function healthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}

async function waitFor(url: string, what: string, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await healthy(url))) {
    if (stopping) return;
    if (Date.now() > deadline) throw new Error(`${what} did not become healthy at ${url}.`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function startNginx(ports: number[], frontPorts: number[]) {
  rmSync(path.join(runDir, "nginx"), { recursive: true, force: true });
  const dir = path.join(runDir, "nginx");
  for (const sub of ["", "log", "cache"]) mkdirSync(path.join(dir, sub), { recursive: true });
  // nginx's workers run as an unprivileged user when started as root: they must reach their cache and temp folders.
  for (let folder = dir; folder.startsWith(path.resolve(".") + path.sep); folder = path.dirname(folder)) {
    chmodSync(folder, 0o755);
  }
  const file = path.join(dir, "nginx.conf");
  writeFileSync(file, renderNginxConfig(shippedNginxConfig(), { port: clusterPort, instancePorts: ports, frontPorts, runDir: dir }));
  const child = spawn("nginx", ["-e", path.join(dir, "log", "error.log"), "-p", dir, "-c", file, "-g", "daemon off;"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.set("nginx", child);
  forward("nginx", child);
  child.on("exit", (code, signal) => {
    children.delete("nginx");
    if (!stopping) {
      console.error(`[cluster] nginx exited (${signal ?? code}); see ${path.join(dir, "log", "error.log")}.`);
      void stop(1);
    }
  });
}

async function stop(exitCode = 0) {
  if (stopping) return;
  stopping = true;
  console.log("[cluster] stopping: instances finish their requests first.");
  const exits = [...children.entries()].map(
    ([name, child]) =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        // nginx: SIGQUIT is its graceful shutdown; Next drains on SIGTERM.
        child.kill(name === "nginx" ? "SIGQUIT" : "SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS).unref();
      }),
  );
  await Promise.all(exits);
  process.exit(exitCode);
}

process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());

// Once, before any instance starts; instances also take an advisory lock when they migrate at start.
const handle = await openDatabase();
try {
  await handle.migrate();
} finally {
  await handle.close();
}

const instances = Array.from({ length: instanceCount }, (_, index) => startInstance(index));
try {
  // Through the front thread: healthy there means the thread listens and the instance behind it answers.
  await Promise.all(instances.map(({ name, frontPort }) => waitFor(`http://127.0.0.1:${frontPort}/api/health`, name)));
  if (!stopping) {
    startNginx(
      instances.map(({ port }) => port),
      instances.map(({ frontPort }) => frontPort),
    );
    await waitFor(`http://127.0.0.1:${clusterPort}/api/health`, "nginx");
  }
} catch (error) {
  console.error(`[cluster] ${(error as Error).message}`);
  await stop(1);
}
if (!stopping) {
  console.log(
    `[cluster] ${instanceCount} instances (ports ${basePort}–${basePort + instanceCount - 1}, front threads ${basePort + frontOffset}–${basePort + frontOffset + instanceCount - 1}) behind nginx: ${siteUrl}`,
  );
  console.log("[cluster] Ctrl-C stops everything.");
}
