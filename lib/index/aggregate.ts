/**
 * Counting over a query's rows: group-by over one or more fields, distinct
 * counts and top values. Counting runs into typed arrays indexed by code
 * (pairs of codes combined into one index when the product is small), so no
 * per-row strings or objects are made.
 */
import { countCodes, countPairs, forEachRow, keyColumn, type KeyColumn } from "./group-keys";
import { fusable, fusedCounts } from "./fused-count";
import { execute, plan, select, type Plan, type Selection } from "./select";
import type { EventTable } from "./table";
import { topK } from "./top-k";
import type { GroupResult, QuerySpec } from "./types";

export { histogram } from "./histogram";

/** Combined key spaces up to this size are always counted in a dense array. */
const DENSE_KEYS = 1 << 16;
/** Larger key spaces are counted densely only up to this size, and when not much sparser than the selection. */
const MAX_DENSE_KEYS = 1 << 22;

/** Counts per value (or combination of values) of `fields`, count descending then key ascending, cut to `limit` groups. */
export function groupBy(t: EventTable, spec: QuerySpec, fields: string[], limit = Infinity): GroupResult {
  if (fields.length === 0) throw new Error("groupBy needs at least one field");
  const p = plan(t, spec);
  const fused = fusedGroups(t, p, fields, limit);
  return fused ?? groupSelection(t, execute(t, p), fields, limit);
}

/** The groups of one or two coded fields counted in one pass over the plan's ranges, or null when that path does not apply. */
function fusedGroups(t: EventTable, p: Plan, fields: string[], limit: number): GroupResult | null {
  if (fields.length > 2 || !fusable(p)) return null;
  const refs = fields.map((f) => t.ref(f));
  if (!refs.every((r) => r.kind === "string" || r.kind === "hour")) return null;
  // Whole-table single-field counts are already cached per column.
  if (fields.length === 1 && p.preds.length === 0 && p.rangeCount === t.size) return null;
  const ranges: Selection = { kind: "ranges", ranges: p.ranges, count: p.rangeCount };
  const keys = fields.map((f) => keyColumn(t, f, ranges));
  const product = keys.reduce((n, k) => n * k.card, 1);
  if (product > DENSE_KEYS && (product > MAX_DENSE_KEYS || product > 4 * p.rangeCount)) return null;
  const counts = fusedCounts(p, { c1: keys[0].codes, c2: keys[1]?.codes, card2: keys[1]?.card ?? 1, size: product }, t.size);
  return counts && denseGroups(fields, keys, counts, limit);
}

/** The `n` most frequent values of a field. */
export function topValues(t: EventTable, spec: QuerySpec, field: string, n: number): GroupResult {
  return groupBy(t, spec, [field], n);
}

/** Number of distinct non-absent values of a field over the query's rows. */
export function distinctCount(t: EventTable, spec: QuerySpec, field: string): number {
  const sel = select(t, spec);
  const ref = t.ref(field);
  if ((ref.kind === "string" || ref.kind === "hour") && coversAll(t, sel)) return ref.col.distinct();
  const key = keyColumn(t, field, sel);
  const counts = countCodes(sel, key.codes, key.card);
  let d = 0;
  for (let c = 1; c < key.card; c++) if (counts[c] !== 0) d++;
  return d;
}

/** Group counts over an already selected set of rows. */
export function groupSelection(t: EventTable, sel: Selection, fields: string[], limit = Infinity): GroupResult {
  const keys = fields.map((f) => keyColumn(t, f, sel));
  const F = keys.length;
  const product = keys.reduce((p, k) => p * k.card, 1);
  if (F === 1) {
    const ref = t.ref(fields[0]);
    const counts =
      (ref.kind === "string" || ref.kind === "hour") && coversAll(t, sel) ? ref.col.countsFor(t.size) : countCodes(sel, keys[0].codes, keys[0].card);
    return denseGroups(fields, keys, counts, limit);
  }
  if (product <= DENSE_KEYS || (product <= MAX_DENSE_KEYS && product <= 4 * sel.count)) {
    const counts = F === 2 ? countPairs(sel, keys[0].codes, keys[1].codes, keys[1].card, product) : countDense(sel, keys, product);
    return denseGroups(fields, keys, counts, limit);
  }
  const groupCodes: number[] = [];
  const groupCounts: number[] = [];
  countSparse(sel, keys, groupCodes, groupCounts);
  return ordered(fields, keys, groupCodes, groupCounts, limit);
}

/** Groups from dense counts indexed by the combined key (k = ((c0 * card1) + c1) * card2 + …). */
function denseGroups(fields: string[], keys: KeyColumn[], counts: ArrayLike<number>, limit: number): GroupResult {
  const F = keys.length;
  const groupCodes: number[] = [];
  const groupCounts: number[] = [];
  for (let k = 0; k < counts.length; k++) {
    if (counts[k] === 0) continue;
    let rest = k;
    const at = groupCodes.length;
    for (let f = F - 1; f >= 0; f--) {
      groupCodes[at + f] = rest % keys[f].card;
      rest = Math.floor(rest / keys[f].card);
    }
    groupCounts.push(counts[k]);
  }
  return ordered(fields, keys, groupCodes, groupCounts, limit);
}

/** Count descending, then key ascending, cut to `limit`. */
function ordered(fields: string[], keys: KeyColumn[], groupCodes: number[], groupCounts: number[], limit: number): GroupResult {
  const F = keys.length;
  const cmp = (a: number, b: number): number => {
    const d = groupCounts[b] - groupCounts[a];
    if (d !== 0) return d;
    for (let f = 0; f < F; f++) {
      const c = keys[f].compare(groupCodes[a * F + f], groupCodes[b * F + f]);
      if (c !== 0) return c;
    }
    return 0;
  };
  const order = topK(groupCounts.length, limit, cmp);
  return {
    fields: fields.slice(),
    keys: order.map((g) => keys.map((k, f) => k.label(groupCodes[g * F + f]))),
    counts: order.map((g) => groupCounts[g]),
    totalGroups: groupCounts.length,
  };
}

function coversAll(t: EventTable, sel: Selection): boolean {
  return sel.kind === "ranges" && sel.count === t.size;
}

function countDense(sel: Selection, keys: KeyColumn[], product: number): Uint32Array {
  const counts = new Uint32Array(product);
  forEachRow(sel, (row) => {
    let k = 0;
    for (const key of keys) k = k * key.card + key.codes[row];
    counts[k]++;
  });
  return counts;
}

/** Counts combinations in a Map when the key space is too large for an array. */
function countSparse(sel: Selection, keys: KeyColumn[], groupCodes: number[], groupCounts: number[]): void {
  const product = keys.reduce((p, k) => p * k.card, 1);
  const numeric = product <= Number.MAX_SAFE_INTEGER;
  const seen = new Map<number | string, number>();
  forEachRow(sel, (row) => {
    let key: number | string;
    if (numeric) {
      key = 0;
      for (const k of keys) key = key * k.card + k.codes[row];
    } else key = keys.map((k) => k.codes[row]).join(",");
    const g = seen.get(key);
    if (g !== undefined) groupCounts[g]++;
    else {
      seen.set(key, groupCounts.push(1) - 1);
      for (const k of keys) groupCodes.push(k.codes[row]);
    }
  });
}
