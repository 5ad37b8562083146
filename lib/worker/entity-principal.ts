/**
 * One principal in depth: its hour-of-day × day heatmap, activity over time,
 * top APIs, source IPs and user agents with first-seen times, the buckets it
 * touched, its sensitive calls and its errors. Every figure is a scan of the
 * principal's own rows into typed arrays.
 */
import { histogram } from "../index/histogram";
import type { EventTable } from "../index/table";
import type { QuerySpec } from "../index/types";
import { ACCESS_LIST, ACCESS_READ, ACCESS_WRITE, accessClasses, categoryOfMask, hourOf, sensitiveTables, stringCodes } from "./entity-rules";
import { chartRange, chartSpan, entityRows, SeenCounts, SlotSums, Slots, topSeen } from "./entity-scan";
import { principalStats } from "./entity-stats";
import type { BucketUse, Heatmap, PrincipalDetail, SensitiveCall } from "./entity-types";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Heatmap rows at most: beyond this many days, each row covers several days. */
export const MAX_HEATMAP_ROWS = 120;
/** Values listed per top list. */
export const TOP_LIMIT = 25;
/** Sensitive calls listed at most (the total is reported). */
export const MAX_SENSITIVE_CALLS = 200;
/** Series of the activity chart besides "other". */
const ACTIVITY_SERIES = 8;

/** Options of principalDetail. */
export interface PrincipalOptions {
  /** Limit the heatmap to this event name ("" or absent: every event). */
  eventName?: string;
}

/** Everything the principal page shows, for `name` under `spec`. */
export function principalDetail(t: EventTable, name: string, spec: QuerySpec, opts: PrincipalOptions = {}): PrincipalDetail {
  const rows = entityRows(t, spec, "principal", name);
  const range = chartRange(t, spec);
  const span = chartSpan(range ? range.end - range.start : 0);
  const activity = range
    ? histogram(t, { rows }, span, { range, stackBy: "eventName", topN: ACTIVITY_SERIES })
    : { start: 0, spanMs: span, buckets: 0, series: [""], counts: new Uint32Array(0) };
  return {
    name,
    summary: rows.length > 0 ? principalStats(t, { rows })[0] ?? null : null,
    arns: topSeen(t, rows, "principalArn", 5).items.map((v) => v.value),
    accounts: topSeen(t, rows, "accountId", 5).items.map((v) => v.value),
    heatmap: heatmap(t, rows, range, opts.eventName ?? ""),
    activity,
    apis: topSeen(t, rows, "eventName", TOP_LIMIT),
    sourceIps: topSeen(t, rows, "sourceIp", TOP_LIMIT),
    userAgents: topSeen(t, rows, "userAgent", TOP_LIMIT),
    buckets: bucketUse(t, rows),
    sensitiveCalls: sensitiveCalls(t, rows),
    errors: topSeen(t, rows, "errorCode", TOP_LIMIT),
    findings: [],
  };
}

/**
 * Counts per UTC hour per day. The days are those of the chart range (the
 * filter's time range or the whole dataset), so quiet nights show as empty
 * cells; a range too long for MAX_HEATMAP_ROWS narrows to the principal's own
 * active days, and beyond that each row covers several days.
 */
export function heatmap(t: EventTable, rows: Uint32Array, range: { start: number; end: number } | null, eventName: string): Heatmap {
  const times = t.times.values;
  let focus = -2;
  if (eventName !== "") focus = t.code("eventName", eventName);
  const names = stringCodes(t, "eventName").codes;
  let firstDay = 0;
  let lastDay = -1;
  if (range) {
    firstDay = Math.floor(range.start / DAY_MS);
    lastDay = Math.floor((range.end - 1) / DAY_MS);
  }
  if ((lastDay - firstDay + 1 > MAX_HEATMAP_ROWS || !range) && rows.length > 0) {
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < rows.length; i++) {
      const ms = times[rows[i]!]!;
      if (ms < min) min = ms;
      if (ms > max) max = ms;
    }
    firstDay = Math.floor(min / DAY_MS);
    lastDay = Math.floor(max / DAY_MS);
  }
  const days = Math.max(0, lastDay - firstDay + 1);
  const daysPerRow = Math.max(1, Math.ceil(days / MAX_HEATMAP_ROWS));
  const rowCount = Math.ceil(days / daysPerRow);
  const counts = new Uint32Array(rowCount * 24);
  const start = firstDay * DAY_MS;
  let max = 0;
  if (focus !== -1) {
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      if (focus >= 0 && names[r] !== focus) continue;
      const ms = times[r]!;
      const day = Math.floor(ms / DAY_MS) - firstDay;
      if (day < 0 || day >= days) continue;
      const cell = Math.floor(day / daysPerRow) * 24 + hourOf(ms);
      const n = ++counts[cell]!;
      if (n > max) max = n;
    }
  }
  return { start, daysPerRow, rows: rowCount, counts, eventName, max };
}

/** The buckets the rows touched, with read/write/list counts, most used first. */
export function bucketUse(t: EventTable, rows: Uint32Array): BucketUse[] {
  const b = stringCodes(t, "bucket");
  const names = stringCodes(t, "eventName").codes;
  const classes = accessClasses(t);
  const times = t.times.values;
  const slots = new Slots(b.dict.length, rows.length);
  const seen = new SeenCounts();
  const byClass = [new SlotSums(), new SlotSums(), new SlotSums(), new SlotSums()];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const c = b.codes[r]!;
    if (c === 0) continue;
    const s = slots.slot(c);
    seen.add(s, times[r]!);
    const k = classes[names[r]!]!;
    byClass[k]!.add(s, 1);
  }
  const out = slots.codes.map((code, s): BucketUse => {
    const reads = byClass[ACCESS_READ]!.get(s);
    const writes = byClass[ACCESS_WRITE]!.get(s);
    const lists = byClass[ACCESS_LIST]!.get(s);
    const events = seen.count[s]!;
    return { bucket: b.dict[code]!, events, reads, writes, lists, other: events - reads - writes - lists, first: seen.first[s]!, last: seen.last[s]! };
  });
  return out.sort((x, y) => y.events - x.events || (x.bucket < y.bucket ? -1 : x.bucket > y.bucket ? 1 : 0));
}

/** The rows' sensitive calls (IAM changes, policy changes, key creation), oldest first, at most MAX_SENSITIVE_CALLS. */
export function sensitiveCalls(t: EventTable, rows: Uint32Array): { calls: SensitiveCall[]; total: number } {
  const { byName, bySource } = sensitiveTables(t);
  const names = stringCodes(t, "eventName");
  const sources = stringCodes(t, "eventSource");
  const hits: number[] = [];
  const masks: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const mask = byName[names.codes[r]!]! & bySource[sources.codes[r]!]!;
    if (mask !== 0) hits.push(r), masks.push(mask);
  }
  const times = t.times.values;
  const order = hits.map((_, i) => i).sort((a, b) => times[hits[a]!]! - times[hits[b]!]! || hits[a]! - hits[b]!);
  const text = (field: string, row: number) => String(t.value(field, row));
  const calls = order.slice(0, MAX_SENSITIVE_CALLS).map((i): SensitiveCall => {
    const row = hits[i]!;
    return {
      row,
      eventId: t.eventId(row),
      time: times[row]!,
      eventName: names.dict[names.codes[row]!]!,
      eventSource: sources.dict[sources.codes[row]!]!,
      category: categoryOfMask(masks[i]!),
      targetUser: text("targetUser", row),
      roleName: text("roleName", row),
      policyArn: text("policyArn", row),
      errorCode: text("errorCode", row),
    };
  });
  return { calls, total: hits.length };
}
