// `npm run bench:media`: how long the upload pipeline takes for one 12-megapixel photo (9 variants: 3 widths × AVIF,
// WebP, JPEG), measured on this machine with photo-like noise so the encoders have real work.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { ingestFile } from "@/lib/media/pipeline";
import { diskStorage } from "@/lib/media/storage";

const dir = await mkdtemp(path.join(tmpdir(), "blattwerk-bench-media-"));
try {
  const storage = diskStorage(dir);
  const width = 4000;
  const height = 3000;
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (Math.sin(i / 977) * 80 + 128 + ((i * 2654435761) % 40)) & 255;
  const photo = await sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 90 }).toBuffer();
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    const file = path.join(await storage.tempDir(), `foto-${run}.jpg`);
    // One extra byte per run: a new hash, so nothing is skipped as a duplicate.
    await writeFile(file, Buffer.concat([photo, Buffer.from([run])]));
    const started = performance.now();
    const result = await ingestFile(storage, file);
    if (!result.ok) throw new Error(result.problem);
    times.push(performance.now() - started);
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`12 MP JPEG (${(photo.length / 1024 / 1024).toFixed(1)} MB): ${times.map((t) => `${Math.round(t)} ms`).join(", ")}; median ${Math.round(sorted[1]!)} ms`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
