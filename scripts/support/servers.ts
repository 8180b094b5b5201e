// Servers a benchmark starts (`next start`, nginx), with the guarantee that they stop: each runs in its own process
// group, killed when the script ends, fails or is interrupted (a kill of npx or a shell alone would leave the server).
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export type Server = { url: string; stop: () => Promise<void> };

const running = new Set<ChildProcess>();
const otherPids = new Set<number>();

/** A process started by a library (Chromium by chrome-launcher) that must not outlive the script either. */
export function killOnExit(pid: number | undefined): void {
  if (pid !== undefined) otherPids.add(pid);
}

function killAll(signal: NodeJS.Signals): void {
  running.forEach((child) => killGroup(child, signal));
  otherPids.forEach((pid) => {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  });
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): void {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

process.on("exit", () => killAll("SIGKILL"));
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.once(signal, () => {
    killAll("SIGTERM");
    process.exit(130);
  });
}

/** Waits until `probe` answers (any status); fails fast when the server exits first. */
async function waitUntilUp(child: ChildProcess, probe: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${probe}: the server exited with ${child.exitCode} before answering`);
    try {
      await fetch(probe);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`${probe} did not answer within ${timeoutMs / 1000} s`);
}

async function startServer(command: string, args: string[], env: Record<string, string>, url: string, probe: string): Promise<Server> {
  const child = spawn(command, args, { detached: true, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, ...env } });
  running.add(child);
  const stop = async () => {
    if (!running.delete(child)) return;
    const done = child.exitCode !== null || child.signalCode !== null;
    const exited = done ? Promise.resolve() : new Promise((resolve) => child.once("exit", resolve));
    killGroup(child);
    const timer = setTimeout(() => killGroup(child, "SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitUntilUp(child, probe, 120_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

/** `next start` of the current build on 127.0.0.1; nodeArgs go to Node itself (e.g. --cpu-prof). */
export function startNextServer(options: { port: number; env: Record<string, string>; nodeArgs?: string[] }): Promise<Server> {
  const url = `http://127.0.0.1:${options.port}`;
  const nextBin = path.resolve("node_modules/next/dist/bin/next");
  const args = [...(options.nodeArgs ?? []), nextBin, "start", "-p", String(options.port), "-H", "127.0.0.1"];
  return startServer(process.execPath, args, { SITE_URL: url, NEXT_TELEMETRY_DISABLED: "1", ...options.env }, url, `${url}/robots.txt`);
}

/** Debian's nginx serving `files` from a folder of its own, one worker (like the single Next process it is compared with). */
export function startNginx(options: { port: number; dir: string; files: Record<string, string> }): Promise<Server> {
  const root = path.join(options.dir, "www");
  mkdirSync(root, { recursive: true });
  // nginx's workers run as an unprivileged user: the folders on the way (mkdtemp makes them private) must be readable.
  for (let dir = root; dir !== path.dirname(dir) && dir.startsWith(path.dirname(options.dir)); dir = path.dirname(dir)) chmodSync(dir, 0o755);
  for (const [name, content] of Object.entries(options.files)) writeFileSync(path.join(root, name), content, { mode: 0o644 });
  const conf = path.join(options.dir, "nginx.conf");
  writeFileSync(
    conf,
    `daemon off; worker_processes 1; pid ${options.dir}/nginx.pid; error_log ${options.dir}/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${options.dir}/body; proxy_temp_path ${options.dir}/proxy; fastcgi_temp_path ${options.dir}/fastcgi;
  uwsgi_temp_path ${options.dir}/uwsgi; scgi_temp_path ${options.dir}/scgi;
  server { listen 127.0.0.1:${options.port}; root ${root}; default_type text/html; }
}
`,
  );
  const url = `http://127.0.0.1:${options.port}`;
  return startServer("nginx", ["-c", conf, "-p", options.dir], {}, url, `${url}/`);
}
