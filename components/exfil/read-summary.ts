/**
 * Words for the reads heatmap against its baseline: the runs of hours whose
 * reads are far above the identity's usual reads at that hour, one line per
 * run ("2026-01-11 01:00–05:00 UTC: 35 reads, usually 0.0"). Pure.
 */
import type { ExfilStats } from "../../lib/worker/exfil-stats";

const DAY_MS = 86_400_000;

export interface AboveRun {
  /** 00:00 UTC of the heatmap row's first day. */
  day: number;
  daysPerRow: number;
  fromHour: number;
  /** Exclusive. */
  toHour: number;
  reads: number;
  /** Usual reads over those hours for that many days. */
  usual: number;
}

/** Runs of consecutive above-baseline hours, row by row. */
export function aboveBaselineRuns(stats: Pick<ExfilStats, "heatmap" | "baseline" | "above">): AboveRun[] {
  const { heatmap: h, baseline, above } = stats;
  const out: AboveRun[] = [];
  for (let r = 0; r < h.rows; r++) {
    let run: AboveRun | null = null;
    for (let hour = 0; hour <= 24; hour++) {
      const flagged = hour < 24 && above[r * 24 + hour] === 1;
      if (flagged) {
        const usual = (baseline.perHour[hour] ?? 0) * h.daysPerRow;
        if (!run) run = { day: h.start + r * h.daysPerRow * DAY_MS, daysPerRow: h.daysPerRow, fromHour: hour, toHour: hour + 1, reads: 0, usual: 0 };
        run.toHour = hour + 1;
        run.reads += h.counts[r * 24 + hour] ?? 0;
        run.usual += usual;
      } else if (run) {
        out.push(run);
        run = null;
      }
    }
  }
  return out;
}

const hh = (h: number) => `${String(h).padStart(2, "0")}:00`;

/** "2026-01-11 01:00–05:00 UTC" (or "2026-01-11 → 01-13 01:00–05:00 UTC" for a row of several days). */
export function runLabel(run: AboveRun): string {
  const first = new Date(run.day).toISOString().slice(0, 10);
  const days = run.daysPerRow === 1 ? first : `${first} → ${new Date(run.day + (run.daysPerRow - 1) * DAY_MS).toISOString().slice(5, 10)}`;
  return `${days} ${hh(run.fromHour)}–${run.toHour === 24 ? "24:00" : hh(run.toHour)} UTC`;
}

/** How the baseline was made, in a sentence. */
export function baselineText(b: ExfilStats["baseline"]): string {
  if (b.source === "principal") return `Usual: its own reads per day over ${b.days} active day${b.days === 1 ? "" : "s"} without collection evidence.`;
  if (b.source === "account") return `Too little history of its own: usual is a typical reader of this account (${b.days} reader-days).`;
  return "Nobody in the loaded data reads S3 objects: there is no baseline.";
}
