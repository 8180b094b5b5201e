// `npm run bench`: the demo (with its media) plus 100,000 posts in a PostgreSQL database of its own, then wrk against
// `next start`: cached reader pages at 16 and 64 connections, the first render after an invalidation, the search page
// (rendered per request), robots.txt (Next's per-request floor) and nginx serving the article's HTML as a file.
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { parseArgs } from "node:util";
import { Presets, SingleBar } from "cli-progress";
import { sql } from "drizzle-orm";
import { Client } from "pg";
import { openDatabase } from "@/db/client";
import { diskStorage } from "@/lib/media/storage";
import { run } from "./support/commands";
import { summariseProfile } from "./support/profile-summary";
import { startNextServer, startNginx, type Server } from "./support/servers";
import { seedDemo } from "./seed/demo";
import { seedDemoMedia } from "./seed/media";
import { seedSyntheticPosts } from "./seed/synthetic";

const { values } = parseArgs({
  options: {
    posts: { type: "string", default: "100000" },
    duration: { type: "string", default: "10" },
    port: { type: "string", default: "3141" },
    "nginx-port": { type: "string", default: "8090" },
    "admin-url": { type: "string", default: process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres" },
    "skip-build": { type: "boolean", default: false },
    // Reuse blattwerk_bench from an earlier run (seeding 100,000 posts takes minutes).
    "skip-seed": { type: "boolean", default: false },
    // Only the cached article at c16 (and nginx), e.g. while profiling.
    quick: { type: "boolean", default: false },
    // Write a V8 CPU profile of the server (open it in Chrome DevTools or speedscope) into this folder.
    profile: { type: "string" },
  },
});
const token = "bench-token";
const duration = Number(values.duration);
const uploadDir = path.resolve(".data/bench/uploads");
const exec = promisify(execFile);

function databaseUrl(): string {
  const url = new URL(values["admin-url"]!);
  url.pathname = "/blattwerk_bench";
  return url.toString();
}

async function prepareDatabase(): Promise<void> {
  const admin = new Client({ connectionString: values["admin-url"] });
  await admin.connect();
  await admin.query("drop database if exists blattwerk_bench with (force)");
  await admin.query("create database blattwerk_bench");
  await admin.end();
  rmSync(uploadDir, { recursive: true, force: true });
  const handle = await openDatabase({ url: databaseUrl() });
  try {
    await handle.migrate();
    await seedDemo(handle.db);
    // The article measured is one with a cover, as readers see most articles; covers need the media library.
    await seedDemoMedia(handle.db, diskStorage(uploadDir));
    const count = Number(values.posts);
    const bar = new SingleBar({ format: "Seeding [{bar}] {value}/{total}" }, Presets.shades_classic);
    bar.start(count, 0);
    await seedSyntheticPosts(handle.db, count, (done) => bar.update(done), 2000);
    bar.stop();
    await handle.db.execute(sql`vacuum analyze`);
  } finally {
    await handle.close();
  }
}

async function get(base: string, path: string, headers: Record<string, string> = {}): Promise<{ ms: number; body: string }> {
  const started = performance.now();
  const response = await fetch(base + path, { headers });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  return { ms: performance.now() - started, body };
}

const toMs = (value: string) => {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(value);
  if (!match) return Number.NaN;
  const factor = { us: 0.001, ms: 1, s: 1000, m: 60_000 }[match[2] as "us" | "ms" | "s" | "m"];
  return Number(match[1]) * factor;
};

/** wrk (2 threads, like the README's figures) against one URL; latency percentiles from --latency. */
async function load(url: string, connections: number) {
  const { stdout } = await exec("wrk", ["-t2", `-c${connections}`, `-d${duration}s`, "--latency", url], { maxBuffer: 1 << 20 });
  const percentile = (p: string) => Math.round(toMs(new RegExp(`^\\s+${p}%\\s+(\\S+)`, "m").exec(stdout)?.[1] ?? "") * 10) / 10;
  const errors = Number(/Non-2xx or 3xx responses: (\d+)/.exec(stdout)?.[1] ?? 0) + Number(/Socket errors: connect (\d+)/.exec(stdout)?.[1] ?? 0);
  return { "req/s": Math.round(Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1])), "p50 ms": percentile("50"), "p99 ms": percentile("99"), errors };
}

