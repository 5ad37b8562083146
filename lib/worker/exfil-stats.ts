/**
 * What the exfil view shows beside the attack chain, computed in the worker
 * in one pass over one identity's rows: the hour-of-day × day heatmap of its
 * S3 object reads against its own baseline, objects and bytes per night, the
 * files taken from each bucket (the chain's collection evidence) with the
 * bucket's sensitivity, and the source IPs it used.
 */
import { cell, rowsWhere, where } from "../detect/rows";
import type { Sensitivity } from "../detect/sensitivity";
import type { EventTable } from "../index/table";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Nights run from 22:00 to 06:00 UTC, the night hours of the off-hours
 * definition the entity pages use; a night is named by the day it ends on,
 * so the seed's 01:00–05:00 reads of Day 11 belong to the night of Day 11.
 */
export const NIGHT_FROM_HOUR = 22;
export const NIGHT_TO_HOUR = 6;
/** More days than this are folded into rows of several days, so a year of logs still draws as a readable grid. */
export const MAX_HEATMAP_ROWS = 62;
/** Fewer baseline days than this say nothing about a habit: the account's typical reader stands in. */
export const MIN_BASELINE_DAYS = 3;
/** A cell is "above baseline" at this many times the usual reads at that hour (the mass-download rule's factor)… */
export const ABOVE_BASELINE_FACTOR = 5;
/** …and at least this many reads: one or two files at an odd hour is a person, not a sweep. */
export const MIN_FLAGGED_READS = 3;
/** Files listed per bucket at most (the total is reported). */
export const MAX_FILES_PER_BUCKET = 500;
/** Source IPs listed at most (the total is reported). */
export const MAX_IPS = 50;

export interface ExfilStatsParams {
  /** The chain's identities (its principal and the backdoor users it made). */
  principals: string[];
  /** Evidence rows of the chain's collection and exfiltration findings, ascending. */
  evidence: Uint32Array;
}

/** Hour-of-day × day read counts: row r covers days [start + r·daysPerRow, +daysPerRow), column h is UTC hour h. */
export interface ReadHeatmap {
  start: number;
  daysPerRow: number;
  rows: number;
  /** counts[row * 24 + hour]. */
  counts: Uint32Array;
  eventName: string;
  max: number;
}

export interface ReadBaseline {
  /** Usual reads per day at each UTC hour (24 values). */
  perHour: number[];
  /** Days the baseline averages over. */
  days: number;
  /** "principal": its own days outside the evidence; "account": a typical reader of the account; "none": nobody reads objects. */
  source: "principal" | "account" | "none";
}

export interface NightReads {
  /** 00:00 UTC of the day the night ends on. */
  day: number;
  objects: number;
  files: number;
  /** Sum of bytesTransferredOut; null when no read recorded it. */
  bytes: number | null;
  buckets: string[];
  first: number;
  last: number;
}

export interface TakenFile {
  key: string;
  reads: number;
  bytes: number | null;
  first: number;
  last: number;
}

export interface BucketTaken {
  bucket: string;
  sensitivity: Sensitivity;
  reads: number;
  bytes: number | null;
  /** Distinct keys. */
  total: number;
  /** At most MAX_FILES_PER_BUCKET, earliest first. */
  files: TakenFile[];
}

export interface SourceIpUse {
  ip: string;
  events: number;
  reads: number;
  /** Of those events, how many are collection evidence. */
  evidence: number;
  first: number;
  last: number;
}

export interface ExfilStats {
  principals: string[];
  /** Successful GetObject calls by the principals. */
  reads: number;
  heatmap: ReadHeatmap;
  baseline: ReadBaseline;
  /** 1 where the cell is above baseline (aligned with heatmap.counts). */
  above: Uint8Array;
  nights: NightReads[];
  buckets: BucketTaken[];
  ips: { items: SourceIpUse[]; total: number };
}

