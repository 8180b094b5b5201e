// What an import did: counts per kind and outcome, every warning, and the progress shown while it runs.
import { Presets, SingleBar } from "cli-progress";
import { tWordpress } from "@/lib/i18n";

export const REPORT_KINDS = ["authors", "categories", "tags", "media", "posts", "pages", "comments", "redirects"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export type Outcome = "created" | "updated" | "unchanged" | "skipped";

export type ImportReportJson = {
  file: string;
  source: string;
  dryRun: boolean;
  startedAt: string;
  seconds: number;
  counts: Record<ReportKind, Record<Outcome, number>>;
  /** Posts imported as drafts because WordPress kept them from the public (private, password-protected). */
  notPublic: { title: string; reason: "private" | "password" }[];
  unknownShortcodes: Record<string, string[]>;
  warnings: string[];
};

export class ImportReport {
  readonly counts = Object.fromEntries(
    REPORT_KINDS.map((kind) => [kind, { created: 0, updated: 0, unchanged: 0, skipped: 0 }]),
  ) as Record<ReportKind, Record<Outcome, number>>;
  readonly warnings: string[] = [];
  readonly notPublic: ImportReportJson["notPublic"] = [];
  readonly unknownShortcodes = new Map<string, string[]>();
  /** Spam, trash and pings left out, summed over all posts: one warning, not one per post. */
  spamComments = 0;
  private readonly started = new Date();

  constructor(
    readonly file: string,
    readonly dryRun: boolean,
    public source = "",
  ) {}

  count(kind: ReportKind, outcome: Outcome, n = 1): void {
    this.counts[kind][outcome] += n;
  }

  warn(message: string): void {
    this.warnings.push(message);
  }

  shortcode(name: string, title: string): void {
    const titles = this.unknownShortcodes.get(name) ?? [];
    if (!titles.includes(title)) titles.push(title);
    this.unknownShortcodes.set(name, titles);
  }

  toJSON(): ImportReportJson {
    return {
      file: this.file,
      source: this.source,
      dryRun: this.dryRun,
      startedAt: this.started.toISOString(),
      seconds: Math.round((Date.now() - this.started.getTime()) / 100) / 10,
      counts: this.counts,
      notPublic: this.notPublic,
      unknownShortcodes: Object.fromEntries(this.unknownShortcodes),
      warnings: this.allWarnings(),
    };
  }

  /** Warnings with the unknown shortcodes folded in: one line per shortcode, naming where it stands. */
  allWarnings(): string[] {
    const shortcodes = [...this.unknownShortcodes].map(([name, titles]) =>
      tWordpress.warnings.unknownShortcode(name, titles.length > 3 ? `${titles.slice(0, 3).join("“, „")}“ und ${titles.length - 3} weiteren` : titles.join("“, „")),
    );
    const spam = this.spamComments > 0 ? [tWordpress.warnings.spamComments(this.spamComments)] : [];
    return [...this.warnings, ...spam, ...shortcodes];
  }

  /** The summary printed at the end: a table of counts, then every warning. */
  format(): string {
    const o = tWordpress.outcomes;
    const head = ["", o.created, o.updated, o.unchanged, o.skipped];
    const rows = REPORT_KINDS.map((kind) => [tWordpress.kinds[kind], ...(["created", "updated", "unchanged", "skipped"] as const).map((k) => String(this.counts[kind][k]))]);
    const widths = head.map((_, i) => Math.max(...[head, ...rows].map((row) => row[i]!.length)));
    const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
    const warnings = this.allWarnings();
    return [
      ...(this.dryRun ? [tWordpress.dryRun] : []),
      line(head),
      ...rows.map(line),
      "",
      warnings.length ? tWordpress.warningsHeading(warnings.length) : tWordpress.noWarnings,
      ...warnings.map((w) => `- ${w}`),
    ].join("\n");
  }
}

export type Progress = {
  start(phase: string, total: number): void;
  update(value: number): void;
  stop(): void;
};

export const silentProgress: Progress = { start() {}, update() {}, stop() {} };

/** A bar per phase on a terminal; elsewhere (CI, a log file) one line when a phase starts and one when it ends. */
export function consoleProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY) {
    let bar: SingleBar | null = null;
    return {
      start(phase, total) {
        bar?.stop();
        bar = new SingleBar({ format: `${phase.padEnd(28)} [{bar}] {value}/{total}`, stream, hideCursor: true }, Presets.shades_classic);
        bar.start(Math.max(total, 0), 0);
      },
      update: (value) => bar?.update(value),
      stop() {
        bar?.stop();
        bar = null;
      },
    };
  }
  let current: { phase: string; total: number; value: number; started: number } | null = null;
  const end = () => {
    if (current) stream.write(`${current.phase}: ${current.value}/${current.total} (${((Date.now() - current.started) / 1000).toFixed(1)} s)\n`);
    current = null;
  };
  return {
    start(phase, total) {
      end();
      current = { phase, total, value: 0, started: Date.now() };
      stream.write(`${phase} …\n`);
    },
    update(value) {
      if (current) current.value = value;
    },
    stop: end,
  };
}
