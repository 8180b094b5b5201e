// `npm run bench:search`: 100,000 posts in a PostgreSQL database of its own, then the latency of 20 typical German
// searches (the uncached data function, i.e. what a cache miss costs) and the query plans showing the GIN indexes.
import { parseArgs } from "node:util";
import { Presets, SingleBar } from "cli-progress";
import { sql } from "drizzle-orm";
import { Client } from "pg";
import { openDatabase, type Database } from "@/db/client";
import { BROAD_QUERY_LIMITS, broadSearchPageSql, searchPageSql, searchPosts, similarTitlesSql } from "@/db/queries/search";
import { runScript } from "./run-script";
import { seedDemo } from "./seed/demo";
import { seedSyntheticPosts } from "./seed/synthetic";

const { values } = parseArgs({
  options: {
    posts: { type: "string", default: "100000" },
    rounds: { type: "string", default: "30" },
    "admin-url": { type: "string", default: process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres" },
    // Skips the slow part when the database from an earlier run is still there.
    reuse: { type: "boolean", default: false },
  },
});

const DATABASE = "blattwerk_bench_search";

/** What readers of the publication look for: topics, platforms, a phrase, an exclusion, two typos. */
const queries = [
  "Instagram Stories Behörde",
  "Impressum Facebook-Seite",
  "Nachwuchsgewinnung",
  "Krisenkommunikation Hochwasser",
  "TikTok Behörden",
  "Datenschutz WhatsApp",
  "Barrierefreiheit Alternativtext",
  "Redaktionsplan Vorlage",
  "Kommentarmoderation Netiquette",
  "Mastodon Landratsamt",
  '"Leichte Sprache"',
  "Bürgerbeteiligung online",
  "Stellenanzeigen LinkedIn",
  "Wahlinformationen Neutralität",
  "Livestream Ratssitzung",
  "Urheberrecht Bilder",
  "Podcast Rathaus",
  "Fundsachen -Facebook",
  "Instgram",
  "Nachwuchsgewinung",
];

async function prepareDatabase(url: string): Promise<void> {
  const admin = new Client({ connectionString: values["admin-url"] });
  await admin.connect();
  try {
    if (values.reuse) {
      const { rows } = await admin.query("select 1 from pg_database where datname = $1", [DATABASE]);
      if (rows.length > 0) return;
    }
    await admin.query(`drop database if exists ${DATABASE} with (force)`);
    await admin.query(`create database ${DATABASE}`);
  } finally {
    await admin.end();
  }
  const handle = await openDatabase({ url });
  try {
    await handle.migrate();
    await seedDemo(handle.db);
    const count = Number(values.posts);
    const bar = new SingleBar({ format: "Seeding [{bar}] {value}/{total} ({eta}s left)" }, Presets.shades_classic);
    const started = Date.now();
    bar.start(count, 0);
    await seedSyntheticPosts(handle.db, count, (done) => bar.update(done), 2000);
    bar.stop();
    console.log(`Seeded ${count} posts in ${((Date.now() - started) / 1000).toFixed(0)} s (search triggers included).`);
    await handle.db.execute(sql`vacuum analyze`);
  } finally {
    await handle.close();
  }
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? 0;
}

const ms = (value: number) => value.toFixed(1);

async function explain(db: Database, label: string, query: ReturnType<typeof sql>): Promise<void> {
  const result = (await db.execute(sql`explain (analyze, costs off, timing on) ${query}`)) as unknown as {
    rows: { "QUERY PLAN": string }[];
  };
  console.log(`\nEXPLAIN ANALYZE: ${label}`);
  for (const row of result.rows) console.log(`  ${row["QUERY PLAN"]}`);
}

await runScript(async () => {
  const url = new URL(values["admin-url"]!);
  url.pathname = `/${DATABASE}`;
  await prepareDatabase(url.toString());

  const handle = await openDatabase({ url: url.toString() });
  try {
    const db = handle.db;
    const [{ n } = { n: 0 }] = (
      (await db.execute(sql`select count(*)::int as n from posts where status = 'published' and published_at <= now()`)) as unknown as {
        rows: { n: number }[];
      }
    ).rows;
    console.log(`\n${n} visible posts. ${queries.length} queries × ${values.rounds} rounds, one connection, uncached.`);

    const rounds = Number(values.rounds);
    const times = new Map<string, number[]>(queries.map((query) => [query, []]));
    const totals = new Map<string, string>();
    for (let round = -3; round < rounds; round++) {
      for (const query of queries) {
        const started = performance.now();
        const outcome = await searchPosts(db, { query, page: 1 }, "readers");
        const elapsed = performance.now() - started;
        if (round < 0) {
          const total = outcome.kind === "results" ? `${outcome.totalIsCapped ? ">" : ""}${outcome.total}` : "0";
          totals.set(query, total);
          continue;
        }
        times.get(query)!.push(elapsed);
      }
    }

    const all: number[] = [];
    console.log("\nquery                               hits    p50 ms   p95 ms");
    for (const query of queries) {
      const sorted = [...times.get(query)!].sort((a, b) => a - b);
      all.push(...sorted);
      console.log(
        `${query.padEnd(34)} ${(totals.get(query) ?? "0").padStart(6)}  ${ms(percentile(sorted, 50)).padStart(7)}  ${ms(percentile(sorted, 95)).padStart(7)}`,
      );
    }
    all.sort((a, b) => a - b);
    console.log(`\nAll ${all.length} searches: p50 ${ms(percentile(all, 50))} ms, p95 ${ms(percentile(all, 95))} ms, max ${ms(all.at(-1) ?? 0)} ms`);

    await explain(db, "results page for „Instagram Stories Behörde“", searchPageSql("Instagram Stories Behörde", 1, "readers"));
    await explain(db, "results page for „Nachwuchsgewinnung“", searchPageSql("Nachwuchsgewinnung", 1, "readers"));
    await explain(db, "broad query „Redaktionsplan Vorlage“ (newest matches ranked)", broadSearchPageSql("Redaktionsplan Vorlage", 1, BROAD_QUERY_LIMITS));
    await explain(db, "similar titles for „Instgram“ (trigram fallback)", similarTitlesSql("Instgram", "readers", []));
    await explain(
      db,
      "„Meinten Sie“ vocabulary lookup for „instgram“",
      sql`select word from search_words where word % ${"instgram"} order by similarity(word, ${"instgram"}) desc limit 1`,
    );
  } finally {
    await handle.close();
  }
});
