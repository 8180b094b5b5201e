// @ts-check
// The load run's publish → visible watchers, on a thread of their own: in the load generator's thread a poll waited
// behind the callbacks of 64 busy connections, and that wait was counted as the app's.
import { parentPort } from "node:worker_threads";
import { timeUntilVisible } from "./visibility.mjs";

if (!parentPort) throw new Error("visibility-worker.mjs runs as a worker thread (see VisibilityWatcher).");
const port = parentPort;
port.on("message", (/** @type {{ id: number; url: string; text: string; since: number }} */ job) => {
  void timeUntilVisible(job.url, job.text, job.since).then((ms) => port.postMessage({ id: job.id, ms }));
});
