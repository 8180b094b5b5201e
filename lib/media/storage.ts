// Where media files live: a small interface (put, read, stat, remove) with a disk implementation under UPLOAD_DIR
// (the default) and an S3-compatible one (lib/media/s3-storage.ts, with S3_BUCKET) behind it.
import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { getConfig } from "../config";
import { s3Storage } from "./s3-storage";

/** `<64 hex>/<name>`: the only keys storage accepts, so no caller can reach outside its folder. */
const KEY = /^[0-9a-f]{64}\/(?:original|\d{1,5})\.[a-z0-9]{2,5}$/;

export function isStorageKey(key: string): boolean {
  return KEY.test(key);
}

export type ByteRange = { start: number; end: number };

export interface MediaStorage {
  /** Stores bytes under a key; a file already at that key is replaced. */
  put(key: string, bytes: Buffer): Promise<void>;
  /** Moves a finished temporary file into place (a rename on disk, an upload in parts to an object store). */
  putFile(key: string, file: string): Promise<void>;
  size(key: string): Promise<number | null>;
  read(key: string, range?: ByteRange): Readable;
  /** Removes every file stored for one hash. */
  removeAll(hash: string): Promise<void>;
  /** A folder for the file one request is receiving (beside the disk store, so putFile is a rename). */
  tempDir(): Promise<string>;
}

function checked(key: string): string {
  if (!isStorageKey(key)) throw new Error(`Invalid media storage key: ${JSON.stringify(key)}`);
  return key;
}

export function diskStorage(root: string): MediaStorage {
  const base = path.resolve(root);
  const fileOf = (key: string) => path.join(base, checked(key));
  return {
    async put(key, bytes) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      // Unique per write: two uploads of the same bytes may write the same variant at once.
      const temp = `${file}.${randomUUID()}.tmp`;
      await writeFile(temp, bytes);
      await rename(temp, file);
    },
    async putFile(key, source) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      await rename(source, file);
    },
    async size(key) {
      if (!isStorageKey(key)) return null;
      return stat(fileOf(key)).then((info) => (info.isFile() ? info.size : null), () => null);
    },
    read(key, range) {
      return createReadStream(fileOf(key), range ? { start: range.start, end: range.end } : undefined);
    },
    async removeAll(hash) {
      if (!/^[0-9a-f]{64}$/.test(hash)) throw new Error("Invalid media hash");
      await rm(path.join(base, hash), { recursive: true, force: true });
    },
    async tempDir() {
      const dir = path.join(base, "tmp");
      await mkdir(dir, { recursive: true });
      return dir;
    },
  };
}

const globalForStorage = globalThis as unknown as { blattwerkMediaStorage?: MediaStorage };

/** UPLOAD_DIR, else `uploads` beside the embedded database in DATA_DIR, else ./.data/uploads. */
export function uploadDir(): string {
  return getConfig().uploadDir;
}

/** The S3 store when S3_BUCKET is set (several instances share it), else the disk store. */
export function getMediaStorage(): MediaStorage {
  const { s3 } = getConfig();
  globalForStorage.blattwerkMediaStorage ??= s3 ? s3Storage(s3) : diskStorage(uploadDir());
  return globalForStorage.blattwerkMediaStorage;
}

/** Lets tests point the app at a folder of their own. */
export function useMediaStorageForTests(storage: MediaStorage): void {
  globalForStorage.blattwerkMediaStorage = storage;
}
