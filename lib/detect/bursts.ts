/**
 * Bursts of one act (reads, deletes) per principal × bucket, and how they
 * compare with the principal's own history on that bucket. Shared by the
 * mass-download and mass-delete rules so both judge volume the same way.
 */
import type { EventTable } from "../index/table";
import { activityOf, median } from "./activity";
import { DAY_MS, timeOf } from "./rows";
import type { RuleContext } from "./rule";

export interface Burst {
  principal: number;
  bucket: number;
  rows: number[];
  start: number;
  end: number;
  /** Weight of the burst (objects; callers may count a multi-object call as several). */
  count: number;
  /** Bytes where the records say (NaN when none did). */
  bytes: number;
}

/** What a burst is compared with: the median per-day volume over the principal's other active days. */
export interface BurstBaseline {
  /** Other days the principal was active on (any call); 0 means no history to compare with. */
  days: number;
  /** Of those, days with this act on this bucket. */
  actDays: number;
  /** Median per-day count and bytes over the other active days. */
  count: number;
  bytes: number;
}

/**
 * Splits time-ordered rows into bursts per (principal, bucket): a new burst
 * starts after a gap longer than `gapMs` or once the burst would span more
 * than `maxSpanMs` (so round-the-clock automation is compared day by day).
 */
export function findBursts(t: EventTable, rows: number[], gapMs: number, maxSpanMs: number, weight: (row: number) => number = () => 1): Burst[] {
  const p = t.column("principal");
  const b = t.column("bucket");
  if (p.kind !== "string" || b.kind !== "string") return [];
  const bytesOut = t.column("bytesOut");
  const bytes = bytesOut.kind === "number" ? bytesOut.values : new Float64Array(0);
  const card = b.dict.length;
  const open = new Map<number, Burst>();
  const out: Burst[] = [];
  for (const row of rows) {
    const key = p.codes[row] * card + b.codes[row];
    const at = timeOf(t, row);
    let cur = open.get(key);
    if (!cur || at - cur.end > gapMs || at - cur.start > maxSpanMs) {
      cur = { principal: p.codes[row], bucket: b.codes[row], rows: [], start: at, end: at, count: 0, bytes: NaN };
      open.set(key, cur);
      out.push(cur);
    }
    cur.rows.push(row);
    cur.end = at;
    cur.count += weight(row);
    const by = bytes[row];
    if (by === by && by !== undefined) cur.bytes = (cur.bytes === cur.bytes ? cur.bytes : 0) + by;
  }
  return out;
}

/** Per (principal, bucket): per-day volume of the bursts' act, for baselines. */
function dailyVolumes(bursts: Burst[], t: EventTable): Map<string, Map<number, { count: number; bytes: number }>> {
  const out = new Map<string, Map<number, { count: number; bytes: number }>>();
  const bytesOut = t.column("bytesOut");
  const bytes = bytesOut.kind === "number" ? bytesOut.values : new Float64Array(0);
  for (const burst of bursts) {
    const key = `${burst.principal}:${burst.bucket}`;
    let days = out.get(key);
    if (!days) out.set(key, (days = new Map()));
    const per = burst.count / Math.max(1, burst.rows.length);
    for (const row of burst.rows) {
      const d = Math.floor(timeOf(t, row) / DAY_MS);
      let v = days.get(d);
      if (!v) days.set(d, (v = { count: 0, bytes: 0 }));
      v.count += per;
      const by = bytes[row];
      if (by === by && by !== undefined) v.bytes += by;
    }
  }
  return out;
}

/** The baseline of each of `judged`: median daily volume on the same bucket over the principal's active days outside the burst, from `all` bursts. */
export function burstBaselines(ctx: RuleContext, all: Burst[], judged: Burst[]): BurstBaseline[] {
  const act = activityOf(ctx);
  const volumes = dailyVolumes(all, ctx.table);
  return judged.map((burst) => {
    const first = Math.floor(burst.start / DAY_MS);
    const last = Math.floor(burst.end / DAY_MS);
    const days = Array.from(act.days[burst.principal] ?? []).filter((d) => d < first || d > last);
    const per = volumes.get(`${burst.principal}:${burst.bucket}`);
    return {
      days: days.length,
      actDays: days.filter((d) => (per?.get(d)?.count ?? 0) > 0).length,
      count: median(days.map((d) => per?.get(d)?.count ?? 0)),
      bytes: median(days.map((d) => per?.get(d)?.bytes ?? 0)),
    };
  });
}

/** Thresholds of a volume rule. */
export interface VolumeThresholds {
  /** Least weight (objects) a burst needs to count as mass activity at all. */
  minCount: number;
  /** Least bytes that count as mass activity on their own (Infinity: bytes never decide). */
  minBytes: number;
  /** How many times the principal's usual daily volume a burst must reach. */
  factor: number;
  /** Fewer other active days than this is no history: only the absolute minimums apply. */
  minHistoryDays: number;
}

/** How a burst compares with its baseline. */
export interface VolumeVerdict {
  mass: boolean;
  /** The principal did not do this on the bucket on any other active day. */
  firstTime: boolean;
  /** The principal does not normally do this on the bucket (on fewer than half of its other active days). */
  rare: boolean;
  /** Too little history to compare with. */
  noHistory: boolean;
  /** burst / baseline (Infinity when the baseline is 0). */
  ratio: number;
}

/** Whether a burst is far above what the principal usually does on the bucket. */
export function judgeVolume(b: Burst, base: BurstBaseline, th: VolumeThresholds): VolumeVerdict {
  const noHistory = base.days < th.minHistoryDays;
  const byCount = b.count >= th.minCount && (noHistory || b.count >= th.factor * base.count);
  const byBytes = b.bytes === b.bytes && b.bytes >= th.minBytes && (noHistory || b.bytes >= th.factor * base.bytes);
  const ratio = base.count > 0 ? b.count / base.count : Infinity;
  return { mass: byCount || byBytes, firstTime: !noHistory && base.actDays === 0, rare: !noHistory && base.count === 0, noHistory, ratio };
}
