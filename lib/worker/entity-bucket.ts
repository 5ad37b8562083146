/**
 * One S3 bucket in depth: access over time by principal and by event name,
 * the objects touched (with principals and bytes), who listed the bucket
 * before reading from it, and its off-hours access. Every figure is a scan of
 * the bucket's own rows into typed arrays or per-slot arrays.
 */
import type { Sensitivity } from "../detect/sensitivity";
import { histogram } from "../index/histogram";
import type { EventTable } from "../index/table";
import type { HistogramResult, QuerySpec } from "../index/types";
import { ACCESS_LIST, ACCESS_READ, ACCESS_WRITE, accessClasses, hourOf, OFF_HOURS, offHoursOf, stringCodes, weekendOf } from "./entity-rules";
import { chartRange, chartSpan, entityRows, SeenCounts, SlotSums, Slots } from "./entity-scan";
import { bucketStats, sensitivityOf } from "./entity-stats";
import type { BucketDetail, ListThenRead, ObjectRow, OffHoursUse } from "./entity-types";

/** Objects listed at most (the total is reported). */
export const MAX_OBJECTS = 500;
/** Principals named per object. */
export const OBJECT_PRINCIPALS = 5;
/** Principals listed in the off-hours table at most. */
export const MAX_OFF_HOURS_PRINCIPALS = 50;
/** Series of the access charts besides "other". */
const ACCESS_SERIES = 8;

/** Everything the bucket page shows, for `name` under `spec`. */
export function bucketDetail(t: EventTable, name: string, spec: QuerySpec, overrides: ReadonlyMap<string, Sensitivity> = new Map()): BucketDetail {
  const rows = entityRows(t, spec, "bucket", name);
  const range = chartRange(t, spec);
  const span = chartSpan(range ? range.end - range.start : 0);
  const chart = (stackBy: string): HistogramResult =>
    range ? histogram(t, { rows }, span, { range, stackBy, topN: ACCESS_SERIES }) : { start: 0, spanMs: span, buckets: 0, series: [""], counts: new Uint32Array(0) };
  return {
    name,
    summary: rows.length > 0 ? bucketStats(t, { rows }, overrides)[0] ?? null : null,
    ...sensitivityOf(name, overrides),
    byPrincipal: chart("principal"),
    byEventName: chart("eventName"),
    objects: objectRows(t, rows),
    listing: listThenRead(t, rows),
    offHours: offHoursUse(t, rows),
    findings: [],
  };
}

/** The objects the rows touched, most used first, at most MAX_OBJECTS. */
export function objectRows(t: EventTable, rows: Uint32Array): { rows: ObjectRow[]; total: number } {
  const keys = stringCodes(t, "objectKey");
  const p = stringCodes(t, "principal");
  const names = stringCodes(t, "eventName").codes;
  const classes = accessClasses(t);
  const times = t.times.values;
  // One materialised copy of the column: a sparse column's per-row look-up is a binary search.
  const bytesCol = t.column("bytesOut");
  const bytesOut = bytesCol.kind === "string" ? null : bytesCol.values;
  const slots = new Slots(keys.dict.length, rows.length);
  const seen = new SeenCounts();
  const reads = new SlotSums();
  const writes = new SlotSums();
  const bytes = new SlotSums();
  const hasBytes = new SlotSums();
  // Most objects are touched by one principal: keep each object's first principal in arrays, and only
  // (object, other principal) pairs in a Map.
  const firstActor = new SlotSums();
  const firstActorCount = new SlotSums();
  const pCard = p.dict.length;
  const others = new Map<number, number>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const c = keys.codes[r]!;
    if (c === 0) continue;
    const s = slots.slot(c);
    seen.add(s, times[r]!);
    const cls = classes[names[r]!]!;
    if (cls === ACCESS_READ) reads.add(s, 1);
    else if (cls === ACCESS_WRITE) writes.add(s, 1);
    const b = bytesOut ? bytesOut[r]! : NaN;
    if (b === b) bytes.add(s, b), hasBytes.add(s, 1);
    const pc = p.codes[r]!;
    if (pc === 0) continue;
    const first = firstActor.get(s);
    if (first === 0) firstActor.add(s, pc), firstActorCount.add(s, 1);
    else if (first === pc) firstActorCount.add(s, 1);
    else {
      const key = s * pCard + pc;
      others.set(key, (others.get(key) ?? 0) + 1);
    }
  }
  const order = slots.codes.map((_, s) => s);
  order.sort((a, b) => seen.count[b]! - seen.count[a]! || seen.first[a]! - seen.first[b]! || a - b);
  const shown = order.slice(0, MAX_OBJECTS);
  const shownAt = new Int32Array(slots.size).fill(-1);
  shown.forEach((s, i) => (shownAt[s] = i));
  const actors: { code: number; count: number }[][] = shown.map((s) => (firstActor.get(s) > 0 ? [{ code: firstActor.get(s), count: firstActorCount.get(s) }] : []));
  const actorCount = new Uint32Array(slots.size);
  for (let s = 0; s < slots.size; s++) if (firstActor.get(s) > 0) actorCount[s] = 1;
  for (const [key, count] of others) {
    const s = Math.floor(key / pCard);
    actorCount[s]!++;
    const at = shownAt[s]!;
    if (at >= 0) actors[at]!.push({ code: key - s * pCard, count });
  }
  const out = shown.map((s, i): ObjectRow => {
    const who = actors[i]!.sort((a, b) => b.count - a.count || a.code - b.code);
    return {
      key: keys.dict[slots.codes[s]!]!,
      count: seen.count[s]!,
      reads: reads.get(s),
      writes: writes.get(s),
      principals: who.slice(0, OBJECT_PRINCIPALS).map((w) => p.dict[w.code]!),
      principalCount: actorCount[s]!,
      first: seen.first[s]!,
      last: seen.last[s]!,
      bytesOut: hasBytes.get(s) > 0 ? bytes.get(s) : null,
    };
  });
  return { rows: out, total: slots.size };
}

