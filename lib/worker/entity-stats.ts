/**
 * The principals and buckets lists: one scan of the selected rows fills
 * per-code typed arrays (events, errors, first/last, off-hours, sensitive
 * calls, S3 access classes), distinct counts come from distinctPerKey, and
 * only the entities present become objects.
 */
import { bucketSensitivity, DEFAULT_BUCKET_SENSITIVITY, type Sensitivity } from "../detect/sensitivity";
import { select } from "../index/select";
import type { EventTable } from "../index/table";
import type { QuerySpec } from "../index/types";
import { ACCESS_LIST, ACCESS_READ, ACCESS_WRITE, accessClasses, offHoursOf, sensitiveTables, stringCodes } from "./entity-rules";
import { distinctPerKey, forRows, type Rows } from "./entity-scan";
import type { BucketRow, PrincipalRow, SensitivitySource } from "./entity-types";

/** Per-code event counts, errors, first/last time and off-hours calls of one key field over some rows. */
interface KeyStats {
  events: Uint32Array;
  errors: Uint32Array;
  offHours: Uint32Array;
  first: Float64Array;
  last: Float64Array;
}

function keyStats(t: EventTable, rows: Rows, keyCodes: ArrayLike<number>, card: number, extra?: (row: number, key: number) => void): KeyStats {
  const errs = stringCodes(t, "errorCode").codes;
  const times = t.times.values;
  const s: KeyStats = {
    events: new Uint32Array(card),
    errors: new Uint32Array(card),
    offHours: new Uint32Array(card),
    first: new Float64Array(card).fill(Infinity),
    last: new Float64Array(card).fill(-Infinity),
  };
  forRows(rows, (row) => {
    const k = keyCodes[row]!;
    if (k === 0) return;
    const ms = times[row]!;
    s.events[k]!++;
    if (errs[row] !== 0) s.errors[k]!++;
    s.offHours[k]! += offHoursOf(ms);
    if (ms < s.first[k]!) s.first[k] = ms;
    if (ms > s.last[k]!) s.last[k] = ms;
    extra?.(row, k);
  });
  return s;
}

/** Every principal with events under `spec`, most active first. */
export function principalStats(t: EventTable, spec: QuerySpec): PrincipalRow[] {
  const sel = select(t, spec);
  const p = stringCodes(t, "principal");
  const type = stringCodes(t, "principalType");
  const names = stringCodes(t, "eventName");
  const sources = stringCodes(t, "eventSource");
  const card = p.dict.length;
  const { byName, bySource } = sensitiveTables(t);
  const sensitive = new Uint32Array(card);
  const typeCard = type.dict.length;
  // principal × type counts, to name each principal by its most frequent type.
  const typeCounts = card * typeCard <= 1 << 24 ? new Uint32Array(card * typeCard) : null;
  const typeOf = new Uint32Array(card);
  const stats = keyStats(t, sel, p.codes, card, (row, k) => {
    if (byName[names.codes[row]!]! & bySource[sources.codes[row]!]!) sensitive[k]!++;
    if (typeCounts) typeCounts[k * typeCard + type.codes[row]!]!++;
    // Too many principals × types to count pairs: the first present type stands for the principal.
    else if (typeOf[k] === 0) typeOf[k] = type.codes[row]!;
  });
  const apis = distinctPerKey(sel, p.codes, card, names.codes, names.dict.length);
  const ips = distinctPerKey(sel, p.codes, card, stringCodes(t, "sourceIp").codes, stringCodes(t, "sourceIp").dict.length);
  const out: PrincipalRow[] = [];
  for (let k = 1; k < card; k++) {
    const events = stats.events[k]!;
    if (events === 0) continue;
    let best = typeOf[k]!;
    if (typeCounts) {
      // The most frequent present type; ties go to the type the dataset met first.
      let most = 0;
      for (let c = 1; c < typeCard; c++) {
        const n = typeCounts[k * typeCard + c]!;
        if (n > most) (most = n), (best = c);
      }
    }
    out.push({
      name: p.dict[k]!,
      type: type.dict[best]!,
      events,
      apis: apis[k]!,
      errors: stats.errors[k]!,
      errorRate: stats.errors[k]! / events,
      firstSeen: stats.first[k]!,
      lastSeen: stats.last[k]!,
      sourceIps: ips[k]!,
      offHours: stats.offHours[k]!,
      offHoursShare: stats.offHours[k]! / events,
      sensitive: sensitive[k]!,
    });
  }
  return out.sort((a, b) => b.events - a.events || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The level of a bucket and where it comes from: the analyst's overrides, the seed's table, or the name. */
export function sensitivityOf(bucket: string, overrides: ReadonlyMap<string, Sensitivity>): { sensitivity: Sensitivity; sensitivitySource: SensitivitySource } {
  const source: SensitivitySource = overrides.has(bucket) ? "analyst" : DEFAULT_BUCKET_SENSITIVITY.has(bucket) ? "default" : "name";
  return { sensitivity: bucketSensitivity(overrides)(bucket), sensitivitySource: source };
}

/** Reads, writes, lists and the rest per bucket code, from the rows' S3 access classes. */
export interface AccessCounts {
  reads: Uint32Array;
  writes: Uint32Array;
  lists: Uint32Array;
}

/** Every bucket with events under `spec`, most used first. */
export function bucketStats(t: EventTable, spec: QuerySpec, overrides: ReadonlyMap<string, Sensitivity> = new Map()): BucketRow[] {
  const sel = select(t, spec);
  const b = stringCodes(t, "bucket");
  const names = stringCodes(t, "eventName").codes;
  const card = b.dict.length;
  const classes = accessClasses(t);
  const access: AccessCounts = { reads: new Uint32Array(card), writes: new Uint32Array(card), lists: new Uint32Array(card) };
  const stats = keyStats(t, sel, b.codes, card, (row, k) => {
    const c = classes[names[row]!]!;
    if (c === ACCESS_READ) access.reads[k]!++;
    else if (c === ACCESS_WRITE) access.writes[k]!++;
    else if (c === ACCESS_LIST) access.lists[k]!++;
  });
  const keys = stringCodes(t, "objectKey");
  const principals = stringCodes(t, "principal");
  const objects = distinctPerKey(sel, b.codes, card, keys.codes, keys.dict.length);
  const actors = distinctPerKey(sel, b.codes, card, principals.codes, principals.dict.length);
  const out: BucketRow[] = [];
  for (let k = 1; k < card; k++) {
    const events = stats.events[k]!;
    if (events === 0) continue;
    const name = b.dict[k]!;
    const reads = access.reads[k]!;
    const writes = access.writes[k]!;
    const lists = access.lists[k]!;
    out.push({
      bucket: name,
      events,
      reads,
      writes,
      lists,
      other: events - reads - writes - lists,
      first: stats.first[k]!,
      last: stats.last[k]!,
      objects: objects[k]!,
      principals: actors[k]!,
      offHours: stats.offHours[k]!,
      errors: stats.errors[k]!,
      ...sensitivityOf(name, overrides),
    });
  }
  return out.sort((x, y) => y.events - x.events || (x.bucket < y.bucket ? -1 : x.bucket > y.bucket ? 1 : 0));
}