const dayOf = (ms: number): number => Math.floor(ms / DAY_MS) * DAY_MS;
const hourOf = (ms: number): number => Math.floor((ms - dayOf(ms)) / HOUR_MS);
const addBytes = (sum: number | null, b: number): number | null => (Number.isNaN(b) ? sum : (sum ?? 0) + b);

/** The night a time belongs to (00:00 UTC of the day it ends on), or null in the daytime. */
export function nightOf(ms: number): number | null {
  const h = hourOf(ms);
  if (h >= NIGHT_FROM_HOUR) return dayOf(ms) + DAY_MS;
  if (h < NIGHT_TO_HOUR) return dayOf(ms);
  return null;
}

function isRead(t: EventTable, row: number): boolean {
  return cell(t, "eventName", row) === "GetObject" && cell(t, "eventSource", row) === "s3.amazonaws.com" && cell(t, "errorCode", row) === "";
}

/** Usual reads per hour of day per reader-day over the whole account: what "normal" is for someone with no history. */
function accountBaseline(t: EventTable): ReadBaseline {
  const reads = rowsWhere(t, [where("eventName", "GetObject"), where("eventSource", "s3.amazonaws.com"), where("errorCode", ""), where("invokedBy", "")]);
  const perHour = new Array<number>(24).fill(0);
  const readerDays = new Set<string>();
  const times = t.times.values;
  for (const r of reads) {
    perHour[hourOf(times[r])]++;
    readerDays.add(`${cell(t, "principal", r)}\u0000${dayOf(times[r])}`);
  }
  const days = readerDays.size;
  return days === 0 ? { perHour, days: 0, source: "none" } : { perHour: perHour.map((n) => n / days), days, source: "account" };
}

/** The exfil view's statistics for one chain's identities. */
export function exfilStats(t: EventTable, p: ExfilStatsParams, sensitivity: (bucket: string) => Sensitivity): ExfilStats {
  const principals = [...new Set(p.principals)].filter((s) => s !== "");
  const rows = principals.length > 0 && t.size > 0 ? rowsWhere(t, [where("principal", ...principals)]) : new Uint32Array(0);
  const evidence = new Set(p.evidence);
  const times = t.times.values;

  let lo = Infinity;
  let hi = -Infinity;
  const readRows: number[] = [];
  const activeDays = new Set<number>();
  const evidenceDays = new Set<number>();
  const ips = new Map<string, SourceIpUse>();
  for (const r of rows) {
    const at = times[r];
    lo = Math.min(lo, at);
    hi = Math.max(hi, at);
    activeDays.add(dayOf(at));
    const read = isRead(t, r);
    if (read) readRows.push(r);
    const inEvidence = evidence.has(r);
    if (inEvidence) evidenceDays.add(dayOf(at));
    const ip = cell(t, "sourceIp", r);
    let use = ips.get(ip);
    if (!use) ips.set(ip, (use = { ip, events: 0, reads: 0, evidence: 0, first: at, last: at }));
    use.events++;
    if (read) use.reads++;
    if (inEvidence) use.evidence++;
    use.first = Math.min(use.first, at);
    use.last = Math.max(use.last, at);
  }

  // Heatmap over the identities' whole active span, so quiet days show as empty rows.
  const first = Number.isFinite(lo) ? dayOf(lo) : 0;
  const days = Number.isFinite(lo) ? (dayOf(hi) - first) / DAY_MS + 1 : 0;
  const daysPerRow = Math.max(1, Math.ceil(days / MAX_HEATMAP_ROWS));
  const heatRows = Math.ceil(days / daysPerRow);
  const counts = new Uint32Array(heatRows * 24);
  for (const r of readRows) counts[Math.floor((dayOf(times[r]) - first) / (DAY_MS * daysPerRow)) * 24 + hourOf(times[r])]++;
  let max = 0;
  for (const c of counts) max = Math.max(max, c);

  // Baseline: its own active days that hold no collection evidence.
  const baseDays = [...activeDays].filter((d) => !evidenceDays.has(d));
  let baseline: ReadBaseline;
  if (baseDays.length >= MIN_BASELINE_DAYS) {
    const perHour = new Array<number>(24).fill(0);
    const base = new Set(baseDays);
    for (const r of readRows) if (base.has(dayOf(times[r]))) perHour[hourOf(times[r])]++;
    baseline = { perHour: perHour.map((n) => n / baseDays.length), days: baseDays.length, source: "principal" };
  } else baseline = accountBaseline(t);
  const above = new Uint8Array(counts.length);
  for (let i = 0; i < counts.length; i++) {
    const usual = baseline.perHour[i % 24]! * daysPerRow;
    above[i] = counts[i]! >= MIN_FLAGGED_READS && counts[i]! >= ABOVE_BASELINE_FACTOR * usual ? 1 : 0;
  }

  return {
    principals,
    reads: readRows.length,
    heatmap: { start: first, daysPerRow, rows: heatRows, counts, eventName: "GetObject", max },
    baseline,
    above,
    nights: nightReads(t, readRows),
    buckets: takenFiles(t, readRows.filter((r) => evidence.has(r)), sensitivity),
    ips: { items: [...ips.values()].sort((a, b) => b.evidence - a.evidence || b.events - a.events || a.first - b.first).slice(0, MAX_IPS), total: ips.size },
  };
}

