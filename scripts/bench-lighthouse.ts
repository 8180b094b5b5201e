// `npm run bench:lighthouse`: Lighthouse (mobile defaults: simulated slow 4G and a 4× slower CPU) on every public page
// type of the demo publication, three runs each, printing the median scores, LCP, TBT, CLS and bytes transferred.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { launch } from "chrome-launcher";
import lighthouse, { type Result } from "lighthouse";
import { openDatabase } from "@/db/client";
import { diskStorage } from "@/lib/media/storage";
import { readerPageTypes } from "./demo-content/reader-pages";
import { run } from "./support/commands";
import { killOnExit, startNextServer, type Server } from "./support/servers";
import { seedDemo } from "./seed/demo";
import { seedDemoMedia } from "./seed/media";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    port: { type: "string", default: "3140" },
    only: { type: "string" },
    // Writes each run's full report (every audit, the LCP element and its breakdown) as <dir>/<page>-<run>.json.
    save: { type: "string" },
    "skip-build": { type: "boolean", default: false },
  },
});
const runs = Number(values.runs);
const categories = ["performance", "accessibility", "best-practices", "seo"] as const;
// Chromium's own background requests would go to hosts this machine cannot (and a reader's browser need not) reach.
const chromeFlags = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

// Lighthouse could not read the trace it recorded: the run says nothing about the page (a page that fails to load
// gets another code). Such a run is repeated, at most twice per page type.
const traceFailures = new Set(["NO_NAVSTART", "NO_TRACING_STARTED", "NO_RESOURCE_REQUEST"]);

const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)]!;

async function seededDataDir(): Promise<string> {
  const dataDir = path.resolve(".data/lighthouse");
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const handle = await openDatabase({ dataDir: path.join(dataDir, "pglite") });
  try {
    await handle.migrate();
    await seedDemo(handle.db);
    await seedDemoMedia(handle.db, diskStorage(path.join(dataDir, "uploads")));
  } finally {
    await handle.close();
  }
  return dataDir;
}

let server: Server | undefined;
let chrome: Awaited<ReturnType<typeof launch>> | undefined;
try {
  if (!values["skip-build"]) await run("npx", ["next", "build"]);
  const dataDir = await seededDataDir();
  server = await startNextServer({
    port: Number(values.port),
    env: { DATABASE_URL: "", DATA_DIR: dataDir, UPLOAD_DIR: path.join(dataDir, "uploads"), AUTH_SECRET: "lighthouse-only" },
  });
  chrome = await launch({ chromePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", chromeFlags, logLevel: "silent", handleSIGINT: false });
  killOnExit(chrome.pid);
  const pages = readerPageTypes.filter((page) => !values.only || page.name.includes(values.only));

  const rows: Record<string, Record<string, string | number>> = {};
  for (const page of pages) {
    // The first visit renders and caches the page; Lighthouse measures what readers get afterwards.
    await fetch(server.url + page.path);
    const results: Result[] = [];
    let repeats = 0;
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(server.url + page.path, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...categories] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
      const name = `${page.name.replaceAll(" ", "-")}-${i + 1}${repeats > 0 ? `-repeat${repeats}` : ""}`;
      if (values.save) {
        mkdirSync(values.save, { recursive: true });
        writeFileSync(path.join(values.save, `${name}.json`), JSON.stringify(result.lhr, null, 1));
        // What Lighthouse recorded of a failed run, to find out why it failed.
        if (result.lhr.runtimeError) writeFileSync(path.join(values.save, `${name}.artifacts.json`), JSON.stringify(result.artifacts));
      }
      const code = result.lhr.runtimeError?.code;
      if (code && traceFailures.has(code) && repeats < 2) {
        console.log(`${page.name} (${page.path}): run ${i + 1} failed to record its trace (${code}), repeated`);
        repeats += 1;
        i -= 1;
        continue;
      }
      results.push(result.lhr);
    }
    // Lighthouse does not audit an error page (a 404 is a "document request error" to it): say so instead of zeros.
    const failed = results.find((lhr) => lhr.runtimeError);
    if (failed) {
      rows[page.name] = { performance: `not audited: ${failed.runtimeError!.code}` };
      console.log(`${page.name} (${page.path}): ${failed.runtimeError!.message}`);
      continue;
    }
    const score = (id: (typeof categories)[number]) => Math.round(median(results.map((lhr) => (lhr.categories[id]?.score ?? 0) * 100)));
    const audit = (id: string) => median(results.map((lhr) => lhr.audits[id]?.numericValue ?? Number.NaN));
    rows[page.name] = {
      performance: score("performance"),
      accessibility: score("accessibility"),
      "best practices": score("best-practices"),
      seo: page.noindex ? `${score("seo")} (noindex)` : score("seo"),
      "LCP ms": Math.round(audit("largest-contentful-paint")),
      "TBT ms": Math.round(audit("total-blocking-time")),
      CLS: Number(audit("cumulative-layout-shift").toFixed(3)),
      KB: Math.round(audit("total-byte-weight") / 1024),
    };
    console.log(`${page.name} (${page.path}): ${JSON.stringify(rows[page.name])}`);
    // What keeps a category below 100 in the last run: the failing audits by id.
    const last = results.at(-1)!;
    const failing = categories.flatMap((id) =>
      (last.categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (last.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${id}: ${ref.id} (${last.audits[ref.id]?.displayValue ?? last.audits[ref.id]?.score})`),
    );
    if (failing.length > 0) console.log(`  below 100: ${failing.join("; ")}`);
  }
  console.log(`\nMedian of ${runs} Lighthouse runs per page type (mobile defaults, ${new Date().toISOString()}):`);
  console.table(rows);
} finally {
  await chrome?.kill();
  await server?.stop();
}
