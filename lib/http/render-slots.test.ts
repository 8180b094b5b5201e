// Reader pages go to Next a few at a time (render-slots.ts): the rest wait in line, a kept page is answered at once
// all the same, and a reader who leaves while in line takes no slot.
import http from "node:http";
import net, { type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FrontCacheStore } from "./front-cache";
import { serveReaderDocument, type Emit } from "./incoming";
import { RenderSlots } from "./render-slots";
import { requestRaw } from "./testing";

/** Pages Next is rendering, each finished when the test says so. */
const rendering = new Map<string, () => void>();

const playNext: Emit = (_event, ...args) => {
  const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
  const url = req.url ?? "/";
  rendering.set(url, () => {
    rendering.delete(url);
    // A page larger than the socket buffers, for the reader who never reads it.
    const filler = url === "/gross" ? "x".repeat(8 * 1024 * 1024) : "";
    res.setHeader("cache-control", "s-maxage=600");
    res.setHeader("x-nextjs-cache", "MISS");
    res.setHeader("etag", `"${url}"`);
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.end(`<!DOCTYPE html><html><head></head><body><main>${url}${filler}</main></body></html>`);
  });
  return true;
};

const slots = new RenderSlots(2);
const store = new FrontCacheStore();
const server = http.createServer((req, res) => serveReaderDocument(server, playNext, req, res, store, slots));
let base = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function until(condition: () => boolean) {
  for (let waited = 0; !condition(); waited += 5) {
    if (waited > 2000) throw new Error("condition not met within 2 s");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe("render slots", () => {
  it("hands two pages at a time to Next, answers a kept page meanwhile, and skips a reader who left", async () => {
    const kept = requestRaw(`${base}/artikel/behalten`);
    await until(() => rendering.has("/artikel/behalten"));
    rendering.get("/artikel/behalten")!();
    await kept;

    const first = requestRaw(`${base}/seite/1`);
    const second = requestRaw(`${base}/seite/2`);
    await until(() => rendering.size === 2);
    // Leaves while in line.
    const leaving = http.get(`${base}/seite/3`);
    leaving.on("error", () => undefined);
    const fourth = requestRaw(`${base}/seite/4`);
    await until(() => slots.queued === 2);
    leaving.destroy();

    // The line is full, and a kept page is answered all the same.
    const hit = await requestRaw(`${base}/artikel/behalten`);
    expect(hit.headers["x-blattwerk-cache"]).toBe("hit");
    expect([...rendering.keys()]).toEqual(["/seite/1", "/seite/2"]);

    rendering.get("/seite/1")!();
    expect((await first).status).toBe(200);
    // The slot goes past the reader who left, to the next one in line.
    await until(() => rendering.has("/seite/4"));
    expect(rendering.has("/seite/3")).toBe(false);
    rendering.get("/seite/2")!();
    rendering.get("/seite/4")!();
    expect((await second).status).toBe(200);
    expect((await fourth).status).toBe(200);
    expect(slots.queued).toBe(0);
  });

  it("frees the slot once Next's answer is complete, though its reader has not read it", async () => {
    const stalled = net.connect(Number(new URL(base).port), "127.0.0.1");
    stalled.pause();
    stalled.write("GET /gross HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const other = requestRaw(`${base}/seite/5`);
    await until(() => rendering.has("/gross") && rendering.has("/seite/5"));
    const third = requestRaw(`${base}/seite/6`);
    await until(() => slots.queued === 1);
    rendering.get("/gross")!();
    // The 8 MB answer sits unread in the socket, and the next page in line still goes to Next.
    await until(() => rendering.has("/seite/6"));
    rendering.get("/seite/5")!();
    rendering.get("/seite/6")!();
    expect((await other).status).toBe(200);
    expect((await third).status).toBe(200);
    stalled.destroy();
  });
});
