/**
 * Row helpers shared by the rules: candidate selection through the index's
 * filters, time ordering, and reading single cells as strings.
 */
import { filterRows } from "../index/filter";
import type { EventTable } from "../index/table";
import type { FilterClause, QuerySpec } from "../index/types";

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** The clause "the call succeeded" (no errorCode). */
export const SUCCEEDED: FilterClause = { field: "errorCode", values: [""] };

/** Shorthand for an IN clause. */
export function where(field: string, ...values: string[]): FilterClause {
  return { field, values };
}

/**
 * Ascending ids of the rows matching every clause (and the rest of the spec).
 * Values are literal: the index reads "*" as a wildcard, and values taken from
 * records (principal names, buckets) are attacker-controlled, so rows matched
 * only through a "*" are dropped again.
 */
export function rowsWhere(t: EventTable, clauses: FilterClause[], rest: Omit<QuerySpec, "clauses"> = {}): Uint32Array {
  if (t.size === 0) return new Uint32Array(0);
  const globbed = clauses.filter((c) => c.values.some((v) => v.includes("*")));
  // A positive glob clause selects a superset (checked below); a negated one would drop literal matches, so it is only checked below.
  const rows = filterRows(t, { ...rest, clauses: clauses.filter((c) => !(c.negate && globbed.includes(c))) });
  if (globbed.length === 0) return rows;
  const exact = globbed.map((c) => ({ field: c.field, values: new Set(c.values), negate: c.negate === true }));
  return rows.filter((r) => exact.every((c) => c.values.has(cell(t, c.field, r)) !== c.negate));
}

/** Rows sorted by event time (row order breaks ties); cheap when the table is already in time order. */
export function byTime(t: EventTable, rows: ArrayLike<number>): number[] {
  const out = Array.from(rows);
  if (t.times.ordered(t.size)) return out;
  const v = t.times.values;
  return out.sort((a, b) => v[a] - v[b] || a - b);
}

/** The string value of a cell ("" when absent). */
export function cell(t: EventTable, field: string, row: number): string {
  const v = t.value(field, row);
  return typeof v === "string" ? v : Number.isNaN(v) ? "" : String(v);
}

/** Event time of a row, epoch ms. */
export function timeOf(t: EventTable, row: number): number {
  return t.times.values[row];
}

/** Values of a string field that pass `test`, read once from the column's dictionary (never per row). */
export function valuesMatching(t: EventTable, field: string, test: (value: string) => boolean): string[] {
  if (!t.hasField(field)) return [];
  const col = t.column(field);
  if (col.kind !== "string") return [];
  const out: string[] = [];
  for (let c = 1; c < col.dict.length; c++) if (test(col.dict[c])) out.push(col.dict[c]);
  return out;
}

/** True for calls made by an AWS service rather than a person or workload identity. */
export function isServiceCall(t: EventTable, row: number): boolean {
  return cell(t, "principalType", row) === "AWSService" || cell(t, "invokedBy", row) !== "";
}

/** Splits time-ordered rows into groups per key, starting a new group when the gap to the previous row of the key exceeds `gapMs`. */
export function sessions<K>(t: EventTable, rows: number[], keyOf: (row: number) => K, gapMs: number): { key: K; rows: number[] }[] {
  const open = new Map<K, { key: K; rows: number[]; last: number }>();
  const out: { key: K; rows: number[] }[] = [];
  for (const row of rows) {
    const key = keyOf(row);
    const at = timeOf(t, row);
    const cur = open.get(key);
    if (cur && at - cur.last <= gapMs) {
      cur.rows.push(row);
      cur.last = at;
    } else {
      const next = { key, rows: [row], last: at };
      open.set(key, next);
      out.push(next);
    }
  }
  return out.map(({ key, rows: r }) => ({ key, rows: r }));
}

/** Cuts a time-ordered group into pieces spanning at most `maxSpanMs` each. */
export function splitBySpan(t: EventTable, rows: number[], maxSpanMs: number): number[][] {
  const out: number[][] = [];
  let cur: number[] = [];
  let start = 0;
  for (const r of rows) {
    const at = timeOf(t, r);
    if (cur.length === 0 || at - start > maxSpanMs) {
      if (cur.length) out.push(cur);
      cur = [];
      start = at;
    }
    cur.push(r);
  }
  if (cur.length) out.push(cur);
  return out;
}

/** Index of the first row in time-ordered `rows` at or after `time`. */
export function firstAtOrAfter(t: EventTable, rows: readonly number[], time: number): number {
  const v = t.times.values;
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v[rows[mid]] < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