async function pathsToMeasure(url: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const visible = "status = 'published' and deleted_at is null and published_at <= now()";
    const { rows: count } = await client.query<{ n: number }>(`select count(*)::int as n from posts where ${visible}`);
    const { rows: category } = await client.query<{ slug: string; n: number }>(
      `select c.slug, count(*)::int as n from categories c join post_categories pc on pc.category_id = c.id join posts p on p.id = pc.post_id and p.${visible.replaceAll(" and ", " and p.")} group by c.slug order by n desc limit 1`,
    );
    const { rows: article } = await client.query<{ slug: string }>(
      `select slug from posts where ${visible} order by (cover_media_id is not null) desc, published_at desc limit 1`,
    );
    if (!category[0] || !article[0]) throw new Error("The bench database has no published post: seed it again (drop --skip-seed).");
    console.log(`\n${count[0]?.n} visible posts; largest category ${category[0].slug} has ${category[0].n} posts.`);
    return {
      home: "/",
      "page 5000": "/seite/5000",
      "category last page": `/kategorie/${category[0].slug}/seite/${Math.ceil(category[0].n / 10)}`,
      article: `/artikel/${article[0].slug}`,
    };
  } finally {
    await client.end();
  }
}

const servers: Server[] = [];
let loadStarted = 0;
const scratch = mkdtempSync(path.join(tmpdir(), "blattwerk-bench-"));
try {
  if (!values["skip-build"]) await run("npx", ["next", "build"]);
  if (!values["skip-seed"]) await prepareDatabase();
  const next = await startNextServer({
    port: Number(values.port),
    env: { DATABASE_URL: databaseUrl(), UPLOAD_DIR: uploadDir, REVALIDATE_TOKEN: token, AUTH_SECRET: "bench-only" },
    nodeArgs: values.profile ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(values.profile)}`] : [],
  });
  servers.push(next);
  const invalidate = async () => {
    const response = await fetch(`${next.url}/api/revalidate`, { method: "POST", headers: { authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`revalidate answered ${response.status}`);
  };

  const paths = await pathsToMeasure(databaseUrl());
  const { body: articleHtml } = await get(next.url, paths.article);
  const nginx = await startNginx({ port: Number(values["nginx-port"]), dir: path.join(scratch, "nginx"), files: { "article.html": articleHtml } });
  servers.push(nginx);
  await get(nginx.url, "/article.html");

  const rows: Record<string, Record<string, number | string>> = {};
  const measure = async (name: string, base: string, path: string, cold: number | string, both = true) => {
    console.log(`measuring ${name} …`);
    const c16 = await load(base + path, 16);
    const c64 = both ? await load(base + path, 64) : undefined;
    rows[name] = { "first ms": cold, ...c16, ...(c64 ? { "c64 req/s": c64["req/s"], "c64 p99 ms": c64["p99 ms"], "c64 errors": c64.errors } : {}) };
  };

  // nginx first, so that a profile of the Next server covers nothing but its own load.
  await measure("nginx: the article's HTML as a file", nginx.url, "/article.html", "-", !values.quick);
  loadStarted = Date.now();
  for (const [name, path] of Object.entries(values.quick ? { article: paths.article } : paths)) {
    await invalidate();
    const cold = Math.round((await get(next.url, path)).ms);
    await get(next.url, path);
    await measure(`${name} (cached)`, next.url, path, cold, !values.quick);
    if (values.quick) continue;
    await invalidate();
    // Right after an invalidation the first requests render while the rest are served the stale page.
    await measure(`${name} (after invalidation)`, next.url, path, Math.round((await get(next.url, path)).ms), false);
  }
  if (!values.quick) {
    // The search page reads its query string, so it is rendered on every request (its data is cached).
    await get(next.url, "/suche?q=Instagram");
    await measure("search page (rendered per request)", next.url, "/suche?q=Instagram", "-", false);
    await measure("robots.txt (route handler)", next.url, "/robots.txt", "-", false);
  }

  console.log(`\nwrk -t2, ${duration} s per run, c16 unless marked c64; article HTML ${Math.round(articleHtml.length / 1024)} KB uncompressed`);
  console.table(rows);
  const ratio = Number(rows["article (cached)"]?.["req/s"]) / Number(rows["nginx: the article's HTML as a file"]?.["req/s"]);
  console.log(`cached article / nginx static file: ${(ratio * 100).toFixed(1)} %`);
} finally {
  for (const server of servers.reverse()) await server.stop();
  rmSync(scratch, { recursive: true, force: true });
}
if (values.profile && loadStarted) {
  // Node writes the profile when the server exits; the newest one is this run's. Start-up is left out.
  const newest = readdirSync(values.profile).filter((name) => name.endsWith(".cpuprofile")).sort().at(-1);
  const lastSeconds = (Date.now() - loadStarted) / 1000;
  if (newest) console.log(`\nCPU profile ${path.join(values.profile, newest)}, load phase:\n${summariseProfile(path.join(values.profile, newest), { lastSeconds })}`);
}
