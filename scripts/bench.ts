// `npm run bench`: 100,000 posts in a PostgreSQL database of its own, then req/s and latency of the reader pages.
import { spawn, type ChildProcess } from "node:child_process";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { Presets, SingleBar } from "cli-progress";
import { sql } from "drizzle-orm";
import { Client } from "pg";
import { openDatabase } from "@/db/client";
import { seedDemo } from "./seed/demo";
import { seedSyntheticPosts } from "./seed/synthetic";

const { values } = parseArgs({
  options: {
    posts: { type: "string", default: "100000" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "16" },
    "admin-url": { type: "string", default: process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres" },
    "skip-build": { type: "boolean", default: false },
  },
});
const port = 3200;
const base = `http://127.0.0.1:${port}`;
const token = "bench-token";
const duration = Number(values.duration);
const connections = Number(values.connections);

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited ${code}`))));
  });
}

async function prepareDatabase(): Promise<string> {
  const admin = new Client({ connectionString: values["admin-url"] });
  await admin.connect();
  await admin.query("drop database if exists blattwerk_bench with (force)");
  await admin.query("create database blattwerk_bench");
  await admin.end();
  const url = new URL(values["admin-url"]!);
  url.pathname = "/blattwerk_bench";
  const handle = await openDatabase({ url: url.toString() });
  await handle.migrate();
  await seedDemo(handle.db);
  const count = Number(values.posts);
  const bar = new SingleBar({ format: "Seeding [{bar}] {value}/{total}" }, Presets.shades_classic);
  bar.start(count, 0);
  await seedSyntheticPosts(handle.db, count, (done) => bar.update(done), 2000);
  bar.stop();
  await handle.db.execute(sql`vacuum analyze`);
  await handle.close();
  return url.toString();
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/seite/0`)).status === 404) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("server did not start");
}

async function timed(path: string, headers: Record<string, string> = {}): Promise<number> {
  const started = performance.now();
  const response = await fetch(base + path, { headers });
  await response.text();
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  return performance.now() - started;
}

async function load(path: string, headers: Record<string, string> = {}) {
  const result = await autocannon({ url: base + path, connections, duration, headers });
  return {
    "req/s": Math.round(result.requests.average),
    "p50 ms": result.latency.p50,
    "p99 ms": result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

async function invalidate(): Promise<void> {
  const response = await fetch(`${base}/api/revalidate`, { method: "POST", headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`revalidate answered ${response.status}`);
}

let server: ChildProcess | undefined;
try {
  if (!values["skip-build"]) await run("npx", ["next", "build"]);
  const databaseUrl = await prepareDatabase();
  server = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    stdio: "ignore",
    env: { SITE_URL: `http://127.0.0.1:${port}`, ...process.env, DATABASE_URL: databaseUrl, REVALIDATE_TOKEN: token, NEXT_TELEMETRY_DISABLED: "1" },
  });
  await waitForServer();

  const admin = new Client({ connectionString: databaseUrl });
  await admin.connect();
  const { rows: visible } = await admin.query<{ n: number }>(
    "select count(*)::int as n from posts where status = 'published' and deleted_at is null and published_at <= now()",
  );
  const { rows: cat } = await admin.query<{ slug: string; n: number }>(
    "select c.slug, count(*)::int as n from categories c join post_categories pc on pc.category_id = c.id group by c.slug order by n desc limit 1",
  );
  const { rows: article } = await admin.query<{ slug: string }>(
    "select slug from posts where status = 'published' and published_at <= now() and cover_media_id is not null order by published_at desc limit 1",
  );
  await admin.end();
  const lastCategoryPage = Math.ceil((cat[0]?.n ?? 1) / 10);
  console.log(`\n${visible[0]?.n} visible posts; largest category ${cat[0]?.slug} has ${cat[0]?.n} posts.`);
  const paths = {
    home: "/",
    "page 5000": "/seite/5000",
    "category last page": `/kategorie/${cat[0]?.slug}/seite/${lastCategoryPage}`,
    article: `/artikel/${article[0]?.slug}`,
  };

  const rows: Record<string, Record<string, number | string>> = {};
  for (const [name, path] of Object.entries(paths)) {
    await invalidate();
    const cold = await timed(path);
    await timed(path);
    console.log(`measuring ${name} …`);
    rows[`${name} (cached)`] = { path, "first render ms": Math.round(cold), ...(await load(path)) };
    await invalidate();
    rows[`${name} (after invalidation)`] = { path, "first render ms": Math.round(await timed(path)), ...(await load(path)) };
  }
  // The search page reads its query string, so it is rendered on every request (its data is cached): the cost of
  // rendering, for comparison with the cached pages above.
  const search = "/suche?q=Instagram";
  await timed(search);
  rows["search page (rendered per request)"] = { path: search, "first render ms": "-", ...(await load(search)) };
  console.table(rows);
} finally {
  server?.kill("SIGTERM");
}