function nightReads(t: EventTable, reads: readonly number[]): NightReads[] {
  const nights = new Map<number, NightReads & { keys: Set<string>; bucketSet: Set<string> }>();
  const times = t.times.values;
  for (const r of reads) {
    const at = times[r];
    const night = nightOf(at);
    if (night === null) continue;
    let n = nights.get(night);
    if (!n) nights.set(night, (n = { day: night, objects: 0, files: 0, bytes: null, buckets: [], first: at, last: at, keys: new Set(), bucketSet: new Set() }));
    n.objects++;
    n.keys.add(`${cell(t, "bucket", r)}\u0000${cell(t, "objectKey", r)}`);
    n.bucketSet.add(cell(t, "bucket", r));
    n.bytes = addBytes(n.bytes, t.value("bytesOut", r) as number);
    n.first = Math.min(n.first, at);
    n.last = Math.max(n.last, at);
  }
  return [...nights.values()]
    .sort((a, b) => a.day - b.day)
    .map(({ keys, bucketSet, ...n }) => ({ ...n, files: keys.size, buckets: [...bucketSet].sort() }));
}

function takenFiles(t: EventTable, reads: readonly number[], sensitivity: (bucket: string) => Sensitivity): BucketTaken[] {
  const buckets = new Map<string, { reads: number; bytes: number | null; files: Map<string, TakenFile> }>();
  const times = t.times.values;
  for (const r of reads) {
    const name = cell(t, "bucket", r);
    const key = cell(t, "objectKey", r);
    const at = times[r];
    const bytes = t.value("bytesOut", r) as number;
    let b = buckets.get(name);
    if (!b) buckets.set(name, (b = { reads: 0, bytes: null, files: new Map() }));
    b.reads++;
    b.bytes = addBytes(b.bytes, bytes);
    let f = b.files.get(key);
    if (!f) b.files.set(key, (f = { key, reads: 0, bytes: null, first: at, last: at }));
    f.reads++;
    f.bytes = addBytes(f.bytes, bytes);
    f.first = Math.min(f.first, at);
    f.last = Math.max(f.last, at);
  }
  return [...buckets.entries()]
    .map(([bucket, b]) => ({
      bucket,
      sensitivity: sensitivity(bucket),
      reads: b.reads,
      bytes: b.bytes,
      total: b.files.size,
      files: [...b.files.values()].sort((x, y) => x.first - y.first || (x.key < y.key ? -1 : 1)).slice(0, MAX_FILES_PER_BUCKET),
    }))
    .sort((a, b) => b.reads - a.reads || (a.bucket < b.bucket ? -1 : 1));
}
