// A local S3-compatible server (s3rver on loopback) with a fresh bucket, for tests of the S3 store. It stands in for
// AWS S3, MinIO, Ceph or Garage; each test file gets its own server, folder and bucket.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CreateBucketCommand } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { afterAll, beforeAll } from "vitest";
import { s3Client, type S3Settings } from "./s3-storage";

/** Starts the server before the file's tests and removes it afterwards; `settings()` is valid inside tests. */
export function s3rverForThisFile(prefix: string): { root: string; settings: () => S3Settings } {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  let server: S3rver | undefined;
  let settings: S3Settings | undefined;
  beforeAll(async () => {
    server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: path.join(root, "s3rver") });
    const { port } = await server.run();
    settings = {
      bucket: `medien-${randomBytes(4).toString("hex")}`,
      endpoint: `http://127.0.0.1:${port}`,
      region: "us-east-1",
      accessKeyId: "S3RVER",
      secretAccessKey: "S3RVER",
      forcePathStyle: true,
      tempDir: path.join(root, "s3-temp"),
    };
    await s3Client(settings).send(new CreateBucketCommand({ Bucket: settings.bucket }));
  });
  afterAll(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });
  return {
    root,
    settings: () => {
      if (!settings) throw new Error("s3rver is not running yet");
      return settings;
    },
  };
}
