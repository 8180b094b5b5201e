// The main thread's side of the front thread (front-thread.mjs): starts it beside Next's server, starts it again if
// it fails, sends it each answer the front cache keeps, and recognises the requests it hands on.
// Runs only with FRONT_THREAD_PORT_OFFSET set and Redis configured (lib/config.ts): the thread's copies follow their
// pages' cache tags, which only Redis shares.
import { randomBytes, timingSafeEqual } from "node:crypto";
import type http from "node:http";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { FrontEntry } from "./front-entries.mjs";
import { FRONT_PEER_HEADER, FRONT_TOKEN_HEADER, type FrontThreadOptions } from "./front-thread.mjs";

type State = { token: string; worker: Worker | null; started: boolean; stopped: boolean };

// On globalThis, like the other request-hook state: one thread per process, whichever bundle asks.
const registry = globalThis as unknown as { [key: symbol]: State | undefined };
const SLOT = Symbol.for("blattwerk.frontThread");
const state = (registry[SLOT] ??= { token: randomBytes(32).toString("hex"), worker: null, started: false, stopped: false });

const RESTART_MS = 1000;

/**
 * Starts the thread once per process, on `host` and Next's port plus `offset`. Next's server already listens when the
 * instrumentation runs, and has put its port into PORT (as it does for its own workers); the thread reaches it over
 * loopback.
 */
export function startFrontThread(host: string, offset: number): void {
  const instancePort = Number(process.env.PORT);
  if (state.started || !Number.isInteger(instancePort) || instancePort <= 0) return;
  state.started = true;
  spawn({ host, port: instancePort + offset, instanceHost: "127.0.0.1", instancePort, token: state.token });
}

function spawn(options: FrontThreadOptions, cameUpBefore = false): void {
  // A file of its own, loaded unbundled like the cache handlers (next.config.ts): Next's bundle is not a worker script.
  const worker = new Worker(path.join(process.cwd(), "lib/http/front-thread.mjs"), { workerData: { blattwerkFrontThread: options } });
  // Answers kept from now on reach it, queued until it has loaded.
  state.worker = worker;
  let up = cameUpBefore;
  worker.on("message", (message) => {
    if (message !== "listening") return;
    up = true;
    console.log(`Front thread: cached reader pages on ${options.host}:${options.port}`);
  });
  worker.on("error", (error) => console.error("Front thread failed:", error));
  worker.on("exit", () => {
    if (state.worker === worker) state.worker = null;
    if (state.stopped) return;
    // Never listening (the port is taken): a setup error, which a supervisor should show, not a loop of retries.
    if (!up) {
      console.error(`Front thread: could not listen on ${options.host}:${options.port}; stopping this instance.`);
      process.exit(1);
    }
    setTimeout(() => spawn(options, true), RESTART_MS).unref();
  });
  worker.unref();
}

/** Ends the thread for good (tests; a process ends with its threads). */
export async function stopFrontThread(): Promise<void> {
  state.stopped = true;
  await state.worker?.terminate();
}

/** Hands a kept answer to the thread (copied: both threads answer from their own). */
export function offerToFrontThread(key: string, entry: FrontEntry): void {
  state.worker?.postMessage({ key, entry });
}

/**
 * The address the front thread's peer connected from, if this request came through the thread; the thread's headers
 * are removed either way, so a client who sends them itself gets nothing from it.
 */
export function relayedPeer(req: http.IncomingMessage): string | undefined {
  const token = req.headers[FRONT_TOKEN_HEADER];
  const peer = req.headers[FRONT_PEER_HEADER];
  delete req.headers[FRONT_TOKEN_HEADER];
  delete req.headers[FRONT_PEER_HEADER];
  if (typeof token !== "string" || typeof peer !== "string" || token.length !== state.token.length) return undefined;
  return timingSafeEqual(Buffer.from(token), Buffer.from(state.token)) ? peer : undefined;
}
