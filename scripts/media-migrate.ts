// `npm run media:migrate -- --to s3`: copies the disk library (UPLOAD_DIR) into the S3 bucket named by S3_*.
// Idempotent (lib/media/copy-to-bucket.ts): an interrupted run just starts again.
import path from "node:path";
import { parseArgs } from "node:util";
import { copyLibraryToBucket } from "@/lib/media/copy-to-bucket";
import { getConfig } from "@/lib/config";
import { uploadDir } from "@/lib/media/storage";
import { runScript } from "./run-script";

const { values } = parseArgs({ options: { to: { type: "string" }, from: { type: "string" } } });

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toLocaleString("de-DE", { maximumFractionDigits: 1 });

await runScript(async () => {
  if (values.to !== "s3") throw new Error("usage: npm run media:migrate -- --to s3 [--from <folder>] (with S3_BUCKET etc. set)");
  const settings = getConfig().s3;
  if (!settings) throw new Error("S3_BUCKET is not set: nothing to copy to.");
  const root = path.resolve(values.from ?? uploadDir());
  console.log(`Copying the library in ${root} → bucket ${settings.bucket}`);
  const result = await copyLibraryToBucket(root, settings, ({ index, files, bytesDone, bytesTotal, copied, skipped }) => {
    if (index === files - 1 || index % 25 === 0) {
      console.log(`${index + 1}/${files} files, ${megabytes(bytesDone)}/${megabytes(bytesTotal)} MB (${copied} copied, ${skipped} already there)`);
    }
  });
  console.log(`Done: ${result.copied} copied, ${result.skipped} already in the bucket. The disk folder is left as it was.`);
});
