// Copies a disk media library (UPLOAD_DIR) into an S3 bucket, for `npm run media:migrate -- --to s3`.
// Idempotent: a file already in the bucket with the same size is skipped, so an interrupted run just starts again.
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { HeadObjectCommand } from "@aws-sdk/client-s3";
import { s3Client, uploadFile, type S3Settings } from "./s3-storage";
import { isStorageKey } from "./storage";

export type LibraryFile = { key: string; file: string; size: number };
export type CopyProgress = { index: number; files: number; bytesDone: number; bytesTotal: number; copied: number; skipped: number };

export async function libraryFiles(root: string): Promise<LibraryFile[]> {
  const found: LibraryFile[] = [];
  for (const folder of await readdir(root, { withFileTypes: true })) {
    if (!folder.isDirectory() || !/^[0-9a-f]{64}$/.test(folder.name)) continue;
    for (const entry of await readdir(path.join(root, folder.name), { withFileTypes: true })) {
      const key = `${folder.name}/${entry.name}`;
      // Only finished files: half-written temporaries and anything not named by the store are left behind.
      if (!entry.isFile() || !isStorageKey(key)) continue;
      const file = path.join(root, key);
      found.push({ key, file, size: (await stat(file)).size });
    }
  }
  return found;
}

async function sizeInBucket(client: ReturnType<typeof s3Client>, bucket: string, key: string): Promise<number | null> {
  try {
    return (await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }))).ContentLength ?? null;
  } catch (error) {
    if ((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return null;
    throw error;
  }
}

/** Copies every library file under `root` that the bucket lacks (or holds with another size); the disk stays as it was. */
export async function copyLibraryToBucket(
  root: string,
  settings: S3Settings,
  onProgress: (progress: CopyProgress) => void = () => {},
): Promise<{ copied: number; skipped: number; files: number; bytes: number }> {
  const client = s3Client(settings);
  const files = await libraryFiles(root);
  const bytesTotal = files.reduce((sum, file) => sum + file.size, 0);
  let bytesDone = 0;
  let copied = 0;
  let skipped = 0;
  for (const [index, file] of files.entries()) {
    if ((await sizeInBucket(client, settings.bucket, file.key)) === file.size) {
      skipped++;
    } else {
      await uploadFile(client, settings.bucket, file.key, file.file);
      copied++;
    }
    bytesDone += file.size;
    onProgress({ index, files: files.length, bytesDone, bytesTotal, copied, skipped });
  }
  return { copied, skipped, files: files.length, bytes: bytesTotal };
}
