// One worker thread of the measured load (threads.ts, entered through load-worker.mjs): runs its connections and
// reports what they saw in batches.
import { monitorEventLoopDelay } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";
import { runLoad } from "./driver";
import type { Outcome } from "./recorder";
import { requestsOf, type OutcomeBatch, type WorkerJob } from "./threads";

const BATCH_MS = 250;

if (!parentPort) throw new Error("load-worker-run.ts runs as a worker thread (see runLoadInThreads).");
const port = parentPort;
const job = workerData as WorkerJob;
let pending: [Outcome, number][] = [];
// This thread's own delays count into every latency it measures: reported, so a run shows how much that was.
const ownDelay = monitorEventLoopDelay({ resolution: 10 });
ownDelay.enable();
const flush = (done = false) => {
  const batch: OutcomeBatch = { outcomes: pending, done, ...(done && { ownDelayP99Ms: ownDelay.percentile(99) / 1e6 }) };
  pending = [];
  port.postMessage(batch);
};
const timer = setInterval(() => flush(), BATCH_MS);
const stop = new Promise<void>((resolve) => port.on("message", (message) => message === "stop" && resolve()));
// The thread ends by itself once its load and last report are done, which delivers every report before it exits
// (terminating it from outside dropped reports still on their way).
port.unref();

await runLoad({
  base: job.base,
  connections: job.connections,
  seconds: job.seconds,
  pauseMs: job.pauseMs,
  next: requestsOf(job.source),
  // Only failures keep their path: the main thread needs it to name them.
  recorder: { record: (outcome) => void pending.push([outcome.error || (outcome.status ?? 200) >= 500 ? outcome : { ...outcome, path: undefined }, Date.now()]) },
  stop,
});
clearInterval(timer);
flush(true);
