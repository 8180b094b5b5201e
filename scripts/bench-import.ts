// `npm run bench:import [-- --posts 10000]`: generates a WordPress export (terms, comments, block and classic markup),
// imports it into a fresh PostgreSQL database with `npm run import:wordpress`, and reports wall time and peak
// resident memory; then imports it again (the rerun must change nothing). Each import is a process of its own, as an
// operator runs it. Admin URL: BENCH_DATABASE_URL, default the local server.
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { Client } from "pg";
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

/** The kernel's record of a process's peak resident set (VmHWM), in MB; null once the process is gone. */
async function peakRssMb(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
  } catch {
    return null;
  }
}

type Run = { seconds: number; peakMb: number; summary: string[] };

/** One `npm run import:wordpress` (the same heap cap and script), its output kept in a log beside the export. */
function importOnce(file: string, databaseUrl: string, uploads: string, log: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["--max-old-space-size=256", "--conditions=react-server", "--import", "tsx", "scripts/import-wordpress.ts", file], {
      env: { ...process.env, DATABASE_URL: databaseUrl, UPLOAD_DIR: uploads, NODE_OPTIONS: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let peakMb = 0;
    const poll = setInterval(() => {
      void peakRssMb(child.pid!).then((mb) => {
        if (mb !== null) peakMb = Math.max(peakMb, mb);
      });
    }, 100);
    for (const stream of [child.stdout, child.stderr]) stream.on("data", (chunk: Buffer) => log.push(chunk.toString("utf8")));
    child.on("error", reject);
    child.on("exit", (code) => {
      clearInterval(poll);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`import:wordpress ended with ${code}:\n${log.join("").slice(-2000)}`));
      // The phases' times as the progress printed them, and the counts from the report written beside the export.
      const phases = log.join("").split(/[\r\n]/).filter((line) => /: \d+\/\d+ \([\d.]+ s\)/.test(line));
      void readFile(`${file}.import-report.json`, "utf8").then((json) => {
        const counts = (JSON.parse(json) as { counts: Record<string, Record<string, number>> }).counts;
        const kinds = ["posts", "pages", "comments", "redirects"].map((kind) => `${kind} ${JSON.stringify(counts[kind])}`);
        resolve({ seconds, peakMb, summary: [...new Set(phases)].concat(kinds) });
      }, reject);
    });
  });
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
  try {
    for (const run of ["first import", "rerun"]) {
      const log: string[] = [];
      const result = await importOnce(file, url.toString(), path.join(dir, "uploads"), log);
      console.log(`${run}: ${result.seconds.toFixed(1)} s, peak RSS ${result.peakMb} MB`);
      for (const line of result.summary) console.log(`  ${line.trim()}`);
    }
  } finally {
    await admin(`drop database if exists ${name} with (force)`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
