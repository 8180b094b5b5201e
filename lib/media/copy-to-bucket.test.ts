// `media:migrate` against s3rver on loopback (a stand-in for AWS S3, MinIO, Ceph or Garage): copies a disk library
// into the bucket, skips what is already there on a rerun, recopies a file whose size differs, leaves the disk as it was.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Readable } from "node:stream";
import { PutObjectCommand } from "@aws-sdk/client-s3";
import { expect, it } from "vitest";
import { copyLibraryToBucket } from "./copy-to-bucket";
import { s3Client, s3Storage } from "./s3-storage";
import { s3rverForThisFile } from "./s3rver-for-tests";

const s3 = s3rverForThisFile("blattwerk-migrate-");
const library = path.join(s3.root, "uploads");

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function libraryFile(key: string, bytes: Buffer): void {
  mkdirSync(path.dirname(path.join(library, key)), { recursive: true });
  writeFileSync(path.join(library, key), bytes);
}

it("copies the library, skips what the bucket holds on a rerun and recopies a file whose size differs", async () => {
  const settings = s3.settings();
  const photo = "c".repeat(64);
  const paper = "d".repeat(64);
  const original = randomBytes(40_000);
  const variant = randomBytes(6_000);
  const pdf = randomBytes(90_000);
  libraryFile(`${photo}/original.jpg`, original);
  libraryFile(`${photo}/480.webp`, variant);
  libraryFile(`${paper}/original.pdf`, pdf);
  // Neither a half-written temporary nor a folder the store did not name is copied.
  libraryFile(`${photo}/480.webp.tmp-123`, randomBytes(10));
  libraryFile("nicht-von-uns/datei.txt", randomBytes(10));

  const first = await copyLibraryToBucket(library, settings);
  expect(first).toEqual({ copied: 3, skipped: 0, files: 3, bytes: original.length + variant.length + pdf.length });
  const bucket = s3Storage(settings);
  expect(await bytesOf(bucket.read(`${photo}/original.jpg`))).toEqual(original);
  expect(await bytesOf(bucket.read(`${photo}/480.webp`))).toEqual(variant);
  expect(await bytesOf(bucket.read(`${paper}/original.pdf`))).toEqual(pdf);
  expect(await bucket.size(`${photo}/480.webp.tmp-123`)).toBeNull();
  // The disk library is left as it was.
  expect(existsSync(path.join(library, photo, "original.jpg"))).toBe(true);

  const rerun = await copyLibraryToBucket(library, settings);
  expect(rerun).toMatchObject({ copied: 0, skipped: 3 });

  // An object cut short by an interrupted earlier copy is copied again.
  await s3Client(settings).send(new PutObjectCommand({ Bucket: settings.bucket, Key: `${paper}/original.pdf`, Body: pdf.subarray(0, 100) }));
  const progress: number[] = [];
  const repaired = await copyLibraryToBucket(library, settings, ({ copied }) => progress.push(copied));
  expect(repaired).toMatchObject({ copied: 1, skipped: 2 });
  expect(progress).toHaveLength(3);
  expect(await bytesOf(bucket.read(`${paper}/original.pdf`))).toEqual(pdf);
});
