/**
 * Per-row tests a query is made of, in forms that run as tight typed-array
 * loops: a code lookup table, a time interval, a row mask, a sorted row list,
 * or (for rarely filtered fields) a function.
 */
import type { CodeArray, CodedColumn } from "./coded-column";

/** Matching codes kept explicitly up to this many (posting lists can then drive the query). */
export const MAX_DRIVER_CODES = 64;

/** One per-row test of a query. */
export type Pred =
  /**
   * table[codes[row]] is 1 for a match, else 0 (exactly: loops add it to a counter), with an entry for every code
   * of the column; `list` names the matching codes when few and none is 0 (absent), so posting lists can drive.
   */
  | { kind: "code"; col: CodedColumn; codes: CodeArray; table: Uint8Array; list: number[] | null; est: number }
  | { kind: "time"; values: Float64Array; start: number; end: number; est: number }
  | { kind: "mask"; mask: Uint8Array; est: number }
  /** Ascending row ids. */
  | { kind: "rows"; rows: Uint32Array; est: number }
  | { kind: "fn"; test: (row: number) => boolean; est: number };

/** Keeps the rows of `src[0..count)` that pass `p`, writing them to `dst` from index `at` (dst may be src); returns the new end. */
export function refine(p: Pred, src: Uint32Array, count: number, dst: Uint32Array = src, at = 0): number {
  let k = at;
  switch (p.kind) {
    case "code": {
      const { codes, table } = p;
      for (let j = 0; j < count; j++) {
        const r = src[j];
        dst[k] = r;
        k += table[codes[r]];
      }
      return k;
    }
    case "time": {
      const { values, start, end } = p;
      for (let j = 0; j < count; j++) {
        const r = src[j];
        const t = values[r];
        dst[k] = r;
        k += t >= start && t < end ? 1 : 0;
      }
      return k;
    }
    case "mask": {
      const mask = p.mask;
      for (let j = 0; j < count; j++) {
        const r = src[j];
        dst[k] = r;
        k += mask[r];
      }
      return k;
    }
    case "rows": {
      const rows = p.rows;
      let i = 0;
      for (let j = 0; j < count && i < rows.length; j++) {
        const r = src[j];
        while (i < rows.length && rows[i] < r) i++;
        if (i < rows.length && rows[i] === r) dst[k++] = r;
      }
      return k;
    }
    case "fn": {
      const test = p.test;
      for (let j = 0; j < count; j++) if (test(src[j])) dst[k++] = src[j];
      return k;
    }
  }
}

/** Writes the rows of `ranges` (flat [lo, hi) pairs) that pass `p` into `buf`; returns the count. */
export function scan(p: Pred, ranges: readonly number[], buf: Uint32Array): number {
  let k = 0;
  for (let q = 0; q < ranges.length; q += 2) {
    const lo = ranges[q];
    const hi = ranges[q + 1];
    switch (p.kind) {
      case "code": {
        const { codes, table } = p;
        for (let i = lo; i < hi; i++) {
          buf[k] = i;
          k += table[codes[i]];
        }
        break;
      }
      case "time": {
        const { values, start, end } = p;
        for (let i = lo; i < hi; i++) {
          const t = values[i];
          buf[k] = i;
          k += t >= start && t < end ? 1 : 0;
        }
        break;
      }
      case "mask": {
        const mask = p.mask;
        for (let i = lo; i < hi; i++) {
          buf[k] = i;
          k += mask[i];
        }
        break;
      }
      case "rows":
        k = copyInRange(p.rows, lo, hi, buf, k);
        break;
      case "fn": {
        const test = p.test;
        for (let i = lo; i < hi; i++) if (test(i)) buf[k++] = i;
        break;
      }
    }
  }
  return k;
}

/** Copies the values of ascending `rows` that lie in [lo, hi) into buf at k; returns the new k. */
export function copyInRange(rows: Uint32Array, lo: number, hi: number, buf: Uint32Array, k: number): number {
  const a = lowerBound(rows, 0, rows.length, lo);
  const b = lowerBound(rows, a, rows.length, hi);
  buf.set(rows.subarray(a, b), k);
  return k + (b - a);
}

/** First index in rows[from..to) whose value is ≥ v. */
export function lowerBound(rows: Uint32Array, from: number, to: number, v: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rows[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
