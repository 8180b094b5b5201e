import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coverCropDataUri, coverSize } from "./covers";
import { diskStorage, useMediaStorageForTests, type MediaStorage } from "./media/storage";

const hash = "9".repeat(64);
const src = `/medien/${hash}/1600.jpg`;
let dir: string;
let storage: MediaStorage;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "blattwerk-covers-"));
  storage = diskStorage(dir);
  useMediaStorageForTests(storage);
  // Left half red, right half blue: where the crop lands shows in its colour.
  const red = await sharp({ create: { width: 800, height: 900, channels: 3, background: "#ff0000" } }).png().toBuffer();
  const image = await sharp({ create: { width: 1600, height: 900, channels: 3, background: "#0000ff" } })
    .composite([{ input: red, left: 0, top: 0 }])
    .jpeg()
    .toBuffer();
  await storage.put(`${hash}/1600.jpg`, image);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function meanColour(dataUri: string | null) {
  expect(dataUri).toMatch(/^data:image\/jpeg;base64,/);
  const bytes = Buffer.from(dataUri!.split(",")[1]!, "base64");
  const { width, height } = await sharp(bytes).metadata();
  const { channels } = await sharp(bytes).stats();
  return { width, height, red: channels[0]!.mean, blue: channels[2]!.mean };
}

describe("cover crops for social images", () => {
  it("cuts the panel around the focal point", async () => {
    const left = await meanColour(await coverCropDataUri({ src, focal: { x: 0.1, y: 0.5 } }, { width: 500, height: 630 }));
    expect(left).toMatchObject({ width: 500, height: 630 });
    expect(left.red).toBeGreaterThan(200);
    expect(left.blue).toBeLessThan(50);
    const right = await meanColour(await coverCropDataUri({ src, focal: { x: 0.9, y: 0.5 } }, { width: 500, height: 630 }));
    expect(right.blue).toBeGreaterThan(200);
    expect(right.red).toBeLessThan(50);
  });

  it("gives nothing for a missing file or a URL outside the library, and knows the stored size", async () => {
    expect(await coverCropDataUri({ src: `/medien/${"8".repeat(64)}/1600.jpg`, focal: { x: 0.5, y: 0.5 } }, { width: 500, height: 630 })).toBeNull();
    expect(await coverCropDataUri({ src: "/../../etc/passwd", focal: { x: 0.5, y: 0.5 } }, { width: 500, height: 630 })).toBeNull();
    expect(await coverSize(src)).toBe(await storage.size(`${hash}/1600.jpg`));
    expect(await coverSize("/covers/x.svg")).toBe(0);
  });
});
