// Ports and folders of the cluster spec's topology, shared by its web server and the spec itself.
import { spawnSync } from "node:child_process";
import path from "node:path";

export function clusterSettings() {
  const dataDir = path.resolve(".data/cluster-e2e");
  const basePort = Number(process.env.INSTANCE_BASE_PORT ?? 3001);
  return {
    clusterPort: Number(process.env.CLUSTER_PORT ?? 8080),
    basePort,
    instancePorts: [basePort, basePort + 1],
    // Their front threads (lib/http/front-thread.mjs): `npm run cluster` puts them 100 ports higher.
    frontPorts: [basePort + 100, basePort + 101],
    // A Redis of the spec's own, so stopping it mid-run disturbs nobody else's.
    redisPort: Number(process.env.CLUSTER_REDIS_PORT ?? 6390),
    s3Port: Number(process.env.CLUSTER_S3_PORT ?? 4569),
    dataDir,
    fixturesFile: path.join(dataDir, "fixtures.json"),
    instancesFile: path.join(dataDir, "run", "instances.json"),
  };
}

/** Starts a throwaway Redis (no persistence) and returns once it answers. */
export function startRedis(port: number): void {
  const started = spawnSync("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "yes"], {
    encoding: "utf8",
  });
  if (started.status !== 0) throw new Error(`redis-server did not start: ${started.stderr || started.stdout}`);
  const ping = () => spawnSync("redis-cli", ["-p", String(port), "ping"], { encoding: "utf8" }).stdout.trim() === "PONG";
  for (let attempt = 0; !ping(); attempt++) {
    if (attempt > 100) throw new Error(`redis-server on port ${port} does not answer.`);
    spawnSync("sleep", ["0.05"]);
  }
}

export function stopRedis(port: number): void {
  spawnSync("redis-cli", ["-p", String(port), "shutdown", "nosave"], { stdio: "ignore" });
}
