// Closed-loop load: a fixed number of connections, each sending its next request when the last one answered,
// bounded by a deadline and a request count. Only loopback addresses are accepted as targets.
import http from "node:http";
import type { MixRequest } from "./mix";
import type { PhaseRecorder } from "./recorder";

export type LoadOptions = {
  base: string;
  connections: number;
  seconds: number;
  /** Hard bound on requests, whatever the speed. */
  maxRequests?: number;
  /** Pause between one connection's requests, for a gentler soak; 0 = as fast as answered. */
  pauseMs?: number;
  timeoutMs?: number;
  next: () => MixRequest;
  recorder: Pick<PhaseRecorder, "record">;
  /** Stops early when it resolves (a phase ended by an outside event). */
  stop?: Promise<void>;
};

export function assertLoopback(base: string): URL {
  const url = new URL(base);
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (!(host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host))) {
    throw new Error(`Load is only ever sent to this machine (loopback); refusing ${url.origin}.`);
  }
  return url;
}

function errorKind(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  return code ?? ((error as Error)?.message === "timeout" ? "timeout" : "error");
}

function requestOnce(agent: http.Agent, origin: URL, path: string, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get({ agent, host: origin.hostname, port: origin.port, path, headers: { "accept-encoding": "gzip" } }, (response) => {
      response.on("data", () => {});
      response.on("end", () => resolve(response.statusCode ?? 0));
      response.on("error", reject);
    });
    request.setTimeout(timeoutMs, () => request.destroy(new Error("timeout")));
    request.on("error", reject);
  });
}

export async function runLoad(options: LoadOptions): Promise<void> {
  const origin = assertLoopback(options.base);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const deadline = Date.now() + options.seconds * 1000;
  const maxRequests = options.maxRequests ?? Number.POSITIVE_INFINITY;
  let sent = 0;
  let stopped = false;
  options.stop?.then(() => (stopped = true));

  const connection = async () => {
    while (!stopped && Date.now() < deadline && sent < maxRequests) {
      sent += 1;
      const { kind, path } = options.next();
      const started = performance.now();
      try {
        const status = await requestOnce(agent, origin, path, options.timeoutMs ?? 15_000);
        options.recorder.record({ kind, path, ms: performance.now() - started, status });
      } catch (error) {
        options.recorder.record({ kind, path, ms: performance.now() - started, error: errorKind(error) });
        // A refused connection fails in microseconds: without a pause the loop would only measure itself.
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      if (options.pauseMs) await new Promise((resolve) => setTimeout(resolve, options.pauseMs));
    }
  };
  try {
    await Promise.all(Array.from({ length: options.connections }, connection));
  } finally {
    agent.destroy();
  }
}
