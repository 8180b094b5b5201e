// `npm run bench:import [-- --posts 10000]`: generates a WordPress export (terms, comments, block and classic markup),
// imports it into a fresh PostgreSQL database, and reports wall time and peak resident memory; then imports it again
// (the rerun must change nothing). Admin URL: BENCH_DATABASE_URL, default the local server.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { Client } from "pg";
import { openDatabase } from "@/db/client";
import { ensureImportAccount } from "@/db/mutations/imports";
import { diskStorage } from "@/lib/media/storage";
import { consoleProgress } from "@/lib/wordpress/report";
import { importWordpress } from "@/lib/wordpress/write";
import { generateWxr } from "./wordpress/generate-wxr";

const { values } = parseArgs({ options: { posts: { type: "string", default: "10000" } } });
const postCount = Number(values.posts);
const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const name = "blattwerk_bench_import";

async function admin(query: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(query);
  } finally {
    await client.end();
  }
}

const dir = await mkdtemp(path.join(tmpdir(), "blattwerk-bench-import-"));
try {
  const file = path.join(dir, "export.xml");
  const bytes = await generateWxr(file, { posts: postCount, authors: 12, categories: 30, tags: 300 });
  console.log(`Export: ${postCount} posts, ${(bytes / 1024 / 1024).toFixed(1)} MB`);
  await admin(`drop database if exists ${name} with (force)`);
  await admin(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString() });
  try {
    await handle.migrate();
    const actor = await ensureImportAccount(handle.db);
    const rssBefore = process.memoryUsage().rss;
    for (const run of ["first import", "rerun"]) {
      const started = performance.now();
      const report = await importWordpress({
        file,
        uploadsDir: null,
        dryRun: false,
        db: handle.db,
        storage: diskStorage(path.join(dir, "uploads")),
        actorId: actor.id,
        progress: consoleProgress(),
        concurrency: 6,
      });
      const seconds = (performance.now() - started) / 1000;
      const c = report.counts;
      console.log(
        `${run}: ${seconds.toFixed(1)} s; posts created ${c.posts.created}, updated ${c.posts.updated}, unchanged ${c.posts.unchanged}, skipped ${c.posts.skipped}; ` +
          `peak RSS so far ${Math.round(process.resourceUsage().maxRSS / 1024)} MB (before the import ${Math.round(rssBefore / 1024 / 1024)} MB)`,
      );
    }
  } finally {
    await handle.close();
    await admin(`drop database if exists ${name} with (force)`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
