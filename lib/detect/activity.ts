/**
 * Per-principal activity computed once per run from whole columns (no raw
 * reads): on which UTC days and in how many distinct hours each principal
 * acted, and which principals are AWS services. Baselines of the behaviour
 * rules (mass download, denied bursts, mass delete) are built from it.
 */
import type { EventTable } from "../index/table";
import { DAY_MS, HOUR_MS } from "./rows";
import type { RuleContext } from "./rule";

export interface Activity {
  /** Dictionary of the principal column: activity arrays are indexed by its codes. */
  names: readonly string[];
  /** Sorted distinct UTC day numbers (floor(ms / DAY_MS)) each principal acted on. */
  days: Int32Array[];
  /** Distinct clock hours (floor(ms / HOUR_MS)) each principal acted in. */
  hours: Uint32Array;
  /** 1 for principals that are AWS services (userIdentity.type AWSService). */
  service: Uint8Array;
}

const EMPTY = new Int32Array(0);

/** Scans the principal, principalType and time columns once. */
export function computeActivity(t: EventTable): Activity {
  const p = t.column("principal");
  const type = t.column("principalType");
  if (p.kind !== "string" || type.kind !== "string") throw new Error("principal columns are not string columns");
  const card = p.dict.length;
  const times = t.times.values;
  const serviceCode = t.code("principalType", "AWSService");
  const daySets: (Set<number> | undefined)[] = new Array(card);
  const hourSets: (Set<number> | undefined)[] = new Array(card);
  // Rows usually come in time order, so the last day/hour seen per principal skips almost every Set operation.
  const lastDay = new Float64Array(card).fill(NaN);
  const lastHour = new Float64Array(card).fill(NaN);
  const service = new Uint8Array(card);
  const n = t.size;
  for (let i = 0; i < n; i++) {
    const c = p.codes[i];
    const ms = times[i];
    const d = Math.floor(ms / DAY_MS);
    if (d !== lastDay[c]) {
      lastDay[c] = d;
      (daySets[c] ??= new Set()).add(d);
    }
    const h = Math.floor(ms / HOUR_MS);
    if (h !== lastHour[c]) {
      lastHour[c] = h;
      (hourSets[c] ??= new Set()).add(h);
    }
    if (type.codes[i] === serviceCode) service[c] = 1;
  }
  const days: Int32Array[] = new Array(card);
  const hours = new Uint32Array(card);
  for (let c = 0; c < card; c++) {
    const ds = daySets[c];
    days[c] = ds ? Int32Array.from(ds).sort() : EMPTY;
    hours[c] = hourSets[c]?.size ?? 0;
  }
  return { names: p.dict, days, hours, service };
}

/** The run's shared Activity. */
export function activityOf(ctx: RuleContext): Activity {
  return ctx.shared("activity", () => computeActivity(ctx.table));
}

/** Median of a list of numbers (0 for an empty list). */
export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = values.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
