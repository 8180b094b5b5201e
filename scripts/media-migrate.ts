// `npm run media:migrate -- --to s3`: copies the disk library (UPLOAD_DIR) into the S3 bucket named by S3_*.
// Idempotent: a file already in the bucket with the same size is skipped, so an interrupted run just starts again.
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { HeadObjectCommand } from "@aws-sdk/client-s3";
import { s3Client, s3SettingsFromEnv, uploadFile } from "@/lib/media/s3-storage";
import { isStorageKey, uploadDir } from "@/lib/media/storage";
import { runScript } from "./run-script";

const { values } = parseArgs({ options: { to: { type: "string" }, from: { type: "string" } } });

async function libraryFiles(root: string): Promise<{ key: string; file: string; size: number }[]> {
  const found: { key: string; file: string; size: number }[] = [];
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

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toLocaleString("de-DE", { maximumFractionDigits: 1 });

await runScript(async () => {
  if (values.to !== "s3") throw new Error("usage: npm run media:migrate -- --to s3 [--from <folder>] (with S3_BUCKET etc. set)");
  const settings = s3SettingsFromEnv();
  if (!settings) throw new Error("S3_BUCKET is not set: nothing to copy to.");
  const root = path.resolve(values.from ?? uploadDir());
  const client = s3Client(settings);
  const files = await libraryFiles(root);
  const total = files.reduce((sum, file) => sum + file.size, 0);
  console.log(`${files.length} files (${megabytes(total)} MB) in ${root} → bucket ${settings.bucket}`);
  let done = 0;
  let copied = 0;
  let skipped = 0;
  for (const [index, file] of files.entries()) {
    if ((await sizeInBucket(client, settings.bucket, file.key)) === file.size) {
      skipped++;
    } else {
      await uploadFile(client, settings.bucket, file.key, file.file);
      copied++;
    }
    done += file.size;
    if (index === files.length - 1 || index % 25 === 0) {
      console.log(`${index + 1}/${files.length} files, ${megabytes(done)}/${megabytes(total)} MB (${copied} copied, ${skipped} already there)`);
    }
  }
  console.log(`Done: ${copied} copied, ${skipped} already in the bucket. The disk folder is left as it was.`);
});
