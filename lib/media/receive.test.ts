import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { receiveUpload } from "./receive";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "blattwerk-receive-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const boundary = "----blattwerk";
const head = (name: string) =>
  `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`;
const tail = `\r\n--${boundary}--\r\n`;

function upload(body: BodyInit, headers: Record<string, string> = {}) {
  return new Request("http://localhost/api/medien", {
    method: "POST",
    body,
    headers: { "content-type": `multipart/form-data; boundary=${boundary}`, ...headers },
    duplex: "half",
  } as RequestInit);
}

describe("receiving an upload", () => {
  it("writes the file to a temporary file and reports its name", async () => {
    const received = await receiveUpload(upload(`${head("whitepaper.pdf")}%PDF-1.4 hallo${tail}`), dir);
    if (!received.ok) throw new Error(String(received.status));
    expect(received.name).toBe("whitepaper.pdf");
    expect(await readFile(received.file, "utf8")).toBe("%PDF-1.4 hallo");
    await rm(received.file);
  });

  it("refuses a body that declares 2 GB without reading any of it", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const received = await receiveUpload(upload(body, { "content-length": String(2 * 1024 ** 3) }), dir);
    expect(received).toEqual({ ok: false, status: 413 });
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it("stops reading a 2 GB stream without a length at the limit, holding nothing in memory", async () => {
    const limit = 4 * 1024 * 1024;
    const chunk = new Uint8Array(64 * 1024).fill(65);
    let sent = 0;
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(head("riesig.pdf")));
      },
      pull(controller) {
        if (sent >= 2 * 1024 ** 3) {
          controller.enqueue(encoder.encode(tail));
          controller.close();
          return;
        }
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const before = process.memoryUsage().rss;
    const received = await receiveUpload(upload(body), dir, limit);
    expect(received).toEqual({ ok: false, status: 413 });
    // Read a little past the limit (stream buffers), never the 2 GB.
    expect(sent).toBeLessThan(limit * 2);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
    // The partial file is gone by the time the refusal is answered.
    expect((await readdir(dir)).filter((name) => name.endsWith(".upload"))).toEqual([]);
  });

  it("refuses a request that is not a multipart upload or carries no file", async () => {
    expect(await receiveUpload(upload("x", { "content-type": "application/json" }), dir)).toEqual({ ok: false, status: 400 });
    const noFile = `--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nx${tail}`;
    expect(await receiveUpload(upload(noFile), dir)).toEqual({ ok: false, status: 400 });
  });
});
