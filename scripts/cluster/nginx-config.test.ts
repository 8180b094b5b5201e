// The shipped nginx config renders for local instances, and nginx itself accepts the result (`nginx -t`).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderNginxConfig, shippedNginxConfig } from "./nginx-config";

const runDir = mkdtempSync(path.join(tmpdir(), "blattwerk-nginx-"));
chmodSync(runDir, 0o755);
afterAll(() => rmSync(runDir, { recursive: true, force: true }));

describe("deploy/nginx.conf rendered for `npm run cluster`", () => {
  const rendered = renderNginxConfig(shippedNginxConfig(), { port: 18080, instancePorts: [3150, 3151, 3152], frontPorts: [3250, 3251, 3252], runDir });

  it("points the upstreams at the local instances and their front threads, and keeps every other directive", () => {
    const upstream = (name: string) => new RegExp(`upstream ${name} \\{[^}]*\\}`).exec(rendered)?.[0] ?? "";
    expect(upstream("blattwerk")).toContain("server 127.0.0.1:3150 max_fails=2 fail_timeout=10s;");
    expect(upstream("blattwerk")).toContain("server 127.0.0.1:3152 max_fails=2 fail_timeout=10s;");
    expect(upstream("blattwerk")).not.toContain(":3250");
    expect(upstream("blattwerk_front")).toContain("server 127.0.0.1:3250 max_fails=2 fail_timeout=10s;");
    expect(upstream("blattwerk_front")).toContain("server 127.0.0.1:3252 max_fails=2 fail_timeout=10s;");
    expect(upstream("blattwerk_front")).not.toContain(":3150");
    expect(rendered).not.toMatch(/server app\d:3\d00/);
    expect(rendered).toContain("listen 127.0.0.1:18080;");
    expect(rendered).not.toContain("/var/cache/nginx");
    expect(rendered).not.toContain("/var/log/nginx");
    for (const directive of ["least_conn;", "proxy_cache_lock on;", "proxy_request_buffering off;"]) {
      expect(rendered).toContain(directive);
    }
    // A background refresh holds the reader's keep-alive connection until it ends (deploy/nginx.conf).
    expect(rendered).not.toMatch(/^\s*proxy_cache_background_update on;/m);
  });

  it("is accepted by nginx -t", () => {
    mkdirSync(path.join(runDir, "log"), { recursive: true });
    mkdirSync(path.join(runDir, "cache"), { recursive: true });
    const file = path.join(runDir, "nginx.conf");
    writeFileSync(file, rendered);
    const output = execFileSync("nginx", ["-t", "-q", "-e", path.join(runDir, "log", "error.log"), "-p", runDir, "-c", file], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    expect(output).toBe("");
  });
});
