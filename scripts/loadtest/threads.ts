// The measured load, sent from worker threads. Every latency is timed in the thread that sends the request, and the
// run's main thread also drives the editor's browser and the fault schedule, whose work would count as the app's.
// Each worker runs its share of the connections (driver.ts), measures its own event-loop delay (which its timings
// include: on 2 busy cores it stays 30-50 ms at p99, docs/load-and-faults.md) and sends back what it saw; the main
// thread's recorder adds it up.
import { Worker } from "node:worker_threads";
import { createMix, createUniqueQueries, type MixInput, type MixRequest } from "./mix";
import type { Outcome, PhaseRecorder } from "./recorder";

/** What a worker asks for: the reader mix (its own seed), or searches that never repeat. */
export type RequestSource = { kind: "mix"; input: MixInput; seed: number } | { kind: "unique"; seed: number };

export type ThreadedLoadOptions = {
  base: string;
  connections: number;
  seconds: number;
  pauseMs?: number;
  source: RequestSource;
  recorder: PhaseRecorder;
  /** Stops early when it resolves. */
  stop?: Promise<void>;
  threads?: number;
};

/** One worker's report: outcomes as they came, each with the time it was answered. */
export type OutcomeBatch = { outcomes: [Outcome, number][]; done?: boolean; ownDelayP99Ms?: number };

export type WorkerJob = Omit<ThreadedLoadOptions, "recorder" | "stop" | "threads">;

/**
 * Runs the load on `threads` workers (default 2, the machine's cores), splitting the connections between them.
 * Resolves with each worker's own event-loop delay at p99 (ms), which its measurements include.
 */
export async function runLoadInThreads(options: ThreadedLoadOptions): Promise<number[]> {
  const ownDelays: number[] = [];
  const threads = Math.max(1, Math.min(options.threads ?? 2, options.connections));
  const workers = Array.from({ length: threads }, (_, index) => {
    const connections = Math.floor(options.connections / threads) + (index < options.connections % threads ? 1 : 0);
    // Each worker its own seed: the same stream twice would ask for the same pages in step.
    const source: RequestSource = { ...options.source, seed: options.source.seed + index * 7919 };
    const job: WorkerJob = { base: options.base, connections, seconds: options.seconds, pauseMs: options.pauseMs, source };
    return new Worker(new URL("./load-worker.mjs", import.meta.url), { workerData: job });
  });
  options.stop?.then(() => workers.forEach((worker) => worker.postMessage("stop")));
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          // The last report says so: 'exit' can come before the reports still being delivered.
          let done = false;
          worker.on("message", (batch: OutcomeBatch) => {
            for (const [outcome, at] of batch.outcomes) options.recorder.record(outcome, at);
            if (batch.ownDelayP99Ms !== undefined) ownDelays.push(batch.ownDelayP99Ms);
            if (batch.done) {
              done = true;
              resolve();
            }
          });
          worker.on("error", reject);
          worker.on("exit", () => {
            if (!done) reject(new Error("A load thread ended without its last report."));
          });
        }),
    ),
  );
  return ownDelays;
}

/** The request stream a worker's connections share. */
export function requestsOf(source: RequestSource): () => MixRequest {
  return source.kind === "mix" ? createMix(source.input, source.seed) : createUniqueQueries(source.seed);
}
