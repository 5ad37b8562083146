/**
 * Stable sort of row ids by one field: strings by value (code-unit order),
 * numbers numerically, absent values last in both directions. Strings sort
 * by dictionary rank with a counting sort and numbers with an LSD radix sort
 * over their IEEE bits, so a million rows sort in tens of milliseconds.
 */
import { radixSortByFloat } from "./radix";
import type { EventTable } from "./table";
import type { SortSpec } from "./types";

/** Below this many rows a comparison sort is simpler and as fast. */
const SMALL = 2048;

/** `rows` reordered by `sort` (a new array; ties keep their input order). */
export function sortRows(t: EventTable, rows: Uint32Array, sort: SortSpec): Uint32Array {
  const ref = t.ref(sort.field);
  const desc = sort.desc === true;
  const m = rows.length;
  switch (ref.kind) {
    case "string": {
      const rank = ref.col.ranks();
      const codes = ref.col.codes;
      const absent = rank[0];
      const keys = new Uint32Array(m);
      // Ranks run 0..absent-1 for values and `absent` for ""; descending flips values only.
      for (let i = 0; i < m; i++) {
        const r = rank[codes[rows[i]]];
        keys[i] = desc && r !== absent ? absent - 1 - r : r;
      }
      return byIntKeys(rows, keys, absent + 1);
    }
    case "hour": {
      const codes = ref.col.codes;
      const keys = new Uint32Array(m);
      for (let i = 0; i < m; i++) {
        const c = codes[rows[i]];
        keys[i] = c === 0 ? 24 : desc ? 24 - c : c - 1;
      }
      return byIntKeys(rows, keys, 25);
    }
    case "time": {
      const values = ref.col.values;
      const keys = new Float64Array(m);
      for (let i = 0; i < m; i++) keys[i] = values[rows[i]];
      return byFloatKeys(rows, keys, desc);
    }
    case "float": {
      const keys = new Float64Array(m);
      for (let i = 0; i < m; i++) keys[i] = ref.col.get(rows[i]);
      return byFloatKeys(rows, keys, desc);
    }
    case "id": {
      const ids = Array.from(rows, (r) => t.eventId(r));
      const pos = Array.from({ length: m }, (_, i) => i);
      pos.sort((a, b) => {
        const x = ids[a];
        const y = ids[b];
        if (x === "" || y === "") return (x === "" ? 1 : 0) - (y === "" ? 1 : 0) || a - b;
        return (x < y ? (desc ? 1 : -1) : x > y ? (desc ? -1 : 1) : 0) || a - b;
      });
      return Uint32Array.from(pos, (i) => rows[i]);
    }
  }
}

/** Stable counting sort of rows by keys in [0, keyCount). */
function byIntKeys(rows: Uint32Array, keys: Uint32Array, keyCount: number): Uint32Array {
  const m = rows.length;
  const out = new Uint32Array(m);
  if (m < SMALL && keyCount > m) {
    const pos = Array.from({ length: m }, (_, i) => i).sort((a, b) => keys[a] - keys[b] || a - b);
    for (let i = 0; i < m; i++) out[i] = rows[pos[i]];
    return out;
  }
  const start = new Uint32Array(keyCount + 1);
  for (let i = 0; i < m; i++) start[keys[i] + 1]++;
  for (let k = 0; k < keyCount; k++) start[k + 1] += start[k];
  for (let i = 0; i < m; i++) out[start[keys[i]]++] = rows[i];
  return out;
}

function byFloatKeys(rows: Uint32Array, keys: Float64Array, desc: boolean): Uint32Array {
  const m = rows.length;
  // Times usually arrive in order: then ascending is the input and descending reverses runs of distinct keys.
  if (nonDecreasing(keys)) return desc ? reverseRuns(rows, keys) : rows.slice();
  if (m < SMALL) {
    const pos = Array.from({ length: m }, (_, i) => i).sort((a, b) => compareFloat(keys[a], keys[b], desc) || a - b);
    return Uint32Array.from(pos, (i) => rows[i]);
  }
  const order = radixSortByFloat(keys, desc);
  const out = new Uint32Array(m);
  for (let i = 0; i < m; i++) out[i] = rows[order[i]];
  return out;
}

/** Order of two numbers with NaN (absent) last whatever the direction. */
function compareFloat(x: number, y: number, desc: boolean): number {
  const xn = x !== x;
  const yn = y !== y;
  if (xn || yn) return (xn ? 1 : 0) - (yn ? 1 : 0);
  if (x === y) return 0;
  return (x < y) !== desc ? -1 : 1;
}

/** Whether keys never decrease (and hold no NaN). */
function nonDecreasing(keys: Float64Array): boolean {
  for (let i = 1; i < keys.length; i++) if (!(keys[i] >= keys[i - 1])) return false;
  return keys.length === 0 || keys[0] === keys[0];
}

/** Rows in descending key order for non-decreasing keys, equal keys kept in input order. */
function reverseRuns(rows: Uint32Array, keys: Float64Array): Uint32Array {
  const out = new Uint32Array(rows.length);
  let k = 0;
  for (let end = rows.length; end > 0; ) {
    let start = end - 1;
    while (start > 0 && keys[start - 1] === keys[end - 1]) start--;
    for (let i = start; i < end; i++) out[k++] = rows[i];
    end = start;
  }
  return out;
}
