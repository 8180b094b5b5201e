import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveWithoutClientRuntime } from "./reader-response";
import { requestRaw } from "./testing";

const body = `<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><main>${"Text ".repeat(400)}</main><script>self.__next_f.push([1,"x"])</script></body></html>`;
const seen: { method?: string; acceptEncoding?: string }[] = [];

// Plays Next: writes the page the ways Next does (streamed in chunks, or whole with a length and an ETag).
const server = http.createServer((req, res) => {
  serveWithoutClientRuntime(req, res);
  seen.push({ method: req.method, acceptEncoding: req.headers["accept-encoding"] as string | undefined });
  if (req.url === "/feed") {
    res.setHeader("content-type", "application/xml");
    return res.end("<feed/>");
  }
  if (req.headers["if-none-match"] === '"e1"') {
    res.statusCode = 304;
    return res.end();
  }
  res.setHeader("content-type", "text/html; charset=utf-8");
  if (req.url === "/whole") {
    res.setHeader("etag", '"e1"');
    res.setHeader("content-length", Buffer.byteLength(body));
    return res.end(body);
  }
  res.writeHead(200, { vary: "RSC" });
  res.flushHeaders();
  res.write(body.slice(0, 100));
  res.write(Buffer.from(body.slice(100)));
  res.end();
});
let base = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = (path: string, headers: Record<string, string> = {}, method = "GET") => requestRaw(`${base}${path}`, headers, method);

describe("serveWithoutClientRuntime", () => {
  it("rewrites a streamed page, compresses it itself and sends its length", async () => {
    const res = await get("/stream", { "accept-encoding": "gzip, br" });
    expect(seen.at(-1)?.acceptEncoding).toBeUndefined();
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(res.headers.vary).toBe("RSC, Accept-Encoding");
    expect(Number(res.headers["content-length"])).toBe(res.body.length);
    const html = gunzipSync(res.body).toString();
    expect(html).toContain("<main>Text ");
    expect(html).not.toContain("_next");
    expect(html).not.toContain("__next_f");
  });

  it("sends plain HTML to a client that takes no gzip, with the right length", async () => {
    const res = await get("/whole");
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(res.headers.etag).toBe('"e1"');
    expect(Number(res.headers["content-length"])).toBe(res.body.length);
    expect(res.body.toString()).not.toContain("__next_f");
  });

  it("answers HEAD with the headers GET gives, and no body", async () => {
    const got = await get("/whole", { "accept-encoding": "gzip" });
    const head = await get("/whole", { "accept-encoding": "gzip" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers["content-length"]).toBe(got.headers["content-length"]);
    expect(head.headers["content-encoding"]).toBe("gzip");
  });

  it("passes 304 answers and other types through untouched", async () => {
    const notModified = await get("/whole", { "if-none-match": '"e1"' });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
    const feed = await get("/feed");
    expect(feed.body.toString()).toBe("<feed/>");
  });
});
