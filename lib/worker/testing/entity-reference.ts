/**
 * A deliberately naive model of the entity statistics for tests: plain
 * loops over NormalizedEvent objects, Dates, Maps and Sets, written from the
 * documented definitions without sharing code with entity-*.ts.
 */
import type { NormalizedEvent } from "../../cloudtrail/types";
import { bucketSensitivity, DEFAULT_BUCKET_SENSITIVITY, type Sensitivity } from "../../detect/sensitivity";
import { refFilter } from "../../index/testing/reference";
import type { QuerySpec } from "../../index/types";
import type { BucketRow, ListThenRead, ObjectRow, PrincipalRow, ValueSeen } from "../entity-types";

/** Off-hours as documented: 22:00–06:00 UTC, or Saturday/Sunday UTC. */
export function refOffHours(ms: number): boolean {
  const d = new Date(ms);
  const h = d.getUTCHours();
  return h >= 22 || h < 6 || d.getUTCDay() === 0 || d.getUTCDay() === 6;
}

const SENSITIVE: Record<string, string[]> = {
  "iam.amazonaws.com": ["CreateUser", "AttachUserPolicy", "CreateAccessKey", "DeleteUser", "PutUserPolicy", "CreateRole", "AddUserToGroup"],
  "kms.amazonaws.com": ["CreateKey"],
  "ec2.amazonaws.com": ["CreateKeyPair"],
};

/** Whether a call is sensitive (the subset of the list the test data uses, spelled out again). */
export function refSensitive(e: NormalizedEvent): boolean {
  return (SENSITIVE[e.eventSource] ?? []).includes(e.eventName);
}

