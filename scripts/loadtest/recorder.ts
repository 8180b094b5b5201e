// What the load run saw, per phase and page kind: latencies, statuses and errors, summarised into percentiles.

export type Outcome = { kind: string; ms: number; status?: number; error?: string; path?: string };

export type KindSummary = {
  requests: number;
  reqPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  serverErrors: number;
  errors: Record<string, number>;
};

/** Nearest-rank percentile of an ascending list; 0 for an empty one. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

class KindLog {
  latencies: number[] = [];
  serverErrors = 0;
  errors: Record<string, number> = {};

  add(outcome: Outcome): void {
    this.latencies.push(outcome.ms);
    if (outcome.error) this.errors[outcome.error] = (this.errors[outcome.error] ?? 0) + 1;
    else if (outcome.status !== undefined && outcome.status >= 500) this.serverErrors += 1;
    else if (outcome.status !== undefined && outcome.status >= 400) {
      const key = `HTTP ${outcome.status}`;
      this.errors[key] = (this.errors[key] ?? 0) + 1;
    }
  }

  summary(seconds: number): KindSummary {
    const sorted = Float64Array.from(this.latencies).sort();
    const round = (value: number) => Math.round(value * 10) / 10;
    return {
      requests: sorted.length,
      reqPerSec: Math.round(sorted.length / Math.max(seconds, 0.001)),
      p50: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
      p99: round(percentile(sorted, 99)),
      max: round(sorted.length ? (sorted[sorted.length - 1] as number) : 0),
      serverErrors: this.serverErrors,
      errors: { ...this.errors },
    };
  }
}

/** One phase's log; `timeline` keeps per-second success, so the time to recover from a fault can be read off. */
export class PhaseRecorder {
  private readonly kinds = new Map<string, KindLog>();
  private readonly all = new KindLog();
  readonly startedAt = Date.now();
  private endedAt: number | null = null;
  /** Per second since start: [requests, failures]. */
  readonly timeline: [number, number][] = [];
  /** The first failed requests (5xx or no answer), so a report can say which page failed when. */
  readonly failures: string[] = [];
  /** Per second since start: the slowest answer among the requests sent in that second. */
  private readonly slowestBySecondSent: number[] = [];

  record(outcome: Outcome, at = Date.now()): void {
    let log = this.kinds.get(outcome.kind);
    if (!log) this.kinds.set(outcome.kind, (log = new KindLog()));
    log.add(outcome);
    this.all.add(outcome);
    const second = Math.max(0, Math.floor((at - this.startedAt) / 1000));
    while (this.timeline.length <= second) this.timeline.push([0, 0]);
    const slot = this.timeline[second] as [number, number];
    slot[0] += 1;
    if (outcome.error || (outcome.status ?? 200) >= 500) {
      slot[1] += 1;
      if (this.failures.length < 40) this.failures.push(`${second} s: ${outcome.path ?? outcome.kind} → ${outcome.error ?? outcome.status} after ${Math.round(outcome.ms)} ms`);
    }
    const sent = Math.max(0, Math.floor((at - outcome.ms - this.startedAt) / 1000));
    this.slowestBySecondSent[sent] = Math.max(this.slowestBySecondSent[sent] ?? 0, outcome.ms);
  }

  /** The slowest answer to a request sent from second `fromS` up to (not including) `toS` of the phase. */
  slowestSentBetween(fromS: number, toS: number): number {
    let slowest = 0;
    for (let second = Math.max(0, Math.floor(fromS)); second < toS; second++) slowest = Math.max(slowest, this.slowestBySecondSent[second] ?? 0);
    return Math.round(slowest * 10) / 10;
  }

  end(at = Date.now()): void {
    this.endedAt = at;
  }

  get seconds(): number {
    return ((this.endedAt ?? Date.now()) - this.startedAt) / 1000;
  }

  summary(): { total: KindSummary; byKind: Record<string, KindSummary> } {
    const byKind: Record<string, KindSummary> = {};
    for (const [kind, log] of [...this.kinds].sort(([a], [b]) => a.localeCompare(b))) byKind[kind] = log.summary(this.seconds);
    return { total: this.all.summary(this.seconds), byKind };
  }

  /**
   * Seconds from `faultAt` (ms since start of the phase) until the first whole second without a failed request;
   * null when the phase never recovered.
   */
  recoveryAfter(faultAtMs: number): number | null {
    const first = Math.floor(faultAtMs / 1000);
    for (let second = first; second < this.timeline.length; second++) {
      const [requests, failures] = this.timeline[second] as [number, number];
      if (requests > 0 && failures === 0) return Math.max(0, Math.round((second - faultAtMs / 1000) * 10) / 10);
    }
    return null;
  }
}