/** Every principal that listed the bucket, with its first list and first read, earliest lister first. */
export function listThenRead(t: EventTable, rows: Uint32Array): ListThenRead[] {
  const p = stringCodes(t, "principal");
  const names = stringCodes(t, "eventName").codes;
  const classes = accessClasses(t);
  const times = t.times.values;
  const slots = new Slots(p.dict.length, rows.length);
  const lists = new SeenCounts();
  const reads = new SeenCounts();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const c = p.codes[r]!;
    const cls = classes[names[r]!]!;
    if (c === 0 || (cls !== ACCESS_LIST && cls !== ACCESS_READ)) continue;
    (cls === ACCESS_LIST ? lists : reads).add(slots.slot(c), times[r]!);
  }
  const out: ListThenRead[] = [];
  slots.codes.forEach((code, s) => {
    const listed = lists.count[s] ?? 0;
    if (listed === 0) return;
    const read = reads.count[s] ?? 0;
    const firstList = lists.first[s]!;
    const firstRead = read > 0 ? reads.first[s]! : null;
    out.push({ principal: p.dict[code]!, lists: listed, reads: read, firstList, firstRead, beforeRead: firstRead !== null && firstList <= firstRead });
  });
  return out.sort((a, b) => a.firstList - b.firstList || (a.principal < b.principal ? -1 : a.principal > b.principal ? 1 : 0));
}

/** Off-hours access (see OFF_HOURS): totals, every access by UTC hour, and the principals behind the off-hours calls. */
export function offHoursUse(t: EventTable, rows: Uint32Array): BucketDetail["offHours"] {
  const p = stringCodes(t, "principal");
  const names = stringCodes(t, "eventName").codes;
  const classes = accessClasses(t);
  const times = t.times.values;
  const byHour = new Array<number>(24).fill(0);
  const slots = new Slots(p.dict.length, rows.length);
  const seen = new SeenCounts();
  const reads = new SlotSums();
  let total = 0;
  let weekend = 0;
  let night = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const ms = times[r]!;
    const hour = hourOf(ms);
    byHour[hour]!++;
    if (!offHoursOf(ms)) continue;
    total++;
    weekend += weekendOf(ms);
    if (hour >= OFF_HOURS.nightFrom || hour < OFF_HOURS.nightTo) night++;
    const c = p.codes[r]!;
    if (c === 0) continue;
    const s = slots.slot(c);
    seen.add(s, ms);
    if (classes[names[r]!] === ACCESS_READ) reads.add(s, 1);
  }
  const byPrincipal = slots.codes.map((code, s): OffHoursUse => ({ principal: p.dict[code]!, count: seen.count[s]!, reads: reads.get(s), first: seen.first[s]!, last: seen.last[s]! }));
  byPrincipal.sort((a, b) => b.count - a.count || a.first - b.first);
  return { total, weekend, night, byHour, byPrincipal: byPrincipal.slice(0, MAX_OFF_HOURS_PRINCIPALS) };
}
