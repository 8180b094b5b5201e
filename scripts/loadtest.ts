// `npm run loadtest`: mixed reader load, a scripted editor and faults against the production topology or one
// instance; prints PASS/FAIL per target and writes the report to bench-results/ (docs/load-and-faults.md).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { exitOnConfigError, getConfig } from "@/lib/config";
import { prepareDatabase, countPersisted, loadMixInput } from "./loadtest/database";
import { assertLoopback, runLoad } from "./loadtest/driver";
import { ScriptedEditor, VisibilityWatcher, type EditorWrite } from "./loadtest/editor";
import { everyPath } from "./loadtest/mix";
import { killInstance, pidOnPort, residentMb, restartRedis, startPostgres, stopPostgres, stopStarted, track, waitForHttp } from "./loadtest/processes";
import { PhaseRecorder } from "./loadtest/recorder";
import { runLoadInThreads, type RequestSource } from "./loadtest/threads";
import { evaluate, renderMarkdown, type FaultFigures, type LoadReport } from "./loadtest/targets";
import { DEMO_PASSWORD, demoAuthors } from "./demo-content/site";

const { values } = parseArgs({
  options: {
    base: { type: "string" },
    instance: { type: "string", multiple: true, default: [] },
    "database-url": { type: "string", default: exitOnConfigError(getConfig).databaseUrl },
    "admin-url": { type: "string", default: process.env.LOADTEST_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres" },
    posts: { type: "string", default: "100000" },
    reuse: { type: "boolean", default: false },
    seconds: { type: "string", default: "60" },
    connections: { type: "string", default: "64" },
    // Diagnostic: each connection waits this long between its requests in phases A and B (0: as fast as answered).
    pause: { type: "string", default: "0" },
    faults: { type: "boolean", default: false },
    "redis-port": { type: "string", default: "6379" },
    soak: { type: "string" },
  },
});

const log = (line: string) => console.log(line);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const pauseMs = Number(values.pause);
if (!Number.isFinite(pauseMs) || pauseMs < 0) throw new Error(`--pause takes milliseconds, not ${values.pause}`);
const SINGLE_PORT = 3160;
/** How long the load pauses before memory is read (settledMemoryOf). */
const SETTLE_MS = 20_000;
/** The shortest time phase B keeps PostgreSQL away. */
const POSTGRES_DOWN_S = 5;

function parseDuration(text: string): number {
  const match = /^(\d+)(s|m|h)?$/.exec(text);
  if (!match) throw new Error(`--soak takes a duration like 30m, not ${text}`);
  return Number(match[1]) * { s: 1, m: 60, h: 3600 }[(match[2] ?? "s") as "s" | "m" | "h"];
}

/** Without --base: the run's own database and one `next start` on it (the cluster is started with --base). */
async function startSingleInstance(): Promise<{ base: string; databaseUrl: string }> {
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first.");
  const uploadDir = path.resolve(".data/loadtest-uploads");
  log("Preparing the load database …");
  const databaseUrl = await prepareDatabase(values["admin-url"]!, Number(values.posts), uploadDir, values.reuse, log);
  const base = `http://127.0.0.1:${SINGLE_PORT}`;
  track(
    spawn("npx", ["next", "start", "-p", String(SINGLE_PORT), "-H", "127.0.0.1"], {
      stdio: "ignore",
      detached: true,
      env: { ...process.env, DATABASE_URL: databaseUrl, UPLOAD_DIR: uploadDir, SITE_URL: base, AUTH_SECRET: randomBytes(32).toString("base64url"), NEXT_TELEMETRY_DISABLED: "1" },
    }),
  );
  await waitForHttp(`${base}/robots.txt`);
  return { base, databaseUrl };
}

function memoryOf(instances: string[]): Record<string, number> {
  return Object.fromEntries(
    instances.map((url) => {
      const pid = pidOnPort(Number(new URL(url).port));
      return [new URL(url).host, pid ? residentMb(pid) : 0];
    }),
  );
}

/**
 * Resident memory after the load has paused for a while, at the end of the warm-up and at the end of the run alike.
 * Read in the middle of a load it counts whatever garbage the last seconds left (one instance read 688 MB at the end of
 * phase B and 442 MB 30 s later); V8 collects it once the allocation rate drops, so a leak still shows, garbage does not.
 */
async function settledMemoryOf(instances: string[]): Promise<Record<string, number>> {
  await sleep(SETTLE_MS);
  return memoryOf(instances);
}

type EditorLoop = { writes: EditorWrite[]; frontDoor: number[]; perInstance: Record<string, number[]>; done: Promise<void> };

/** Every 5 s a publish or an edit, each followed by watchers timing when readers see it. */
function startEditorLoop(editor: ScriptedEditor, base: string, instances: string[], untilMs: number): EditorLoop {
  const loop: EditorLoop = { writes: [], frontDoor: [], perInstance: Object.fromEntries(instances.map((i) => [new URL(i).host, []])), done: Promise.resolve() };
  const watchers: Promise<void>[] = [];
  const visibility = new VisibilityWatcher();
  const watch = (write: EditorWrite) => {
    // New posts are checked on the front page, edits on their article.
    const page = write.kind === "publish" ? "/" : `/artikel/${write.slug}`;
    watchers.push(
      visibility.timeUntilVisible(base + page, write.title, write.acknowledgedAt).then((ms) => void (ms !== null && loop.frontDoor.push(ms))),
      ...instances.map((instance) =>
        visibility
          .timeUntilVisible(instance + page, write.title, write.acknowledgedAt)
          .then((ms) => void (ms !== null && loop.perInstance[new URL(instance).host]!.push(ms))),
      ),
    );
  };
  loop.done = (async () => {
    let n = 0;
    while (Date.now() < untilMs) {
      const tick = Date.now();
      n += 1;
      const stamp = `${new Date().toISOString().slice(11, 19)} Nr. ${n}`;
      const published = loop.writes.filter((w) => w.kind === "publish");
      try {
        const write =
          n % 2 === 1 || published.length === 0
            ? await editor.publishNew(`Lastlauf-Beitrag ${stamp}`, "Basics")
            : await (() => {
                const target = published[n % published.length]!;
                return editor.editPublished(target.postId, target.slug, `Lastlauf-Beitrag ${stamp} (bearbeitet)`);
              })();
        loop.writes.push(write);
        watch(write);
      } catch (error) {
        log(`  editor: ${(error as Error).message.split("\n")[0]}`);
      }
      await sleep(Math.max(0, 5000 - (Date.now() - tick)));
    }
    await Promise.all(watchers);
    await visibility.close();
  })();
  return loop;
}

async function phase(name: string, source: RequestSource, base: string, durationS: number, conns: number, pauseMs = 0): Promise<PhaseRecorder> {
  log(`Phase ${name}: ${durationS} s, ${conns} connections${pauseMs > 0 ? `, ${pauseMs} ms between each one's requests` : ""} …`);
  const recorder = new PhaseRecorder();
  const ownDelays = await runLoadInThreads({ base, connections: conns, seconds: durationS, source, recorder, pauseMs });
  recorder.end();
  log(`  the load threads' own event-loop delay, p99: ${ownDelays.map((ms) => `${ms.toFixed(1)} ms`).join(", ")}`);
  return recorder;
}

async function main(): Promise<void> {
  let base = values.base;
  let databaseUrl = values["database-url"];
  if (!base) ({ base, databaseUrl } = await startSingleInstance());
  assertLoopback(base);
  if (!databaseUrl) throw new Error("--database-url (or DATABASE_URL) is needed with --base: the run checks the editor's writes in it.");
  const instances = values.instance.length ? values.instance : [base];
  instances.forEach(assertLoopback);
  const mixInput = await loadMixInput(databaseUrl);
  const mix: RequestSource = { kind: "mix", input: mixInput, seed: 1 };

  const paths = everyPath(mixInput);
  log(`Warm-up: rendering each of the mix's ${paths.length} pages once, 4 connections …`);
  let nextPath = 0;
  const firstRenders = new PhaseRecorder();
  await runLoad({ base, connections: 4, seconds: 900, maxRequests: paths.length, next: () => paths[nextPath++ % paths.length]!, recorder: firstRenders, timeoutMs: 60_000 });
  firstRenders.end();
  log(`  done: ${JSON.stringify(firstRenders.summary().total)}`);
  // The mixed warm-up runs at the measured phase's concurrency: the heap an instance needs for that many pages in
  // flight is its working set, and memory growth is counted from there, so a leak shows and the working set does not.
  const warmConnections = values.soak ? 16 : connections;
  await phase("warm-up", mix, base, 15, warmConnections);
  const warm = await settledMemoryOf(instances);

  if (values.soak) {
    const total = parseDuration(values.soak);
    const rows: string[] = ["| minute | req/s | p50 ms | p99 ms | 5xx | memory MB |", "| ---: | ---: | ---: | ---: | ---: | --- |"];
    for (let at = 0; at < total; at += 300) {
      const slice = await phase(`soak ${at / 60}–${Math.min(total, at + 300) / 60} min`, mix, base, Math.min(300, total - at), 16, 20);
      const s = slice.summary().total;
      rows.push(`| ${at / 60} | ${s.reqPerSec} | ${s.p50} | ${s.p99} | ${s.serverErrors} | ${JSON.stringify(memoryOf(instances))} |`);
      log(rows.at(-1)!);
    }
    writeOut("soak", { warm, rows }, rows.join("\n"));
    return;
  }

  const editor = await ScriptedEditor.signIn(base, demoAuthors[0].email, DEMO_PASSWORD);
  try {
    const editorLoop = startEditorLoop(editor, base, instances, Date.now() + seconds * 1000);
    const phaseA = await phase("A (steady)", mix, base, seconds, connections, pauseMs);
    for (const line of phaseA.failures) log(`  failed: ${line}`);
    await editorLoop.done;

    log("Unique queries: 20 s, 16 connections (every search a new cache key) …");
    await phase("unique queries", { kind: "unique", seed: 7 }, base, 20, 16);

    const faults: FaultFigures[] = [];
    let phaseB: PhaseRecorder | undefined;
    let outageSave: LoadReport["outageSave"];
    if (values.faults) {
      phaseB = new PhaseRecorder();
      const recorder = phaseB;
      const load = runLoadInThreads({ base, connections, seconds, source: mix, recorder, pauseMs });
      const at = (s: number) => sleep(Math.max(0, recorder.startedAt + s * 1000 - Date.now()));
      const faultWindow = (name: string, fromS: number, backS: number): FaultFigures => {
        const recovery = recorder.recoveryAfter(backS * 1000);
        const untilS = Math.ceil(backS + (recovery ?? 10));
        const errors = recorder.timeline.slice(fromS, untilS).reduce((sum, [, failed]) => sum + failed, 0);
        return { name, serverErrorsDuring: errors, recoverySeconds: recovery, slowestMs: recorder.slowestSentBetween(fromS, untilS) };
      };
      const target = instances.length > 1 ? Number(new URL(instances[0]!).port) : null;
      let postgresBackS = 40 + POSTGRES_DOWN_S;
      const faultsDone = (async () => {
        if (target) {
          await at(15);
          log("  fault: kill -9 one instance");
          const restart = killInstance(target);
          await at(30);
          await restart();
        }
        const published = editorLoop.writes.find((w) => w.kind === "publish");
        if (published) await editor.openForEditing(published.postId).catch((error: Error) => log(`  editor: ${error.message.split("\n")[0]}`));
        await at(40);
        log("  fault: PostgreSQL stopped");
        await stopPostgres();
        // The editor saves while the database is away. It stays away at least POSTGRES_DOWN_S and until that save was
        // answered (at most 30 s): on busy cores an action can wait seconds for its turn, and must not run after.
        const title = published ? `${published.title} (während des Ausfalls)` : "";
        const attempt = published ? editor.saveDuringOutage(title).catch(() => null) : Promise.resolve(null);
        await Promise.all([sleep(POSTGRES_DOWN_S * 1000), Promise.race([attempt, sleep(30_000)])]);
        await startPostgres();
        postgresBackS = (Date.now() - recorder.startedAt) / 1000;
        log(`  PostgreSQL started again at ${postgresBackS.toFixed(1)} s`);
        const answered = await attempt;
        if (answered && answered.status !== 503) log(`  editor: the save during the outage got ${answered.status}: ${answered.seen}`);
        if (answered) outageSave = { status: answered.status, germanMessage: answered.germanMessage, textKept: answered.textKept, succeededAfter: await editor.saveUntilSaved(30_000) };
        if (published && outageSave?.succeededAfter) editorLoop.writes.push({ ...published, kind: "edit", title, acknowledgedAt: Date.now() });
        await at(50);
        log("  fault: restart Redis");
        await restartRedis(Number(values["redis-port"]));
      })();
      await Promise.all([load, faultsDone]);
      for (const line of recorder.failures) log(`  failed: ${line}`);
      recorder.end();
      if (target) faults.push(faultWindow("instance killed", 15, 30));
      faults.push(faultWindow("postgres restart", 40, Math.ceil(postgresBackS)));
      faults.push(faultWindow("redis restart", 50, 51));
    }

    const end = await settledMemoryOf(instances);
    // Phase B kills and restarts the first instance.
    const restarted = values.faults && instances.length > 1 ? new URL(instances[0]!).host : null;
    const found = await countPersisted(databaseUrl, editorLoop.writes);
    const summaryA = phaseA.summary();
    const report: LoadReport = {
      phaseA: summaryA,
      phaseB: phaseB?.summary(),
      cachedArticleP99: summaryA.byKind.article?.p99 ?? 0,
      publishVisible: { frontDoor: editorLoop.frontDoor, instances: instances.length > 1 ? editorLoop.perInstance : {} },
      faults,
      outageSave,
      writes: { acknowledged: editorLoop.writes.length, found },
      memory: Object.fromEntries(Object.keys(warm).map((k) => [k, { warm: warm[k]!, end: end[k]!, restarted: k === restarted }])),
    };
    const checks = evaluate(report);
    const markdown = renderMarkdown(report, checks, `Lastlauf ${new Date().toISOString()} (${instances.length} Instanz(en), ${connections} Verbindungen${pauseMs > 0 ? `, ${pauseMs} ms Pause je Verbindung` : ""})`);
    log("\n" + markdown);
    writeOut("loadtest", { report, checks }, markdown);
  } finally {
    await editor.close();
  }
}

function writeOut(prefix: string, json: unknown, markdown: string): void {
  mkdirSync("bench-results", { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  writeFileSync(path.join("bench-results", `${prefix}-${stamp}.json`), JSON.stringify(json, null, 2));
  writeFileSync(path.join("bench-results", `${prefix}-${stamp}.md`), markdown);
  log(`Report written to bench-results/${prefix}-${stamp}.{json,md}`);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    stopStarted();
    process.exit(130);
  });
}
try {
  await main();
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  stopStarted();
  // A step that failed (the editor's sign-in, say) can leave a load loop or Chromium holding the event loop open; the
  // run is over either way.
  process.exit();
}