/** The access class of an event name. */
export function refAccess(name: string): "read" | "write" | "list" | "other" {
  if (["GetObject", "HeadObject", "GetObjectVersion"].includes(name)) return "read";
  if (["PutObject", "DeleteObject", "CopyObject"].includes(name)) return "write";
  if (["ListBucket", "ListObjectsV2", "ListObjects"].includes(name)) return "list";
  return "other";
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function groupRows(rows: readonly NormalizedEvent[], ids: number[], key: (e: NormalizedEvent) => string): Map<string, NormalizedEvent[]> {
  const out = new Map<string, NormalizedEvent[]>();
  for (const i of ids) {
    const e = rows[i]!;
    const k = key(e);
    if (k === "") continue;
    if (!out.has(k)) out.set(k, []);
    out.get(k)!.push(e);
  }
  return out;
}

const distinct = (es: NormalizedEvent[], f: (e: NormalizedEvent) => string) => new Set(es.map(f).filter((v) => v !== "")).size;
const minTime = (es: NormalizedEvent[]) => Math.min(...es.map((e) => e.time));
const maxTime = (es: NormalizedEvent[]) => Math.max(...es.map((e) => e.time));

/** The principals list. */
export function refPrincipals(rows: readonly NormalizedEvent[], spec: QuerySpec): PrincipalRow[] {
  const firstSeenType = new Map<string, number>();
  rows.forEach((e, i) => {
    if (e.principalType !== "" && !firstSeenType.has(e.principalType)) firstSeenType.set(e.principalType, i);
  });
  const out: PrincipalRow[] = [];
  for (const [name, es] of groupRows(rows, refFilter(rows, spec), (e) => e.principal)) {
    const types = new Map<string, number>();
    for (const e of es) if (e.principalType) types.set(e.principalType, (types.get(e.principalType) ?? 0) + 1);
    const type = [...types].sort((a, b) => b[1] - a[1] || firstSeenType.get(a[0])! - firstSeenType.get(b[0])!)[0]?.[0] ?? "";
    const errors = es.filter((e) => e.errorCode !== "").length;
    const off = es.filter((e) => refOffHours(e.time)).length;
    out.push({
      name,
      type,
      events: es.length,
      apis: distinct(es, (e) => e.eventName),
      errors,
      errorRate: errors / es.length,
      firstSeen: minTime(es),
      lastSeen: maxTime(es),
      sourceIps: distinct(es, (e) => e.sourceIp),
      offHours: off,
      offHoursShare: off / es.length,
      sensitive: es.filter(refSensitive).length,
    });
  }
  return out.sort((a, b) => b.events - a.events || cmp(a.name, b.name));
}

/** The buckets list. */
export function refBuckets(rows: readonly NormalizedEvent[], spec: QuerySpec, overrides: ReadonlyMap<string, Sensitivity> = new Map()): BucketRow[] {
  const out: BucketRow[] = [];
  for (const [bucket, es] of groupRows(rows, refFilter(rows, spec), (e) => e.bucket)) {
    const n = (cls: string) => es.filter((e) => refAccess(e.eventName) === cls).length;
    out.push({
      bucket,
      events: es.length,
      reads: n("read"),
      writes: n("write"),
      lists: n("list"),
      other: n("other"),
      first: minTime(es),
      last: maxTime(es),
      objects: distinct(es, (e) => e.objectKey),
      principals: distinct(es, (e) => e.principal),
      offHours: es.filter((e) => refOffHours(e.time)).length,
      errors: es.filter((e) => e.errorCode !== "").length,
      sensitivity: bucketSensitivity(overrides)(bucket),
      sensitivitySource: overrides.has(bucket) ? "analyst" : DEFAULT_BUCKET_SENSITIVITY.has(bucket) ? "default" : "name",
    });
  }
  return out.sort((a, b) => b.events - a.events || cmp(a.bucket, b.bucket));
}

/** The events of one entity (exact match) under a spec. */
export function refEntity(rows: readonly NormalizedEvent[], spec: QuerySpec, field: "principal" | "bucket", value: string): NormalizedEvent[] {
  return refFilter(rows, spec)
    .map((i) => rows[i]!)
    .filter((e) => value !== "" && e[field] === value);
}

/** Counts with first/last per value, most frequent then earliest first. */
export function refSeen(es: NormalizedEvent[], f: (e: NormalizedEvent) => string): ValueSeen[] {
  const out = [...groupRows(es, es.map((_, i) => i), f)].map(([value, vs]) => ({ value, count: vs.length, first: minTime(vs), last: maxTime(vs) }));
  return out.sort((a, b) => b.count - a.count || a.first - b.first || cmp(a.value, b.value));
}

/** heatmap[day index from firstDay][hour], days of 24 h (UTC). */
export function refHeatmap(es: NormalizedEvent[], firstDay: number, days: number, eventName = ""): number[][] {
  const grid = Array.from({ length: days }, () => new Array<number>(24).fill(0));
  for (const e of es) {
    if (eventName && e.eventName !== eventName) continue;
    const d = Math.floor(e.time / 86_400_000) - firstDay;
    if (d >= 0 && d < days) grid[d]![new Date(e.time).getUTCHours()]!++;
  }
  return grid;
}

/** Objects of a bucket's events, with principals most active first (ties by first appearance in the dataset). */
export function refObjects(es: NormalizedEvent[], principalOrder: readonly string[]): ObjectRow[] {
  const out = [...groupRows(es, es.map((_, i) => i), (e) => e.objectKey)].map(([key, vs]): ObjectRow => {
    const who = new Map<string, number>();
    for (const e of vs) if (e.principal) who.set(e.principal, (who.get(e.principal) ?? 0) + 1);
    const bytes = vs.filter((e) => !Number.isNaN(e.bytesOut));
    return {
      key,
      count: vs.length,
      reads: vs.filter((e) => refAccess(e.eventName) === "read").length,
      writes: vs.filter((e) => refAccess(e.eventName) === "write").length,
      principals: [...who].sort((a, b) => b[1] - a[1] || principalOrder.indexOf(a[0]) - principalOrder.indexOf(b[0])).slice(0, 5).map(([p]) => p),
      principalCount: who.size,
      first: minTime(vs),
      last: maxTime(vs),
      bytesOut: bytes.length > 0 ? bytes.reduce((s, e) => s + e.bytesOut, 0) : null,
    };
  });
  return out.sort((a, b) => b.count - a.count || a.first - b.first);
}

/** Who listed the bucket, with first list and first read. */
export function refListing(es: NormalizedEvent[]): ListThenRead[] {
  const out: ListThenRead[] = [];
  for (const [principal, vs] of groupRows(es, es.map((_, i) => i), (e) => e.principal)) {
    const lists = vs.filter((e) => refAccess(e.eventName) === "list");
    const reads = vs.filter((e) => refAccess(e.eventName) === "read");
    if (lists.length === 0) continue;
    const firstList = minTime(lists);
    const firstRead = reads.length > 0 ? minTime(reads) : null;
    out.push({ principal, lists: lists.length, reads: reads.length, firstList, firstRead, beforeRead: firstRead !== null && firstList <= firstRead });
  }
  return out.sort((a, b) => a.firstList - b.firstList || cmp(a.principal, b.principal));
}
