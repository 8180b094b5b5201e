// The load run's targets (docs/load-and-faults.md): each figure of the report judged PASS or FAIL.
import type { KindSummary } from "./recorder";

export type PhaseFigures = { total: KindSummary; byKind: Record<string, KindSummary> };

export type FaultFigures = {
  name: string;
  /** Server errors readers got while the fault lasted (from the fault to full recovery). */
  serverErrorsDuring: number;
  /** Seconds from the service coming back to the first second without a failed request; null: never. */
  recoverySeconds: number | null;
  /** Slowest answer while the fault lasted, ms. */
  slowestMs: number;
};

export type LoadReport = {
  phaseA: PhaseFigures;
  phaseB?: PhaseFigures;
  /** p99 of the cached article requests through the front door (nginx, or the single instance), ms. */
  cachedArticleP99: number;
  /** ms from the editor's acknowledged publish to the post being visible, through the front door and per instance. */
  publishVisible: { frontDoor: number[]; instances: Record<string, number[]> };
  faults: FaultFigures[];
  outageSave?: { status: number; germanMessage: boolean; textKept: boolean; succeededAfter: boolean };
  writes: { acknowledged: number; found: number };
  /**
   * Resident memory per instance in MB at the end of warm-up and at the end of the run; `restarted` for the instance
   * phase B killed, whose end is a process started 30 s into phase B.
   */
  memory: Record<string, { warm: number; end: number; restarted?: boolean }>;
};

export type Check = { target: string; value: string; pass: boolean };

function p95(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)] as number;
}

const errorCount = (summary: KindSummary) => Object.values(summary.errors).reduce((sum, n) => sum + n, 0);

export function evaluate(report: LoadReport): Check[] {
  const checks: Check[] = [];
  const check = (target: string, value: string, pass: boolean) => checks.push({ target, value, pass });
  const a = report.phaseA.total;

  check("A: no errors", String(errorCount(a)), errorCount(a) === 0);
  check("A: no 5xx", String(a.serverErrors), a.serverErrors === 0);
  check("A: cached article p99 < 50 ms", `${report.cachedArticleP99} ms`, report.cachedArticleP99 < 50);
  const frontDoor = report.publishVisible.frontDoor;
  check(
    "A: publish visible through the front door within 2 s (p95)",
    frontDoor.length ? `${p95(frontDoor)} ms over ${frontDoor.length} publishes` : "no publish measured",
    frontDoor.length > 0 && p95(frontDoor) <= 2000,
  );
  for (const [instance, times] of Object.entries(report.publishVisible.instances)) {
    const worst = times.length ? Math.max(...times) : Number.POSITIVE_INFINITY;
    check(`A: publish visible on ${instance} within 1 s`, times.length ? `max ${worst} ms` : "no publish measured", worst <= 1000);
  }

  for (const fault of report.faults) {
    const tolerated = fault.name.startsWith("postgres") ? Number.POSITIVE_INFINITY : 0;
    check(`B: ${fault.name}: no 5xx for readers`, String(fault.serverErrorsDuring), fault.serverErrorsDuring <= tolerated);
    if (fault.name.startsWith("postgres")) check(`B: ${fault.name}: every answer within 10 s`, `${fault.slowestMs} ms`, fault.slowestMs < 10_000);
    check(
      `B: ${fault.name}: recovered within 5 s`,
      fault.recoverySeconds === null ? "never" : `${fault.recoverySeconds} s`,
      fault.recoverySeconds !== null && fault.recoverySeconds <= 5,
    );
  }
  if (report.outageSave) {
    const save = report.outageSave;
    check("B: save during the database outage answers a German 503", `${save.status}${save.germanMessage ? ", German" : ""}`, save.status === 503 && save.germanMessage);
    check("B: the editor's text is kept during the outage", String(save.textKept), save.textKept);
    check("B: the save succeeds after the outage", String(save.succeededAfter), save.succeededAfter);
  }
  check("no acknowledged write lost", `${report.writes.found}/${report.writes.acknowledged}`, report.writes.found === report.writes.acknowledged);
  for (const [instance, { warm, end, restarted }] of Object.entries(report.memory)) {
    const growth = warm > 0 ? (end - warm) / warm : 0;
    const note = restarted ? ", restarted in phase B" : "";
    check(`memory of ${instance} grows ≤ 25 %`, `${warm} → ${end} MB (${Math.round(growth * 100)} %${note})`, growth <= 0.25);
  }
  return checks;
}

export function renderMarkdown(report: LoadReport, checks: Check[], heading: string): string {
  const lines = [`# ${heading}`, "", "| target | value | result |", "| --- | --- | --- |"];
  for (const c of checks) lines.push(`| ${c.target} | ${c.value} | ${c.pass ? "PASS" : "FAIL"} |`);
  for (const [name, phase] of [["A", report.phaseA], ["B", report.phaseB]] as const) {
    if (!phase) continue;
    lines.push("", `## Phase ${name}`, "", "| kind | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | 5xx | errors |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
    for (const [kind, s] of [...Object.entries(phase.byKind), ["all", phase.total] as const]) {
      const errors = Object.entries(s.errors).map(([k, n]) => `${k}: ${n}`).join(", ") || "–";
      lines.push(`| ${kind} | ${s.requests} | ${s.reqPerSec} | ${s.p50} | ${s.p95} | ${s.p99} | ${s.max} | ${s.serverErrors} | ${errors} |`);
    }
  }
  return lines.join("\n") + "\n";
}
