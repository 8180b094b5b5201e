// From a received file to stored media: type from the bytes, size limit per kind, and for images the responsive
// variants made once here (EXIF orientation applied, every metadata block dropped, pixel count capped).
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { rm, stat } from "node:fs/promises";
import sharp, { type Metadata, type OutputInfo, type Sharp } from "sharp";
import { fileTypeFromFile } from "file-type";
import type { MediaVariant } from "@/db/schema";
import type { MediaStorage } from "./storage";
import { acceptedByMime, MAX_INPUT_PIXELS, sizeLimits, VARIANT_FORMATS, VARIANT_WIDTHS, type AcceptedType } from "./types";

export type UploadProblem = "empty" | "type" | "kind" | "tooLarge" | "dimensions" | "unreadable";

export type StoredFile = {
  hash: string;
  type: AcceptedType;
  byteSize: number;
  width: number | null;
  height: number | null;
  variants: MediaVariant[];
};

export type Ingested = { ok: true; value: StoredFile } | { ok: false; problem: UploadProblem };

/** The accepted type of a file judged by its first bytes; null for anything not on the list (SVG, HTML, ZIP…). */
export async function detectType(file: string): Promise<AcceptedType | null> {
  const found = await fileTypeFromFile(file).catch(() => undefined);
  return (found && acceptedByMime.get(found.mime)) ?? null;
}

async function sha256(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/**
 * Widths to make: the standard ones up to the photo's width, plus the photo's own width when it is below the largest
 * and not a standard one (a photo exactly 1600 px wide gets 480, 960 and 1600).
 */
export function variantWidths(width: number): number[] {
  const widths: number[] = VARIANT_WIDTHS.filter((w) => w <= width);
  if (width < VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1]! && !widths.includes(width)) widths.push(width);
  return widths.length > 0 ? widths : [width];
}

const encoders = {
  avif: (image: Sharp) => image.avif({ quality: 55, effort: 2 }),
  webp: (image: Sharp) => image.webp({ quality: 78 }),
  jpg: (image: Sharp) => image.flatten({ background: "#ffffff" }).jpeg({ quality: 80, mozjpeg: true }),
};

type Made = { ok: false; problem: UploadProblem } | { ok: true; width: number; height: number; variants: MediaVariant[] };

async function makeVariants(file: string, hash: string, storage: MediaStorage): Promise<Made> {
  const options = { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" as const };
  let meta: Metadata;
  try {
    // Header only: no pixel limit yet, so an oversized image is reported as such rather than as unreadable.
    meta = await sharp(file, { failOn: "error", limitInputPixels: false }).metadata();
  } catch {
    return { ok: false, problem: "unreadable" };
  }
  if (!meta.width || !meta.height) return { ok: false, problem: "unreadable" };
  // Checked from the header, before a single pixel is decoded.
  if (meta.width * meta.height > MAX_INPUT_PIXELS) return { ok: false, problem: "dimensions" };
  const upright = meta.autoOrient ?? { width: meta.width, height: meta.height };
  const widths = variantWidths(upright.width);
  const largest = Math.max(...widths);
  let decoded: { data: Buffer; info: OutputInfo };
  try {
    // Decode once, upright and no wider than the largest variant; no metadata survives a raw buffer.
    decoded = await sharp(file, options)
      .autoOrient()
      .resize({ width: largest, withoutEnlargement: true })
      .toColourspace("srgb")
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch {
    return { ok: false, problem: "unreadable" };
  }
  const raw = { width: decoded.info.width, height: decoded.info.height, channels: decoded.info.channels };
  const variants: MediaVariant[] = [];
  for (const width of widths) {
    const height = Math.max(1, Math.round((raw.height * width) / raw.width));
    for (const format of VARIANT_FORMATS) {
      const bytes = await encoders[format](sharp(decoded.data, { raw }).resize({ width, height })).toBuffer();
      await storage.put(`${hash}/${width}.${format}`, bytes);
      variants.push({ width, height, format, bytes: bytes.length });
    }
  }
  return { ok: true, width: upright.width, height: upright.height, variants };
}

/**
 * Checks and stores one received file. The temporary file is always gone afterwards: moved into storage or removed.
 * A replacement names the kind it must be (an image stays an image), checked from the bytes before anything is stored.
 */
export async function ingestFile(storage: MediaStorage, tempFile: string, expected?: { kind: AcceptedType["kind"] }): Promise<Ingested> {
  try {
    const { size } = await stat(tempFile);
    if (size === 0) return { ok: false, problem: "empty" };
    const type = await detectType(tempFile);
    if (!type) return { ok: false, problem: "type" };
    if (expected && type.kind !== expected.kind) return { ok: false, problem: "kind" };
    if (size > sizeLimits[type.kind]) return { ok: false, problem: "tooLarge" };
    const hash = await sha256(tempFile);
    let image = { width: null as number | null, height: null as number | null, variants: [] as MediaVariant[] };
    if (type.kind === "image") {
      const made = await makeVariants(tempFile, hash, storage);
      if (!made.ok) {
        await storage.removeAll(hash);
        return made;
      }
      image = made;
    }
    // Originals of photos stay private (they may carry GPS positions); only the variants are ever served.
    await storage.putFile(`${hash}/original.${type.extension}`, tempFile);
    return { ok: true, value: { hash, type, byteSize: size, ...image } };
  } finally {
    await rm(tempFile, { force: true });
  }
}
