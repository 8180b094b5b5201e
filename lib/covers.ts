// A cover's stored file for feeds and social images: its byte size, and the picture cut to a frame around its focal
// point. Covers are library images; their URL names one stored variant.
import "server-only";
import sharp from "sharp";
import { focalCrop } from "./media/focal-crop";
import { getMediaStorage } from "./media/storage";

/** "/medien/<hash>/<name>" → the storage key of a library variant; null for anything else. */
function libraryKey(url: string): string | null {
  const match = /^\/medien\/([0-9a-f]{64}\/\d{1,5}\.(?:jpg|webp|avif))$/.exec(url);
  return match ? match[1]! : null;
}

export async function coverSize(url: string): Promise<number> {
  const key = libraryKey(url);
  return key ? ((await getMediaStorage().size(key)) ?? 0) : 0;
}

async function coverBytes(url: string): Promise<Buffer | null> {
  const key = libraryKey(url);
  if (!key) return null;
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of getMediaStorage().read(key)) chunks.push(chunk as Buffer);
  } catch {
    return null;
  }
  return Buffer.concat(chunks);
}

/**
 * The cover cut to `frame` so its focal point stays in view (what object-position does on the page), as a JPEG
 * data: URI for the social image: never a request to another host. Null when the file is missing or unreadable.
 */
export async function coverCropDataUri(cover: { src: string; focal: { x: number; y: number } }, frame: { width: number; height: number }): Promise<string | null> {
  const bytes = await coverBytes(cover.src);
  if (!bytes) return null;
  try {
    const { width, height } = await sharp(bytes).metadata();
    if (!width || !height) return null;
    const region = focalCrop(width, height, frame, cover.focal);
    const cropped = await sharp(bytes).extract(region).resize(frame.width, frame.height).jpeg({ quality: 85 }).toBuffer();
    return `data:image/jpeg;base64,${cropped.toString("base64")}`;
  } catch {
    return null;
  }
}
