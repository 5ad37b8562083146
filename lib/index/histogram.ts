/**
 * Time histograms: counts per time bucket (buckets aligned to multiples of
 * the span in UTC epoch time, or shifted by an offset such as a time zone's),
 * optionally stacked by a field's top values with the rest summed as "other".
 */
import { countCodes, keyColumn } from "./group-keys";
import { select, type Selection } from "./select";
import type { EventTable } from "./table";
import { topK } from "./top-k";
import type { HistogramResult, QuerySpec } from "./types";

/** Series label of the values outside the top N. */
export const OTHER_SERIES = "other";
const DEFAULT_TOP_N = 10;
/** buckets × series cells at most: a 1 ms span over a year must fail clearly, not exhaust memory. */
export const MAX_HISTOGRAM_CELLS = 5_000_000;

/** Options of `histogram`. */
export interface HistogramOptions {
  /** Buckets cover this range (aligned down to the span); rows outside it are not counted. */
  range?: { start: number; end: number };
  /** Stack by this field's top values. */
  stackBy?: string;
  /** How many series besides "other" (default 10). */
  topN?: number;
  /**
   * Bucket boundaries fall on multiples of the span plus this many ms (default 0: UTC). A zone's offset from UTC
   * (`Date#getTimezoneOffset() * 60_000`) makes day buckets start at that zone's midnight.
   */
  alignMs?: number;
}

/** Counts of the query's rows per time bucket of `spanMs`. */
export function histogram(t: EventTable, spec: QuerySpec, spanMs: number, opts: HistogramOptions = {}): HistogramResult {
  if (!(spanMs > 0) || !Number.isFinite(spanMs)) throw new Error(`Invalid histogram span ${spanMs}`);
  const range = opts.range;
  let query = spec;
  if (range) {
    if (!(Number.isFinite(range.start) && Number.isFinite(range.end))) throw new Error(`Invalid histogram range ${range.start}–${range.end}`);
    const tr = spec.timeRange;
    query = { ...spec, timeRange: tr ? { start: Math.max(tr.start, range.start), end: Math.min(tr.end, range.end) } : range };
  }
  const align = alignment(opts.alignMs, spanMs);
  const sel = select(t, query);
  const times = t.times.values;
  const { series, seriesOf, stackCodes } = stacking(t, sel, opts);
  // Without a range the buckets span the selected rows. When that span is not known up front, count over the
  // table's whole time range and trim empty edges: one read of each row's time instead of two.
  let start = 0;
  let buckets = 0;
  let trim = false;
  if (range) {
    start = alignDown(range.start, spanMs, align);
    buckets = Math.max(0, Math.ceil((range.end - start) / spanMs));
  } else if (sel.count > 0) {
    let span = knownSpan(t, sel, times);
    const all = t.timeRange();
    if (!span && all && bucketCount(all.start, all.end, spanMs, align) * series.length <= MAX_HISTOGRAM_CELLS) (span = all), (trim = true);
    span ??= scanSpan(sel, times);
    if (span.start <= span.end) {
      start = alignDown(span.start, spanMs, align);
      buckets = bucketCount(span.start, span.end, spanMs, align);
    }
  }
  if (buckets * series.length > MAX_HISTOGRAM_CELLS) {
    throw new Error(`A histogram of ${buckets} buckets × ${series.length} series is too large; use a larger span`);
  }
  const counts = new Uint32Array(buckets * series.length);
  if (seriesOf) countStacked(sel, times, start, spanMs, counts, seriesOf, stackCodes, buckets);
  else countBuckets(sel, times, start, spanMs, counts);
  const result = { start, spanMs, buckets, series, counts };
  return trim ? trimEmptyEdges(result) : result;
}

/** The series of a histogram: one unnamed series, or the stack field's top values plus "other". */
function stacking(t: EventTable, sel: Selection, opts: HistogramOptions): { series: string[]; seriesOf: Int32Array | null; stackCodes: ArrayLike<number> } {
  if (opts.stackBy === undefined) return { series: [""], seriesOf: null, stackCodes: [] };
  const key = keyColumn(t, opts.stackBy, sel);
  const totals = countCodes(sel, key.codes, key.card);
  const present: number[] = [];
  for (let c = 0; c < key.card; c++) if (totals[c] !== 0) present.push(c);
  const topN = Math.max(0, Math.floor(opts.topN ?? DEFAULT_TOP_N));
  const top = topK(present.length, topN, (a, b) => totals[present[b]] - totals[present[a]] || key.compare(present[a], present[b]));
  const series = top.map((i) => key.label(present[i]));
  if (present.length > top.length) series.push(OTHER_SERIES);
  const seriesOf = new Int32Array(key.card).fill(top.length);
  top.forEach((i, s) => (seriesOf[present[i]] = s));
  return { series, seriesOf, stackCodes: key.codes };
}

