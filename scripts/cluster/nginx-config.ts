// Renders deploy/nginx.conf for instances on this machine: the same directives, only addresses and paths replaced.
import { readFileSync } from "node:fs";
import path from "node:path";

export type NginxTarget = {
  /** Port nginx listens on (127.0.0.1 only). */
  port: number;
  /** Ports of the app instances on 127.0.0.1. */
  instancePorts: number[];
  /** Ports of their front threads (lib/http/front-thread.mjs), in the same order. */
  frontPorts: number[];
  /** Folder for cache, temporary files, logs and the pid file. */
  runDir: string;
};

const UPSTREAM = /^\s*upstream (\S+) \{$/;
const UPSTREAM_SERVER = /^(\s*)server \S+:\d+ (max_fails=.*)$/;

export function renderNginxConfig(template: string, target: NginxTarget): string {
  const portsOf: Record<string, number[]> = { blattwerk: target.instancePorts, blattwerk_front: target.frontPorts };
  const lines = template.split("\n");
  const out: string[] = [];
  const replaced = new Set<string>();
  let upstream = "";
  for (const line of lines) {
    upstream = UPSTREAM.exec(line)?.[1] ?? upstream;
    const server = UPSTREAM_SERVER.exec(line);
    if (server) {
      const ports = portsOf[upstream];
      if (!ports) throw new Error(`deploy/nginx.conf: no local ports for the upstream ${upstream || "(none)"}.`);
      // The template's servers become this machine's, once, in the place of the first one.
      if (!replaced.has(upstream)) out.push(...ports.map((port) => `${server[1]}server 127.0.0.1:${port} ${server[2]}`));
      replaced.add(upstream);
      continue;
    }
    out.push(line);
  }
  for (const name of Object.keys(portsOf)) {
    if (!replaced.has(name)) throw new Error(`deploy/nginx.conf has no \`server host:port max_fails=…\` line in the upstream ${name}.`);
  }
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
