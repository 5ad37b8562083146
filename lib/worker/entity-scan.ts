/**
 * Typed-array building blocks of the entity statistics: iterating a
 * selection, the rows of one entity, distinct counts per key, per-value
 * counts with first/last times, and the time axis of entity charts.
 */
import { forEachRow } from "../index/group-keys";
import { select, type Selection } from "../index/select";
import type { EventTable } from "../index/table";
import type { QuerySpec } from "../index/types";
import { stringCodes } from "./entity-rules";
import type { TopValues, ValueSeen } from "./entity-types";

/** Rows to scan: a selection from the index, or an ascending list of row ids. */
export type Rows = Selection | Uint32Array;

/** Calls fn for every row, in ascending order. */
export function forRows(rows: Rows, fn: (row: number) => void): void {
  if (rows instanceof Uint32Array) for (let i = 0; i < rows.length; i++) fn(rows[i]!);
  else forEachRow(rows, fn);
}

/** Number of rows. */
export function rowCount(rows: Rows): number {
  return rows instanceof Uint32Array ? rows.length : rows.count;
}

/**
 * The rows of `spec` whose `field` is exactly `value` (never a wildcard
 * match: a principal named "a*" is one principal), ascending. Empty when the
 * value does not occur.
 */
export function entityRows(t: EventTable, spec: QuerySpec, field: string, value: string): Uint32Array {
  if (value === "") return new Uint32Array(0);
  const code = t.code(field, value);
  if (code < 0) return new Uint32Array(0);
  const { codes } = stringCodes(t, field);
  // Without a wildcard the clause is exact and lets the planner drive from the value's posting list.
  const clauses = value.includes("*") ? spec.clauses ?? [] : [...(spec.clauses ?? []), { field, values: [value] }];
  const sel = select(t, { ...spec, clauses });
  const out = new Uint32Array(sel.count);
  let k = 0;
  forEachRow(sel, (row) => {
    if (codes[row] === code) out[k++] = row;
  });
  return k === out.length ? out : out.slice(0, k);
}

/** Key spaces up to this many bits are deduplicated in a bitset. */
const MAX_BITSET_BITS = 1 << 24;

/**
 * For each key code, how many distinct non-absent value codes its rows have.
 * Small key × value spaces use a bitset; larger ones remember the first key
 * of each value and keep only the (rarer) further pairs in a set.
 */
export function distinctPerKey(rows: Rows, keyCodes: ArrayLike<number>, keyCard: number, valCodes: ArrayLike<number>, valCard: number): Uint32Array {
  const out = new Uint32Array(keyCard);
  if (keyCard * valCard <= MAX_BITSET_BITS) {
    const bits = new Uint8Array(Math.ceil((keyCard * valCard) / 8));
    forRows(rows, (row) => {
      const v = valCodes[row]!;
      if (v === 0) return;
      const k = keyCodes[row]!;
      const bit = k * valCard + v;
      const mask = 1 << (bit & 7);
      if (bits[bit >> 3]! & mask) return;
      bits[bit >> 3]! |= mask;
      out[k]!++;
    });
    return out;
  }
  const firstKey = new Int32Array(valCard).fill(-1);
  const more = new Set<number>();
  forRows(rows, (row) => {
    const v = valCodes[row]!;
    if (v === 0) return;
    const k = keyCodes[row]!;
    const first = firstKey[v]!;
    if (first === k) return;
    if (first < 0) {
      firstKey[v] = k;
      out[k]!++;
      return;
    }
    const pair = v * keyCard + k;
    if (more.has(pair)) return;
    more.add(pair);
    out[k]!++;
  });
  return out;
}

/** Dictionary codes mapped to dense local slots (0, 1, 2, … in order of first sight): an array for small dictionaries, a Map otherwise. */
export class Slots {
  private readonly dense: Int32Array | null;
  private readonly sparse = new Map<number, number>();
  /** codes[slot] = the code in that slot. */
  readonly codes: number[] = [];

  constructor(card: number, expectedRows: number) {
    this.dense = card <= Math.max(1 << 16, 4 * expectedRows) ? new Int32Array(card).fill(-1) : null;
  }

  get size(): number {
    return this.codes.length;
  }

