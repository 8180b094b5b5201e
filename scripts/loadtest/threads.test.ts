// The measured load runs on worker threads (threads.ts): their outcomes reach the main thread's recorder, and each
// reports its own event-loop delay.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PhaseRecorder } from "./recorder";
import { runLoadInThreads } from "./threads";

const asked: string[] = [];
const server = http.createServer((req, res) => {
  asked.push(req.url ?? "");
  res.writeHead(req.url?.includes("fehler") ? 503 : 200, { "content-type": "text/plain" });
  res.end("ok");
});
let base = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("runLoadInThreads", () => {
  it("sends from two threads, each its own searches, and records every answer in the main thread", async () => {
    const recorder = new PhaseRecorder();
    const delays = await runLoadInThreads({ base, connections: 4, seconds: 1, source: { kind: "unique", seed: 3 }, recorder });
    recorder.end();
    const { total, byKind } = recorder.summary();
    expect(delays).toHaveLength(2);
    expect(total.requests).toBe(asked.length);
    expect(total.requests).toBeGreaterThan(10);
    expect(byKind.search?.requests).toBe(total.requests);
    expect(total.serverErrors).toBe(0);
    // Seeds differ per thread: no query is asked twice.
    expect(new Set(asked).size).toBe(asked.length);
  });
});
