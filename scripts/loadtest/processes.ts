// The processes a load run may touch: app instances found by their port (killed and started again exactly as they
// were), and this machine's own PostgreSQL and Redis services. Nothing else is ever signalled.
import { execFile, execFileSync, spawn, type ChildProcess } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { promisify } from "node:util";

// Services are stopped and started without blocking: the load and the editor keep running through the fault.
const run = promisify(execFile);

const started = new Set<ChildProcess>();

/**
 * Stops every process this run started, with its whole process group: killing `npx` alone leaves its
 * `next-server` child listening. Called on success, error and Ctrl-C alike.
 */
export function stopStarted(): void {
  for (const child of started) {
    if (child.exitCode !== null || child.pid === undefined) continue;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  started.clear();
}

/** Children must be spawned with `detached: true` (their own process group), so that the group can be stopped. */
export function track(child: ChildProcess): ChildProcess {
  started.add(child);
  child.on("exit", () => started.delete(child));
  return child;
}

/** The pid listening on a loopback TCP port, or null. */
export function pidOnPort(port: number): number | null {
  const out = execFileSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" });
  const match = /pid=(\d+)/.exec(out);
  return match ? Number(match[1]) : null;
}

export function residentMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

type ProcessImage = { command: string; args: string[]; cwd: string; env: Record<string, string> };

function imageOf(pid: number): ProcessImage {
  const argv = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
  const env = Object.fromEntries(
    readFileSync(`/proc/${pid}/environ`, "utf8")
      .split("\0")
      .filter(Boolean)
      .map((entry) => [entry.slice(0, entry.indexOf("=")), entry.slice(entry.indexOf("=") + 1)]),
  );
  const cwd = execFileSync("readlink", [`/proc/${pid}/cwd`], { encoding: "utf8" }).trim();
  return { command: argv[0] as string, args: argv.slice(1), cwd, env };
}

/**
 * kill -9 of the instance on `port`; returns a function that starts it again with the same command line, folder
 * and environment (unless its supervisor already did).
 */
export function killInstance(port: number): () => Promise<void> {
  const pid = pidOnPort(port);
  if (!pid) throw new Error(`No instance listens on port ${port}.`);
  const image = imageOf(pid);
  process.kill(pid, "SIGKILL");
  return async () => {
    if (pidOnPort(port)) return;
    track(spawn(image.command, image.args, { cwd: image.cwd, env: image.env as NodeJS.ProcessEnv, stdio: "ignore", detached: true }));
  };
}

function postgresCluster(): string {
  const version = readdirSync("/etc/postgresql")[0];
  if (!version) throw new Error("No local PostgreSQL cluster found.");
  return version;
}

/** Stops the local PostgreSQL (pg_ctlcluster's fast mode: sessions end, nothing committed is lost). */
export async function stopPostgres(): Promise<void> {
  await run("pg_ctlcluster", ["--skip-systemctl-redirect", postgresCluster(), "main", "stop"]);
}

export async function startPostgres(): Promise<void> {
  await run("pg_ctlcluster", ["--skip-systemctl-redirect", postgresCluster(), "main", "start"]);
}

/** Restarts the Redis on `port` with the flags this machine's service was started with (it keeps nothing on disk). */
export async function restartRedis(port: number): Promise<void> {
  await run("redis-cli", ["-p", String(port), "shutdown", "nosave"]).catch(() => undefined);
  await run("redis-server", ["--daemonize", "yes", "--bind", "127.0.0.1", "-::1", "--port", String(port), "--save", "", "--appendonly", "no"]);
}

export async function waitForHttp(url: string, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s.`);
}