  /** The slot of a code, allocating one on first sight. */
  slot(code: number): number {
    if (this.dense) {
      let s = this.dense[code]!;
      if (s < 0) (s = this.dense[code] = this.codes.length), this.codes.push(code);
      return s;
    }
    let s = this.sparse.get(code);
    if (s === undefined) this.sparse.set(code, (s = this.codes.length)), this.codes.push(code);
    return s;
  }

  /** The slot of a code, or -1 when never seen. */
  find(code: number): number {
    return this.dense ? this.dense[code] ?? -1 : this.sparse.get(code) ?? -1;
  }
}

/** Growable per-slot counters with first and last times. */
export class SeenCounts {
  count: Uint32Array;
  first: Float64Array;
  last: Float64Array;

  constructor(capacity = 16) {
    this.count = new Uint32Array(capacity);
    this.first = new Float64Array(capacity).fill(Infinity);
    this.last = new Float64Array(capacity).fill(-Infinity);
  }

  /** Counts one row at time `ms` in `slot`. */
  add(slot: number, ms: number): void {
    if (slot >= this.count.length) this.grow(slot + 1);
    this.count[slot]!++;
    if (ms < this.first[slot]!) this.first[slot] = ms;
    if (ms > this.last[slot]!) this.last[slot] = ms;
  }

  private grow(min: number): void {
    const n = Math.max(min, this.count.length * 2);
    const count = new Uint32Array(n);
    count.set(this.count);
    const first = new Float64Array(n).fill(Infinity);
    first.set(this.first);
    const last = new Float64Array(n).fill(-Infinity);
    last.set(this.last);
    this.count = count;
    this.first = first;
    this.last = last;
  }
}

/** A growable per-slot sum (0 where nothing was added). */
export class SlotSums {
  values = new Float64Array(16);

  add(slot: number, amount: number): void {
    if (slot >= this.values.length) {
      const next = new Float64Array(Math.max(slot + 1, this.values.length * 2));
      next.set(this.values);
      this.values = next;
    }
    this.values[slot]! += amount;
  }

  get(slot: number): number {
    return this.values[slot] ?? 0;
  }
}

/** Most frequent first, then earliest first seen, then value. */
export function byCountThenFirst(a: ValueSeen, b: ValueSeen): number {
  return b.count - a.count || a.first - b.first || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
}

/** Counts, first and last time of each non-absent value of a string field over the rows; the `limit` most frequent. */
export function topSeen(t: EventTable, rows: Uint32Array, field: string, limit: number): TopValues {
  const { codes, dict } = stringCodes(t, field);
  const times = t.times.values;
  const slots = new Slots(dict.length, rows.length);
  const seen = new SeenCounts();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const c = codes[r]!;
    if (c !== 0) seen.add(slots.slot(c), times[r]!);
  }
  const items: ValueSeen[] = slots.codes.map((c, s) => ({ value: dict[c]!, count: seen.count[s]!, first: seen.first[s]!, last: seen.last[s]! }));
  items.sort(byCountThenFirst);
  return { items: items.slice(0, limit), distinct: items.length };
}

const MINUTE = 60_000;
/** Bar widths of entity charts, finest first. */
const SPANS = [MINUTE, 5 * MINUTE, 15 * MINUTE, 30 * MINUTE, 60 * MINUTE, 3 * 60 * MINUTE, 6 * 60 * MINUTE, 12 * 60 * MINUTE, 1440 * MINUTE, 7 * 1440 * MINUTE, 30 * 1440 * MINUTE];
/** Entity charts are small: about this many bars at most. */
export const ENTITY_CHART_BARS = 240;

/** The finest bar width that keeps a range within ENTITY_CHART_BARS bars (a year per bar beyond 30-day bars). */
export function chartSpan(rangeMs: number): number {
  for (const s of SPANS) if (Math.ceil(Math.max(rangeMs, 1) / s) + 1 <= ENTITY_CHART_BARS) return s;
  return 365 * 1440 * MINUTE;
}

/** The range entity charts cover: the filter's time range within the data, else all the data (end exclusive); null when empty. */
export function chartRange(t: EventTable, spec: QuerySpec): { start: number; end: number } | null {
  const all = t.timeRange();
  if (!all) return null;
  const data = { start: all.start, end: all.end + 1 };
  const tr = spec.timeRange;
  if (!tr) return data;
  const start = Math.max(tr.start, data.start);
  const end = Math.min(tr.end, data.end);
  return start < end ? { start, end } : null;
}
