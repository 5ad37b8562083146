/**
 * Group counts straight from a plan, without materialising the matching rows.
 * Two strategies, picked by exact row counts:
 * - postings: a value's posting list, cut to the plan's row ranges by binary
 *   search, is walked in ascending row order and every other predicate is
 *   tested inline; only matching rows of that value are visited;
 * - scan: every row of the ranges gets a 0/1 flag from each predicate and the
 *   key's counter adds the flag (straight-line loops, no branches).
 * Counting does not need rows in order, so several values' lists are walked
 * one after the other. Rows a posting list does not cover yet are scanned.
 */
import type { CodedColumn } from "./coded-column";
import { lowerBound, type Pred } from "./predicates";
import type { Plan } from "./select";

/** Rows handled per block: the flag buffer stays in L1 cache. */
const BLOCK = 4096;
/**
 * Relative costs per row: a scan makes a pass per predicate plus two (flags, counting) over every row of the
 * ranges; a posting walk reads the key and the other predicates' codes of each visited row out of the columns'
 * order (gathers, about twice a sequential read each).
 */
const SCAN_PASSES = 2;
const GATHER_COST = 2;

/** A group key as one or two dense code columns: key = c1 * card2 + c2. */
export interface DenseKey {
  c1: ArrayLike<number>;
  c2?: ArrayLike<number>;
  card2: number;
  size: number;
}

type CodePred = Extract<Pred, { kind: "code" }>;

/** Whether a plan can be counted without a row list (no explicit rows, no per-row function). */
export function fusable(p: Plan): boolean {
  return !p.empty && p.preds.every((pred) => pred.kind !== "rows" && pred.kind !== "fn");
}

/** counts[key] over the rows of `p` that pass all its predicates; null when the plan needs a row list (see `fusable`). */
export function fusedCounts(p: Plan, key: DenseKey, size: number): Uint32Array | null {
  if (!fusable(p)) return null;
  const counts = new Uint32Array(key.size);
  const driver = bestPostings(p, size);
  if (!driver) {
    scanCounts(p.ranges, p.preds, key, counts);
    return counts;
  }
  const { pred, post } = driver;
  const others = p.preds.filter((x) => x !== pred);
  const flags = new Uint8Array(BLOCK);
  for (const code of pred.list!) {
    if (code + 1 >= post.offsets.length) continue;
    const list = post.rows.subarray(post.offsets[code], post.offsets[code + 1]);
    for (let q = 0; q < p.ranges.length; q += 2) {
      const a = lowerBound(list, 0, list.length, p.ranges[q]);
      const b = lowerBound(list, a, list.length, p.ranges[q + 1]);
      for (let from = a; from < b; from += BLOCK) countRows(list.subarray(from, Math.min(b, from + BLOCK)), others, key, counts, flags);
    }
  }
  // Rows appended after the lists were built: scanned with every predicate, the driver's too.
  const tail: number[] = [];
  for (let q = 0; q < p.ranges.length; q += 2) {
    const lo = Math.max(p.ranges[q], post.builtUpTo);
    if (lo < p.ranges[q + 1]) tail.push(lo, p.ranges[q + 1]);
  }
  if (tail.length > 0) scanCounts(tail, p.preds, key, counts);
  return counts;
}

/** The code predicate whose posting lists, cut to the ranges, beat scanning the ranges; null when none does. */
function bestPostings(p: Plan, size: number): { pred: CodePred; post: ReturnType<CodedColumn["postingsFor"]> } | null {
  let best: { pred: CodePred; post: ReturnType<CodedColumn["postingsFor"]> } | null = null;
  let bestCost = p.rangeCount * (SCAN_PASSES + p.preds.length);
  for (const pred of p.preds) {
    if (pred.kind !== "code" || !pred.list) continue;
    // Building a column's lists costs a pass and 4 bytes a row: only for a value that wins even uncut.
    if (!pred.col.hasPostings() && pred.est * GATHER_COST * p.preds.length >= bestCost) continue;
    const post = pred.col.postingsFor(size);
    let visited = 0;
    for (const code of pred.list) {
      if (code + 1 >= post.offsets.length) continue;
      const start = post.offsets[code];
      const end = post.offsets[code + 1];
      for (let q = 0; q < p.ranges.length; q += 2) {
        const a = lowerBound(post.rows, start, end, p.ranges[q]);
        visited += lowerBound(post.rows, a, end, p.ranges[q + 1]) - a;
      }
    }
    const cost = visited * GATHER_COST * p.preds.length;
    if (cost < bestCost) (best = { pred, post }), (bestCost = cost);
  }
  return best;
}

/** Adds the rows of `rows` (at most BLOCK, ascending) that pass `preds` to `counts`. */
function countRows(rows: Uint32Array, preds: readonly Pred[], key: DenseKey, counts: Uint32Array, flags: Uint8Array): void {
  const n = rows.length;
  const { c1, c2, card2 } = key;
  if (preds.length === 0) {
    if (c2) for (let j = 0; j < n; j++) counts[c1[rows[j]] * card2 + c2[rows[j]]]++;
    else for (let j = 0; j < n; j++) counts[c1[rows[j]]]++;
    return;
  }
  flags.fill(1, 0, n);
  for (const pred of preds) {
    switch (pred.kind) {
      case "code": {
        const { codes, table } = pred;
        for (let j = 0; j < n; j++) flags[j] &= table[codes[rows[j]]];
        break;
      }
      case "time": {
        const { values, start, end } = pred;
        for (let j = 0; j < n; j++) {
          const t = values[rows[j]];
          flags[j] &= t >= start && t < end ? 1 : 0;
        }
        break;
      }
      case "mask": {
        const mask = pred.mask;
        for (let j = 0; j < n; j++) flags[j] &= mask[rows[j]];
        break;
      }
      default:
        throw new Error(`fusedCounts: a ${pred.kind} predicate cannot be fused`);
    }
  }
  if (c2) for (let j = 0; j < n; j++) counts[c1[rows[j]] * card2 + c2[rows[j]]] += flags[j];
  else for (let j = 0; j < n; j++) counts[c1[rows[j]]] += flags[j];
}

/** Adds every row of `ranges` that passes `preds` to `counts`, a block at a time. */
function scanCounts(ranges: readonly number[], preds: readonly Pred[], key: DenseKey, counts: Uint32Array): void {
  const flags = new Uint8Array(BLOCK);
  const { c1, c2, card2 } = key;
  for (let q = 0; q < ranges.length; q += 2) {
    for (let lo = ranges[q], end = ranges[q + 1]; lo < end; lo += BLOCK) {
      const n = Math.min(BLOCK, end - lo);
      flags.fill(1, 0, n);
      for (const pred of preds) {
        switch (pred.kind) {
          case "code": {
            const { codes, table } = pred;
            for (let j = 0; j < n; j++) flags[j] &= table[codes[lo + j]];
            break;
          }
          case "time": {
            const { values, start, end: stop } = pred;
            for (let j = 0; j < n; j++) {
              const t = values[lo + j];
              flags[j] &= t >= start && t < stop ? 1 : 0;
            }
            break;
          }
          case "mask": {
            const mask = pred.mask;
            for (let j = 0; j < n; j++) flags[j] &= mask[lo + j];
            break;
          }
          default:
            throw new Error(`fusedCounts: a ${pred.kind} predicate cannot be fused`);
        }
      }
      if (c2) for (let j = 0; j < n; j++) counts[c1[lo + j] * card2 + c2[lo + j]] += flags[j];
      else for (let j = 0; j < n; j++) counts[c1[lo + j]] += flags[j];
    }
  }
}
