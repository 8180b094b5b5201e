import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { crc32 } from "node:zlib";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestFile, variantWidths } from "./pipeline";
import { diskStorage, type MediaStorage } from "./storage";

let dir: string;
let storage: MediaStorage;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "blattwerk-media-"));
  storage = diskStorage(path.join(dir, "store"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function sample(name: string, bytes: Buffer | string): Promise<string> {
  const file = path.join(await storage.tempDir(), name);
  await writeFile(file, bytes);
  return file;
}

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 20, g: 110, b: 90 } } }).png().toBuffer();

const pdf = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

describe("type detection from the bytes", () => {
  it("takes a PNG named .pdf for the image it is", async () => {
    const result = await ingestFile(storage, await sample("bericht.pdf", await png(40, 30)));
    expect(result).toMatchObject({ ok: true, value: { type: { mime: "image/png", kind: "image" }, width: 40, height: 30 } });
  });

  it("takes a PDF named .jpg for a document and makes no variants", async () => {
    const result = await ingestFile(storage, await sample("foto.jpg", pdf));
    expect(result).toMatchObject({ ok: true, value: { type: { mime: "application/pdf", kind: "document" }, variants: [] } });
  });

  it("refuses HTML named .png, SVG and an empty file", async () => {
    const html = "<!doctype html><html><body><script>alert(1)</script></body></html>";
    expect(await ingestFile(storage, await sample("bild.png", html))).toEqual({ ok: false, problem: "type" });
    const svg = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    expect(await ingestFile(storage, await sample("logo.svg", svg))).toEqual({ ok: false, problem: "type" });
    expect(await ingestFile(storage, await sample("leer.pdf", Buffer.alloc(0)))).toEqual({ ok: false, problem: "empty" });
  });

  it("refuses a replacement of another kind before storing anything", async () => {
    const before = await readdir(path.join(dir, "store"));
    expect(await ingestFile(storage, await sample("neu.png", pdf), { kind: "image" })).toEqual({ ok: false, problem: "kind" });
    expect(await ingestFile(storage, await sample("neu.pdf", await png(40, 30)), { kind: "document" })).toEqual({ ok: false, problem: "kind" });
    expect(await readdir(path.join(dir, "store"))).toEqual(before);
    expect(await ingestFile(storage, await sample("neu2.png", await png(41, 30)), { kind: "image" })).toMatchObject({ ok: true, value: { width: 41 } });
  });

  it("removes the temporary file whatever the outcome", async () => {
    await ingestFile(storage, await sample("a.png", "<html>"));
    await ingestFile(storage, await sample("b.png", await png(10, 10)));
    expect(await readdir(await storage.tempDir())).toEqual([]);
  });
});

describe("image processing", () => {
  it("makes 480/960/1600 variants in AVIF, WebP and JPEG, none larger than the photo", async () => {
    const result = await ingestFile(storage, await sample("weit.png", await png(2000, 1000)));
    if (!result.ok) throw new Error(result.problem);
    const { hash, variants } = result.value;
    expect(variants.map((v) => `${v.width}x${v.height}.${v.format}`)).toEqual([
      "480x240.avif", "480x240.webp", "480x240.jpg",
      "960x480.avif", "960x480.webp", "960x480.jpg",
      "1600x800.avif", "1600x800.webp", "1600x800.jpg",
    ]);
    const stored = await sharp(await streamToBuffer(storage.read(`${hash}/960.avif`))).metadata();
    expect(stored).toMatchObject({ format: "heif", width: 960, height: 480 });
  });

  it("makes every standard width a photo reaches, its own width only when it is not one", () => {
    expect(variantWidths(1600)).toEqual([480, 960, 1600]);
    expect(variantWidths(960)).toEqual([480, 960]);
    expect(variantWidths(1000)).toEqual([480, 960, 1000]);
    expect(variantWidths(4000)).toEqual([480, 960, 1600]);
    expect(variantWidths(300)).toEqual([300]);
  });

  it("stops at the photo's own width when it is narrower than 1600 px", async () => {
    const result = await ingestFile(storage, await sample("schmal.png", await png(700, 350)));
    if (!result.ok) throw new Error(result.problem);
    expect([...new Set(result.value.variants.map((v) => v.width))]).toEqual([480, 700]);
  });

  it("turns the photo upright by its EXIF orientation and strips GPS and all other metadata", async () => {
    const photo = await sharp({ create: { width: 300, height: 200, channels: 3, background: "#888" } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExifMerge({
        IFD0: { Make: "Stadtkamera" },
        IFD3: { GPSLatitudeRef: "N", GPSLatitude: "52/1 31/1 12/1", GPSLongitudeRef: "E", GPSLongitude: "13/1 24/1 36/1" },
      })
      .toBuffer();
    const before = await sharp(photo).metadata();
    expect(before.exif?.includes(Buffer.from("Stadtkamera"))).toBe(true);
    expect(before.orientation).toBe(6);

    const result = await ingestFile(storage, await sample("mit-gps.jpg", photo));
    if (!result.ok) throw new Error(result.problem);
    expect(result.value).toMatchObject({ width: 200, height: 300 });
    for (const variant of result.value.variants) {
      const bytes = await streamToBuffer(storage.read(`${result.value.hash}/${variant.width}.${variant.format}`));
      const meta = await sharp(bytes).metadata();
      expect(meta.exif, `${variant.width}.${variant.format}`).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.orientation ?? 1).toBe(1);
      expect(meta.width).toBeLessThan(meta.height!);
      expect(bytes.includes(Buffer.from("Stadtkamera"))).toBe(false);
    }
  });

  it("refuses a decompression bomb from its header, before decoding", async () => {
    // A PNG that declares 100,000 × 100,000 pixels (40 GB decoded) in a few dozen bytes.
    expect(await ingestFile(storage, await sample("bombe.png", pngHeader(100_000, 100_000)))).toEqual({ ok: false, problem: "dimensions" });
  });

  it("refuses a truncated image", async () => {
    const whole = await png(400, 300);
    expect(await ingestFile(storage, await sample("kaputt.png", whole.subarray(0, 60)))).toMatchObject({ ok: false });
  });
});

async function streamToBuffer(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function pngHeader(width: number, height: number): Buffer {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  data.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const chunk = (type: string, body: Buffer) => {
    const typed = Buffer.concat([Buffer.from(type, "ascii"), body]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(body.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", data), chunk("IDAT", Buffer.from([0x78, 0x9c])), chunk("IEND", Buffer.alloc(0))]);
}
