// Media in S3-compatible object storage (AWS S3, MinIO, Ceph, Garage; s3rver in tests): the same contract as the
// disk store, so every instance serves every file. Large files go up in parts, ranged reads ask the store for the range.
import { createReadStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough, Readable } from "node:stream";
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { isStorageKey, type MediaStorage } from "./storage";

export type S3Settings = {
  bucket: string;
  endpoint?: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  /** Path-style URLs (host/bucket/key): MinIO, Ceph, Garage and s3rver expect them. */
  forcePathStyle: boolean;
  /** Folder for a file being received before it is uploaded (default the system's temporary folder). */
  tempDir?: string;
};

export function s3Client(settings: S3Settings): S3Client {
  const config: S3ClientConfig = { region: settings.region, endpoint: settings.endpoint, forcePathStyle: settings.forcePathStyle };
  if (settings.accessKeyId && settings.secretAccessKey) {
    config.credentials = { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey };
  }
  return new S3Client(config);
}

/** Parts of 8 MB, four at a time: a 50 MB PDF goes up as 7 parts and at most 32 MB is held in memory. */
const PART_SIZE = 8 * 1024 * 1024;

/** Streams a local file into the bucket, in parts when it is larger than one; the file stays where it is. */
export async function uploadFile(client: S3Client, bucket: string, key: string, file: string): Promise<void> {
  const upload = new Upload({
    client,
    params: { Bucket: bucket, Key: key, Body: createReadStream(file) },
    partSize: PART_SIZE,
    queueSize: 4,
    leavePartsOnError: false,
  });
  await upload.done();
}

function checked(key: string): string {
  if (!isStorageKey(key)) throw new Error(`Invalid media storage key: ${JSON.stringify(key)}`);
  return key;
}

function isNotFound(error: unknown): boolean {
  const name = (error as { name?: string })?.name;
  const status = (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
  return name === "NotFound" || name === "NoSuchKey" || status === 404;
}

export function s3Storage(settings: S3Settings, client = s3Client(settings)): MediaStorage {
  const Bucket = settings.bucket;
  return {
    async put(key, bytes) {
      await client.send(new PutObjectCommand({ Bucket, Key: checked(key), Body: bytes, ContentLength: bytes.length }));
    },
    async putFile(key, file) {
      await uploadFile(client, Bucket, checked(key), file);
      // Like a move on disk: the received file is gone once it is stored.
      await rm(file, { force: true });
    },
    async size(key) {
      if (!isStorageKey(key)) return null;
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket, Key: key }));
        return head.ContentLength ?? null;
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
    read(key, range) {
      // The interface hands out a stream at once; the object's body is piped into it when the store answers.
      const out = new PassThrough();
      const Range = range ? `bytes=${range.start}-${range.end}` : undefined;
      client.send(new GetObjectCommand({ Bucket, Key: checked(key), Range })).then(
        (object) => {
          const body = object.Body as Readable | undefined;
          if (!body) return out.destroy(new Error(`Empty body for ${key}`));
          body.on("error", (error) => out.destroy(error));
          out.on("close", () => body.destroy());
          body.pipe(out);
        },
        (error) => out.destroy(error),
      );
      return out;
    },
    async removeAll(hash) {
      if (!/^[0-9a-f]{64}$/.test(hash)) throw new Error("Invalid media hash");
      let ContinuationToken: string | undefined;
      do {
        const listed = await client.send(new ListObjectsV2Command({ Bucket, Prefix: `${hash}/`, ContinuationToken }));
        const keys = (listed.Contents ?? []).flatMap((item) => (item.Key ? [{ Key: item.Key }] : []));
        if (keys.length > 0) await client.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects: keys, Quiet: true } }));
        ContinuationToken = listed.IsTruncated ? listed.NextContinuationToken : undefined;
      } while (ContinuationToken);
    },
    async tempDir() {
      // Only ever holds the file of the one request receiving it: uploads stay a single streaming request.
      const dir = settings.tempDir ?? path.join(tmpdir(), "blattwerk-uploads");
      await mkdir(dir, { recursive: true });
      return dir;
    },
  };
}