/** The offset in [0, span) that bucket starts are shifted by. */
function alignment(alignMs: number | undefined, span: number): number {
  if (alignMs === undefined || alignMs === 0) return 0;
  if (!Number.isFinite(alignMs)) throw new Error(`Invalid histogram alignment ${alignMs}`);
  return ((alignMs % span) + span) % span;
}

/** Start of the bucket holding `t`. */
function alignDown(t: number, span: number, align: number): number {
  return Math.floor((t - align) / span) * span + align;
}

function bucketCount(min: number, max: number, span: number, align: number): number {
  return Math.floor((max - align) / span) - Math.floor((min - align) / span) + 1;
}

/** Drops leading and trailing buckets that are empty in every series. */
function trimEmptyEdges(h: HistogramResult): HistogramResult {
  const { buckets, series, counts } = h;
  let first = buckets;
  let last = -1;
  for (let s = 0; s < series.length; s++) {
    for (let b = 0; b < buckets; b++) {
      if (counts[s * buckets + b] === 0) continue;
      if (b < first) first = b;
      if (b > last) last = b;
    }
  }
  if (last < first) return { ...h, start: 0, buckets: 0, counts: new Uint32Array(0) };
  const n = last - first + 1;
  const out = new Uint32Array(n * series.length);
  for (let s = 0; s < series.length; s++) out.set(counts.subarray(s * buckets + first, s * buckets + last + 1), s * n);
  return { start: h.start + first * h.spanMs, spanMs: h.spanMs, buckets: n, series, counts: out };
}

function countBuckets(sel: Selection, times: Float64Array, start: number, span: number, counts: Uint32Array): void {
  if (sel.kind === "ranges") {
    for (let q = 0; q < sel.ranges.length; q += 2) {
      for (let i = sel.ranges[q]; i < sel.ranges[q + 1]; i++) counts[Math.floor((times[i] - start) / span)]++;
    }
  } else {
    const rows = sel.rows;
    for (let j = 0; j < sel.count; j++) counts[Math.floor((times[rows[j]] - start) / span)]++;
  }
}

function countStacked(
  sel: Selection,
  times: Float64Array,
  start: number,
  span: number,
  counts: Uint32Array,
  seriesOf: Int32Array,
  codes: ArrayLike<number>,
  buckets: number,
): void {
  if (sel.kind === "ranges") {
    for (let q = 0; q < sel.ranges.length; q += 2) {
      for (let i = sel.ranges[q]; i < sel.ranges[q + 1]; i++) counts[seriesOf[codes[i]] * buckets + Math.floor((times[i] - start) / span)]++;
    }
  } else {
    const rows = sel.rows;
    for (let j = 0; j < sel.count; j++) {
      const r = rows[j];
      counts[seriesOf[codes[r]] * buckets + Math.floor((times[r] - start) / span)]++;
    }
  }
}

/** The time span of the selected rows when it is known without reading them: all rows, or rows in time order. */
function knownSpan(t: EventTable, sel: Selection, times: Float64Array): { start: number; end: number } | null {
  if (sel.kind === "ranges" && sel.count === t.size) return t.timeRange();
  if (!t.times.ordered(t.size)) return null;
  // Rows are ascending, so in time-ordered data the first and last rows bound the span.
  const first = sel.kind === "ranges" ? sel.ranges[0] : sel.rows[0];
  const last = sel.kind === "ranges" ? sel.ranges[sel.ranges.length - 1] - 1 : sel.rows[sel.count - 1];
  return { start: times[first], end: times[last] };
}

/** Earliest and latest time of the selected rows, read row by row. */
function scanSpan(sel: Selection, times: Float64Array): { start: number; end: number } {
  let min = Infinity;
  let max = -Infinity;
  if (sel.kind === "ranges") {
    for (let q = 0; q < sel.ranges.length; q += 2) {
      for (let i = sel.ranges[q]; i < sel.ranges[q + 1]; i++) {
        const v = times[i];
        if (v < min) min = v;
        if (v > max) max = v;
      }
    }
  } else {
    const rows = sel.rows;
    for (let j = 0; j < sel.count; j++) {
      const v = times[rows[j]];
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  return { start: min, end: max };
}
