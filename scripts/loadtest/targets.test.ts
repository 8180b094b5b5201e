import { describe, expect, it } from "vitest";
import { PhaseRecorder } from "./recorder";
import { evaluate, renderMarkdown, type LoadReport } from "./targets";

function phase(outcomes: { kind: string; ms: number; status?: number; error?: string }[]) {
  const recorder = new PhaseRecorder();
  for (const outcome of outcomes) recorder.record(outcome, recorder.startedAt);
  recorder.end(recorder.startedAt + 1000);
  return recorder.summary();
}

function goodReport(): LoadReport {
  return {
    phaseA: phase([{ kind: "article", ms: 5, status: 200 }, { kind: "home", ms: 8, status: 200 }]),
    cachedArticleP99: 12,
    publishVisible: { frontDoor: [400, 900, 1500], instances: { "app-1": [200, 600], "app-2": [300] } },
    faults: [
      { name: "instance app-1 killed", serverErrorsDuring: 0, recoverySeconds: 1, slowestMs: 80 },
      { name: "postgres restart", serverErrorsDuring: 3, recoverySeconds: 2, slowestMs: 4000 },
    ],
    outageSave: { status: 503, germanMessage: true, textKept: true, succeededAfter: true },
    writes: { acknowledged: 12, found: 12 },
    memory: { "app-1": { warm: 300, end: 330 } },
  };
}

describe("load run targets", () => {
  it("passes a run that meets every target", () => {
    const checks = evaluate(goodReport());
    expect(checks.filter((c) => !c.pass)).toEqual([]);
    expect(checks.length).toBeGreaterThan(10);
  });

  it("fails each missed target by name", () => {
    const report = goodReport();
    report.phaseA = phase([{ kind: "article", ms: 5, status: 502 }, { kind: "home", ms: 5, error: "ECONNRESET" }]);
    report.cachedArticleP99 = 51;
    report.publishVisible.frontDoor = [100, 2500, 2600];
    report.publishVisible.instances["app-2"] = [1200];
    report.faults[0]!.serverErrorsDuring = 1;
    report.faults[1]!.slowestMs = 12_000;
    report.faults[1]!.recoverySeconds = null;
    report.outageSave = { status: 500, germanMessage: false, textKept: false, succeededAfter: true };
    report.writes = { acknowledged: 12, found: 11 };
    report.memory["app-1"] = { warm: 300, end: 400 };
    const failed = evaluate(report).filter((c) => !c.pass).map((c) => c.target);
    expect(failed).toEqual([
      "A: no errors",
      "A: no 5xx",
      "A: cached article p99 < 50 ms",
      "A: publish visible through the front door within 2 s (p95)",
      "A: publish visible on app-2 within 1 s",
      "B: instance app-1 killed: no 5xx for readers",
      "B: postgres restart: every answer within 10 s",
      "B: postgres restart: recovered within 5 s",
      "B: save during the database outage answers a German 503",
      "B: the editor's text is kept during the outage",
      "no acknowledged write lost",
      "memory of app-1 grows ≤ 25 %",
    ]);
  });

  it("says which instance's end is a process restarted in phase B", () => {
    const report = goodReport();
    report.memory["app-1"] = { warm: 300, end: 310, restarted: true };
    const check = evaluate(report).find((c) => c.target === "memory of app-1 grows ≤ 25 %");
    expect(check?.value).toBe("300 → 310 MB (3 %, restarted in phase B)");
    expect(check?.pass).toBe(true);
  });

  it("does not pass a publish target it never measured", () => {
    const report = goodReport();
    report.publishVisible = { frontDoor: [], instances: { "app-1": [] } };
    const failed = evaluate(report).filter((c) => !c.pass).map((c) => c.target);
    expect(failed).toContain("A: publish visible through the front door within 2 s (p95)");
    expect(failed).toContain("A: publish visible on app-1 within 1 s");
  });

  it("reads the recovery time off the per-second timeline", () => {
    const recorder = new PhaseRecorder();
    const t0 = recorder.startedAt;
    recorder.record({ kind: "home", ms: 1, status: 200 }, t0 + 500);
    recorder.record({ kind: "home", ms: 1, status: 502 }, t0 + 10_200);
    recorder.record({ kind: "home", ms: 1, status: 200 }, t0 + 11_100);
    recorder.record({ kind: "home", ms: 1, error: "ECONNREFUSED" }, t0 + 11_500);
    recorder.record({ kind: "home", ms: 1, status: 200 }, t0 + 13_300);
    expect(recorder.recoveryAfter(10_000)).toBe(3);
    expect(recorder.recoveryAfter(20_000)).toBeNull();
  });

  it("times a fault by the requests sent during it, not by the slowest answer of the whole phase", () => {
    const recorder = new PhaseRecorder();
    const t0 = recorder.startedAt;
    // A 15 s timeout of a request sent at second 14 (the instance kill), answered at 29.
    recorder.record({ kind: "article", ms: 15_000, error: "timeout" }, t0 + 29_000);
    // During the database restart (from second 40): one slow answer of 4 s, sent at 41.
    recorder.record({ kind: "search", ms: 4_000, status: 200 }, t0 + 45_500);
    recorder.record({ kind: "home", ms: 3, status: 200 }, t0 + 47_000);
    expect(recorder.slowestSentBetween(40, 50)).toBe(4_000);
    expect(recorder.slowestSentBetween(10, 20)).toBe(15_000);
    expect(recorder.summary().total.max).toBe(15_000);
  });

  it("writes a Markdown table with every check and phase", () => {
    const report = goodReport();
    const markdown = renderMarkdown(report, evaluate(report), "Lastlauf");
    expect(markdown).toContain("| A: no 5xx | 0 | PASS |");
    expect(markdown).toContain("| article | 1 |");
  });
});
