/**
 * Query planning and execution: a QuerySpec becomes a set of predicates over
 * the row ranges its time range allows; the cheapest source of candidate rows
 * drives (a scan of the ranges, the posting lists of a selective value, or an
 * explicit row list) and the other predicates refine the candidates in place,
 * most selective first.
 */
import { clausePred, hourRangePred, textPred } from "./match";
import { copyInRange, lowerBound, refine, scan, type Pred } from "./predicates";
import type { EventTable } from "./table";
import type { QuerySpec } from "./types";

/** Rows a query selects: whole row ranges (no per-row test needed) or an ascending row list. */
export type Selection =
  | { kind: "ranges"; ranges: readonly number[]; count: number }
  /** rows[0..count) ascending; `shared` when it aliases index-owned memory (copy before handing out). */
  | { kind: "rows"; rows: Uint32Array; count: number; shared: boolean };

/** A resolved query: row ranges to visit and the tests rows must pass. */
export interface Plan {
  ranges: number[];
  rangeCount: number;
  preds: Pred[];
  /** True when some predicate can match no row at all. */
  empty: boolean;
}

// Relative per-row costs: reading a posting list walks rows out of order; several lists also need a sort.
const POSTING_COST = 1.5;
const MULTI_POSTING_COST = 3;
const ROWS_COST = 1.2;

/** Resolves a spec into row ranges and predicates; throws on unknown fields or invalid ranges. */
export function plan(t: EventTable, spec: QuerySpec): Plan {
  const n = t.size;
  let ranges = n > 0 ? [0, n] : [];
  const preds: Pred[] = [];
  if (spec.timeRange) {
    const { start, end } = spec.timeRange;
    if (typeof start !== "number" || typeof end !== "number" || Number.isNaN(start) || Number.isNaN(end)) {
      throw new Error(`Invalid time range ${start}–${end}`);
    }
    const r = t.times.rowRanges(start, end, n);
    ranges = r.ranges;
    if (!r.exact) preds.push({ kind: "time", values: t.times.values, start, end, est: n });
  }
  for (const clause of spec.clauses ?? []) preds.push(clausePred(t, clause));
  if (spec.hourRange) preds.push(hourRangePred(t, spec.hourRange));
  if (spec.rows) {
    const rows = cleanRows(spec.rows, n);
    preds.push({ kind: "rows", rows, est: rows.length });
  }
  if (spec.text) preds.push(textPred(t, spec.text));
  let rangeCount = 0;
  for (let q = 0; q < ranges.length; q += 2) rangeCount += ranges[q + 1] - ranges[q];
  return { ranges, rangeCount, preds, empty: rangeCount === 0 || preds.some((p) => p.est === 0) };
}

/** The rows a spec selects. The result may alias index memory and is valid until the next query or append. */
export function select(t: EventTable, spec: QuerySpec): Selection {
  return execute(t, plan(t, spec));
}

/** Runs a plan. */
export function execute(t: EventTable, p: Plan): Selection {
  const { ranges, rangeCount } = p;
  const preds = p.preds.slice();
  if (p.empty) return { kind: "ranges", ranges: [], count: 0 };
  let best = -1;
  let bestCost = rangeCount;
  preds.forEach((pred, i) => {
    let cost = Infinity;
    if (pred.kind === "rows") cost = pred.est * ROWS_COST;
    else if (pred.kind === "code" && pred.list) cost = pred.est * (pred.list.length > 1 ? MULTI_POSTING_COST : POSTING_COST);
    if (cost < bestCost) (best = i), (bestCost = cost);
  });
  const driver = best >= 0 ? preds.splice(best, 1)[0] : preds.length > 0 ? takeMostSelective(preds) : null;
  if (!driver) return { kind: "ranges", ranges, count: rangeCount };
  preds.sort((a, b) => a.est - b.est);

  let buf: Uint32Array;
  let count: number;
  if (best >= 0 && driver.kind === "code" && driver.list) {
    const n = t.size;
    const post = driver.col.postingsFor(n);
    const c = driver.list[0];
    const whole = ranges.length === 2 && ranges[0] === 0 && ranges[1] === n;
    if (driver.list.length === 1 && whole && post.builtUpTo === n && preds.length === 0) {
      const rows = c + 1 < post.offsets.length ? post.rows.subarray(post.offsets[c], post.offsets[c + 1]) : new Uint32Array(0);
      return { kind: "rows", rows, count: rows.length, shared: true };
    }
    buf = new Uint32Array(driver.est + 1);
    count = 0;
    // With one list, the most selective other test reads the list directly (no copy first).
    const first = driver.list.length === 1 && preds.length > 0 ? preds.shift() : undefined;
    for (const code of driver.list) {
      if (code + 1 >= post.offsets.length) continue;
      const list = post.rows.subarray(post.offsets[code], post.offsets[code + 1]);
      for (let q = 0; q < ranges.length; q += 2) {
        if (!first) count = copyInRange(list, ranges[q], ranges[q + 1], buf, count);
        else {
          const a = lowerBound(list, 0, list.length, ranges[q]);
          const b = lowerBound(list, a, list.length, ranges[q + 1]);
          count = refine(first, list.subarray(a, b), b - a, buf, count);
        }
      }
    }
    // Rows appended since the lists were built are scanned.
    const tail: number[] = [];
    for (let q = 0; q < ranges.length; q += 2) {
      const lo = Math.max(ranges[q], post.builtUpTo);
      if (lo < ranges[q + 1]) tail.push(lo, ranges[q + 1]);
    }
    if (tail.length > 0) {
      const fresh = scan(driver, tail, buf.subarray(count));
      count += first ? refine(first, buf.subarray(count), fresh) : fresh;
    }
    if (driver.list.length > 1) buf.subarray(0, count).sort();
  } else {
    buf = new Uint32Array(Math.min(rangeCount, driver.est) + 1);
    count = scan(driver, ranges, buf);
  }
  for (const pred of preds) {
    if (count === 0) break;
    count = refine(pred, buf, count);
  }
  return { kind: "rows", rows: buf, count, shared: false };
}

function takeMostSelective(preds: Pred[]): Pred {
  let i = 0;
  for (let j = 1; j < preds.length; j++) if (preds[j].est < preds[i].est) i = j;
  return preds.splice(i, 1)[0];
}

/** Ascending, distinct, in-range row ids (callers may pass anything). */
function cleanRows(rows: Uint32Array, n: number): Uint32Array {
  let ok = true;
  for (let i = 0; i < rows.length && ok; i++) ok = rows[i] < n && (i === 0 || rows[i] > rows[i - 1]);
  if (ok) return rows;
  const sorted = Uint32Array.from(rows).sort();
  let k = 0;
  for (let i = 0; i < sorted.length; i++) if (sorted[i] < n && (k === 0 || sorted[i] !== sorted[k - 1])) sorted[k++] = sorted[i];
  return sorted.subarray(0, k);
}

/** The selected rows as an array of their own (safe to hand out and transfer). */
export function selectionToRows(sel: Selection): Uint32Array {
  if (sel.kind === "rows") return sel.shared || sel.count < sel.rows.length / 2 ? sel.rows.slice(0, sel.count) : sel.rows.subarray(0, sel.count);
  const out = new Uint32Array(sel.count);
  let k = 0;
  for (let q = 0; q < sel.ranges.length; q += 2) for (let i = sel.ranges[q]; i < sel.ranges[q + 1]; i++) out[k++] = i;
  return out;
}
