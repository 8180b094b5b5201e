// One contract, two stores: the disk store and the S3 store (against s3rver on loopback, which stands in for AWS S3,
// MinIO, Ceph or Garage) must behave the same for everything routes and the pipeline do with them.
import { randomBytes } from "node:crypto";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { s3Storage } from "./s3-storage";
import { s3rverForThisFile } from "./s3rver-for-tests";
import { diskStorage, type MediaStorage } from "./storage";

const s3 = s3rverForThisFile("blattwerk-storage-");
const root = s3.root;

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const hash = "a".repeat(64);
const other = "b".repeat(64);

const stores: Array<[string, () => MediaStorage]> = [
  ["disk", () => diskStorage(path.join(root, "disk"))],
  ["S3 (s3rver)", () => s3Storage(s3.settings())],
];

describe.each(stores)("media storage contract: %s", (_name, make) => {
  it("stores bytes, reports their size and reads them whole or by range", async () => {
    const storage = make();
    const bytes = Buffer.from("Hallo, Blattwerk! ".repeat(100));
    await storage.put(`${hash}/480.webp`, bytes);
    expect(await storage.size(`${hash}/480.webp`)).toBe(bytes.length);
    expect(await bytesOf(storage.read(`${hash}/480.webp`))).toEqual(bytes);
    expect(await bytesOf(storage.read(`${hash}/480.webp`, { start: 7, end: 15 }))).toEqual(bytes.subarray(7, 16));
    // Replacing a key replaces the bytes.
    await storage.put(`${hash}/480.webp`, Buffer.from("neu"));
    expect(await bytesOf(storage.read(`${hash}/480.webp`))).toEqual(Buffer.from("neu"));
  });

  it("takes over a received file larger than one upload part, and the file is gone afterwards", async () => {
    const storage = make();
    const big = randomBytes(17 * 1024 * 1024 + 123);
    const file = path.join(await storage.tempDir(), "gross.upload");
    writeFileSync(file, big);
    await storage.putFile(`${hash}/original.pdf`, file);
    expect(existsSync(file)).toBe(false);
    expect(await storage.size(`${hash}/original.pdf`)).toBe(big.length);
    const tail = await bytesOf(storage.read(`${hash}/original.pdf`, { start: big.length - 1000, end: big.length - 1 }));
    expect(tail).toEqual(big.subarray(big.length - 1000));
    expect((await bytesOf(storage.read(`${hash}/original.pdf`))).equals(big)).toBe(true);
  });

  it("knows nothing of missing or malformed keys", async () => {
    const storage = make();
    expect(await storage.size(`${other}/480.jpg`)).toBeNull();
    expect(await storage.size("../etc/passwd")).toBeNull();
    await expect(storage.put("../x", Buffer.from("x"))).rejects.toThrow(/Invalid media storage key/);
    expect(() => storage.read(`${hash}/../../x`)).toThrow(/Invalid media storage key/);
    await expect(bytesOf(storage.read(`${other}/960.jpg`))).rejects.toThrow();
  });

  it("removes every file of one hash and leaves other hashes alone", async () => {
    const storage = make();
    await storage.put(`${hash}/960.jpg`, Buffer.from("x"));
    await storage.put(`${other}/960.jpg`, Buffer.from("y"));
    await storage.removeAll(hash);
    expect(await storage.size(`${hash}/960.jpg`)).toBeNull();
    expect(await storage.size(`${hash}/480.webp`)).toBeNull();
    expect(await storage.size(`${other}/960.jpg`)).toBe(1);
    await expect(storage.removeAll("../x")).rejects.toThrow(/Invalid media hash/);
  });
});
