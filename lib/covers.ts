// Cover images are files under public/ or variants in the media library: their media type, size and bytes, for feeds
// and social images.
import "server-only";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { getMediaStorage } from "./media/storage";

/** "/medien/<hash>/<name>" → the storage key of a library variant; null for anything else. */
function libraryKey(coverPath: string): string | null {
  const match = /^\/medien\/([0-9a-f]{64}\/\d{1,5}\.(?:jpg|webp|avif))$/.exec(coverPath);
  return match ? match[1]! : null;
}

const mimeTypes: Record<string, string> = {
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".gif": "image/gif",
  ".avif": "image/avif",
};

export function coverMimeType(coverPath: string): string {
  return mimeTypes[path.extname(coverPath).toLowerCase()] ?? "application/octet-stream";
}

const publicDir = path.join(/* turbopackIgnore: true */ process.cwd(), "public");

/** The file behind a cover path such as "/covers/x.svg"; null for anything that would leave public/. */
function coverFile(coverPath: string): string | null {
  if (!coverPath.startsWith("/") || coverPath.includes("\0")) return null;
  const file = path.join(publicDir, path.normalize(coverPath));
  return file.startsWith(publicDir + path.sep) ? file : null;
}

export async function coverSize(coverPath: string): Promise<number> {
  const key = libraryKey(coverPath);
  if (key) return (await getMediaStorage().size(key)) ?? 0;
  const file = coverFile(coverPath);
  if (!file) return 0;
  return stat(/* turbopackIgnore: true */ file).then((info) => info.size, () => 0);
}

/** The cover as a data: URI (never a request to another host), or null when the file is missing. */
export async function coverDataUri(coverPath: string): Promise<string | null> {
  const key = libraryKey(coverPath);
  if (key) {
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of getMediaStorage().read(key)) chunks.push(chunk as Buffer);
    } catch {
      return null;
    }
    return `data:${coverMimeType(coverPath)};base64,${Buffer.concat(chunks).toString("base64")}`;
  }
  const file = coverFile(coverPath);
  if (!file) return null;
  const bytes = await readFile(/* turbopackIgnore: true */ file).catch(() => null);
  return bytes ? `data:${coverMimeType(coverPath)};base64,${bytes.toString("base64")}` : null;
}
