// Renders deploy/nginx.conf for instances on this machine: the same directives, only addresses and paths replaced.
import { readFileSync } from "node:fs";
import path from "node:path";

export type NginxTarget = {
  /** Port nginx listens on (127.0.0.1 only). */
  port: number;
  /** Ports of the app instances on 127.0.0.1. */
  instancePorts: number[];
  /** Folder for cache, temporary files, logs and the pid file. */
  runDir: string;
};

const UPSTREAM_SERVER = /^(\s*)server \S+:\d+ (max_fails=.*)$/;

export function renderNginxConfig(template: string, target: NginxTarget): string {
  const lines = template.split("\n");
  const out: string[] = [];
  let replaced = false;
  for (const line of lines) {
    const server = UPSTREAM_SERVER.exec(line);
    if (server) {
      // The template's instances become this machine's, once, in the place of the first one.
      if (!replaced) out.push(...target.instancePorts.map((port) => `${server[1]}server 127.0.0.1:${port} ${server[2]}`));
      replaced = true;
      continue;
    }
    out.push(line);
  }
  if (!replaced) throw new Error("deploy/nginx.conf has no upstream `server host:port max_fails=…` line to replace.");
  const rendered = out
    .join("\n")
    .replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${target.port};`)
    .replace(/^pid \S+;$/m, `pid ${path.join(target.runDir, "nginx.pid")};`)
    .replaceAll("/var/cache/nginx", path.join(target.runDir, "cache"))
    .replaceAll("/var/log/nginx", path.join(target.runDir, "log"));
  if (!rendered.includes(`listen 127.0.0.1:${target.port};`)) throw new Error("deploy/nginx.conf has no `listen 80;` line to replace.");
  return rendered;
}

export function shippedNginxConfig(): string {
  return readFileSync(path.resolve("deploy/nginx.conf"), "utf8");
}
