/**
 * What a step's evidence rows say, in plain data the UI and the exports can
 * show without another query: the rows in time order, their span, the top
 * values of the fields a story talks about, counts per hour of day and per
 * day, and the first rows materialised for an evidence table.
 */
import { groupBy } from "../index/aggregate";
import { countRows } from "../index/filter";
import type { EventTable } from "../index/table";
import type { TimeRange } from "../index/types";
import { DAY_MS, HOUR_MS } from "./time-spec";

/** The fields whose values a step's facts list. */
export const FACT_FIELDS = [
  "principal",
  "accessKeyId",
  "sourceIp",
  "userAgent",
  "eventName",
  "eventSource",
  "bucket",
  "objectKey",
  "targetUser",
  "policyArn",
  "errorCode",
  "region",
] as const;
export type FactField = (typeof FACT_FIELDS)[number];

export interface ValueCount {
  value: string;
  count: number;
}

export interface FieldFacts {
  /** Most frequent first, at most the resolver's `topValues`; absent values are left out. */
  top: ValueCount[];
  /** Distinct present values. */
  distinct: number;
}

export interface EvidenceFacts {
  count: number;
  fields: Record<FactField, FieldFacts>;
  /** Events per UTC hour of day (24 entries). */
  hours: number[];
  /** Events per UTC day, in day order. */
  days: { day: number; count: number }[];
}

/** One evidence row as an evidence table shows it (every string is log data: render as text). */
export interface EvidenceRow {
  row: number;
  eventId: string;
  time: number;
  principal: string;
  eventName: string;
  eventSource: string;
  sourceIp: string;
  accessKeyId: string;
  userAgent: string;
  bucket: string;
  objectKey: string;
  targetUser: string;
  policyArn: string;
  errorCode: string;
}

/** Ascending row ids ordered by event time (ties by row). */
export function byTime(t: EventTable, rows: Uint32Array): Uint32Array {
  const times = t.times.values;
  return rows.slice().sort((a, b) => times[a] - times[b] || a - b);
}

/** [first, last + 1 ms) of the rows' times, null when none. */
export function spanOf(t: EventTable, rows: ArrayLike<number>): TimeRange | null {
  if (rows.length === 0) return null;
  const times = t.times.values;
  let start = Infinity;
  let end = -Infinity;
  for (let i = 0; i < rows.length; i++) {
    const v = times[rows[i]];
    if (v < start) start = v;
    if (v > end) end = v;
  }
  return Number.isFinite(start) ? { start, end: end + 1 } : null;
}

/** Facts of ascending `rows`. */
export function factsOf(t: EventTable, rows: Uint32Array, topValues: number): EvidenceFacts {
  const fields = Object.create(null) as Record<FactField, FieldFacts>;
  for (const field of FACT_FIELDS) {
    if (rows.length === 0) {
      fields[field] = { top: [], distinct: 0 };
      continue;
    }
    const g = groupBy(t, { rows }, [field], topValues + 1);
    const top: ValueCount[] = [];
    g.keys.forEach((k, i) => {
      if (k[0] !== "" && top.length < topValues) top.push({ value: k[0], count: g.counts[i] });
    });
    // Rows without the field form a group of their own ("").
    const absent = countRows(t, { rows, clauses: [{ field, values: [""] }] }) > 0;
    fields[field] = { top, distinct: g.totalGroups - (absent ? 1 : 0) };
  }
  const hours = new Array<number>(24).fill(0);
  const perDay = new Map<number, number>();
  const times = t.times.values;
  for (let i = 0; i < rows.length; i++) {
    const ms = times[rows[i]];
    hours[Math.floor((((ms % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS)]++;
    const day = Math.floor(ms / DAY_MS) * DAY_MS;
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
  }
  const days = [...perDay].sort((a, b) => a[0] - b[0]).map(([day, count]) => ({ day, count }));
  return { count: rows.length, fields, hours, days };
}

const str = (t: EventTable, field: string, row: number): string => {
  const v = t.value(field, row);
  return typeof v === "string" ? v : "";
};

/** The rows as evidence table entries. */
export function evidenceRows(t: EventTable, rows: ArrayLike<number>): EvidenceRow[] {
  const out: EvidenceRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    out.push({
      row,
      eventId: t.eventId(row),
      time: t.times.values[row],
      principal: str(t, "principal", row),
      eventName: str(t, "eventName", row),
      eventSource: str(t, "eventSource", row),
      sourceIp: str(t, "sourceIp", row),
      accessKeyId: str(t, "accessKeyId", row),
      userAgent: str(t, "userAgent", row),
      bucket: str(t, "bucket", row),
      objectKey: str(t, "objectKey", row),
      targetUser: str(t, "targetUser", row),
      policyArn: str(t, "policyArn", row),
      errorCode: str(t, "errorCode", row),
    });
  }
  return out;
}
