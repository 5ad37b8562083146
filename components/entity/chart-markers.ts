/** Pure helpers of the entity charts: where a finding's span falls among the bars, and how a bar width reads. */
import type { ChartModel } from "../timeline/chart-data";

/** The first and last bar a span covers (clipped to the chart), or null when it lies outside the chart. */
export function markerBars(model: Pick<ChartModel, "rows" | "spanMs">, start: number, end: number): [number, number] | null {
  const n = model.rows.length;
  if (n === 0) return null;
  const first = model.rows[0]!.t;
  const a = Math.floor((start - first) / model.spanMs);
  const b = Math.floor((end - first) / model.spanMs);
  if (b < 0 || a >= n) return null;
  return [Math.max(0, a), Math.min(n - 1, b)];
}

/** "1 hour", "3 hours", "1 day", "7 days". */
export function describeSpan(ms: number): string {
  const units: [number, string][] = [
    [86_400_000, "day"],
    [3_600_000, "hour"],
    [60_000, "minute"],
  ];
  for (const [size, name] of units) {
    if (ms >= size && ms % size === 0) {
      const n = ms / size;
      return `${n} ${name}${n === 1 ? "" : "s"}`;
    }
  }
  return `${ms} ms`;
}
