/**
 * Turns the worker's histogram into what the chart draws. Series are keyed
 * `s0`, `s1`, … (never by their label: labels are record values, and a value
 * such as "__proto__" must not become an object key); labels travel
 * separately and are only rendered as text.
 */
import type { HistogramResult } from "../../lib/index/types";

export type SeriesKey = `s${number}`;

export interface SeriesInfo {
  key: SeriesKey;
  /** The stack field's value ("" when not stacked or the value is absent). */
  label: string;
  /** True for the sum of values outside the top N. */
  other: boolean;
  color: string;
  total: number;
}

/** One bar: its bucket start, its total (set by chartModel), and a count per series key. */
export type ChartRow = { t: number; total?: number } & { [K in SeriesKey]?: number };

export interface ChartModel {
  rows: ChartRow[];
  series: SeriesInfo[];
  spanMs: number;
  total: number;
  /** The largest bar, for the y axis. */
  peak: number;
}

/** Readable on both themes; "other" is grey so the named series stand out. */
export const SERIES_COLORS: readonly string[] = ["#4cc2ff", "#f2a33a", "#4ad295", "#ff6b6b", "#b28dff", "#e8cf4a", "#ff8fcf", "#45c9c1", "#9bc25a", "#e08b5b"];
export const OTHER_COLOR = "#7c8a99";
const OTHER_LABEL = "other";

/** The chart model of a histogram. `stacked` says whether `series` are field values (and "other" is the remainder). */
export function chartModel(h: HistogramResult, stacked: boolean): ChartModel {
  const rows: ChartRow[] = new Array(h.buckets);
  for (let b = 0; b < h.buckets; b++) rows[b] = { t: h.start + b * h.spanMs, total: 0 };
  const series: SeriesInfo[] = [];
  let total = 0;
  h.series.forEach((label, s) => {
    const key: SeriesKey = `s${s}`;
    // The index names the remainder "other" and puts it last; a real value "other" would come earlier.
    const other = stacked && label === OTHER_LABEL && s === h.series.length - 1 && h.series.length > 1;
    let sum = 0;
    for (let b = 0; b < h.buckets; b++) {
      const n = h.counts[s * h.buckets + b] ?? 0;
      if (n > 0) {
        const row = rows[b]!;
        row[key] = n;
        row.total = (row.total ?? 0) + n;
      }
      sum += n;
    }
    total += sum;
    series.push({ key, label, other, color: other ? OTHER_COLOR : SERIES_COLORS[s % SERIES_COLORS.length]!, total: sum });
  });
  let peak = 0;
  for (const row of rows) peak = Math.max(peak, row.total ?? 0);
  return { rows, series, spanMs: h.spanMs, total, peak };
}

/** The time range of buckets a..b (either order), inclusive: [start of the first, end of the last). */
export function bucketRange(model: ChartModel, a: number, b: number): { start: number; end: number } | null {
  const lo = Math.max(0, Math.min(a, b));
  const hi = Math.min(model.rows.length - 1, Math.max(a, b));
  if (!(hi >= lo) || model.rows.length === 0) return null;
  return { start: model.rows[lo]!.t, end: model.rows[hi]!.t + model.spanMs };
}

/**
 * The series under a point `fraction` of the way up bar `bucket` (0 = its
 * base, 1 = its top; above the top means the top segment), or null for an
 * empty bar.
 */
export function seriesAt(model: ChartModel, bucket: number, fraction: number): number | null {
  const row = model.rows[bucket];
  if (!row || !row.total) return null;
  const value = Math.min(Math.max(fraction, 0), 1) * row.total;
  let base = 0;
  let last: number | null = null;
  for (let i = 0; i < model.series.length; i++) {
    const n = row[model.series[i]!.key] ?? 0;
    if (n === 0) continue;
    last = i;
    if (value < base + n) return i;
    base += n;
  }
  return last;
}

/** 1234 → "1.2k", for axis ticks. */
export function compactCount(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(n >= 1e7 ? 0 : 1)}M`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(n >= 1e4 ? 0 : 1)}k`;
  return String(n);
}

/** The histogram range: the time filter when set, else the dataset's extent (half-open, so the last event is inside). */
export function histogramRange(filter: { start: number; end: number } | null, bounds: { start: number; end: number } | null): { start: number; end: number } | null {
  if (filter) return filter;
  return bounds ? { start: bounds.start, end: bounds.end + 1 } : null;
}

/** Twice the range around its middle, kept inside the dataset. */
export function zoomOut(range: { start: number; end: number }, bounds: { start: number; end: number } | null): { start: number; end: number } | null {
  const len = range.end - range.start;
  let start = range.start - len / 2;
  let end = range.end + len / 2;
  if (bounds) {
    start = Math.max(start, bounds.start);
    end = Math.min(end, bounds.end + 1);
    if (start <= bounds.start && end >= bounds.end + 1) return null;
  }
  return { start: Math.floor(start), end: Math.ceil(end) };
}
