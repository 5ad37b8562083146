/**
 * A deliberately naive model of the index for tests: plain arrays of events,
 * per-row loops and string comparisons, written from the documented
 * semantics without sharing code with the index.
 */
import { canonicalField, coreField } from "../../cloudtrail/fields";
import type { NormalizedEvent } from "../../cloudtrail/types";
import type { CellValue, GroupResult, HistogramResult, QuerySpec, SortSpec } from "../types";

type Kind = "string" | "number" | "time" | "id";

/** The rows a table holds after appending `events`: first occurrence of each non-empty eventId wins. */
export function refLoad(events: readonly NormalizedEvent[]): NormalizedEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    if (e.eventId === "") return true;
    if (seen.has(e.eventId)) return false;
    seen.add(e.eventId);
    return true;
  });
}

function kindOf(rows: readonly NormalizedEvent[], field: string): { name: string; kind: Kind } {
  const name = canonicalField(field);
  const def = coreField(name);
  if (name === "eventId") return { name, kind: "id" };
  if (def) return { name, kind: def.kind };
  if (rows.some((r) => Object.prototype.hasOwnProperty.call(r.extras, name))) return { name, kind: "string" };
  throw new Error(`Unknown field "${field}"`);
}

function cell(ev: NormalizedEvent, name: string, kind: Kind): CellValue {
  if (name === "hour") return Number.isInteger(ev.hour) && ev.hour >= 0 && ev.hour < 24 ? ev.hour : NaN;
  if (kind === "string" && !coreField(name)) return Object.prototype.hasOwnProperty.call(ev.extras, name) ? String(ev.extras[name]) : "";
  return (ev as unknown as Record<string, CellValue>)[name];
}

/** The value of a field for one event, as the table reports it. */
export function refValue(rows: readonly NormalizedEvent[], field: string, ev: NormalizedEvent): CellValue {
  const { name, kind } = kindOf(rows, field);
  return cell(ev, name, kind);
}

/** `*` glob match by dynamic programming (no RegExp). */
export function glob(pattern: string, s: string): boolean {
  let prev = new Array<boolean>(s.length + 1).fill(false);
  prev[0] = true;
  for (const ch of pattern) {
    const cur = new Array<boolean>(s.length + 1).fill(false);
    if (ch === "*") {
      for (let j = 0; j <= s.length; j++) cur[j] = prev[j] || (j > 0 && cur[j - 1]);
    } else for (let j = 1; j <= s.length; j++) cur[j] = prev[j - 1] && s[j - 1] === ch;
    prev = cur;
  }
  return prev[s.length];
}

function valueMatches(v: CellValue, kind: Kind, pattern: string, exact: boolean): boolean {
  const absent = typeof v === "number" ? Number.isNaN(v) : v === "";
  if (pattern === "") return absent;
  if (absent) return false;
  const wild = !exact && pattern.includes("*");
  if (typeof v === "string") return wild ? glob(pattern, v) : v === pattern;
  if (wild) return glob(pattern, kind === "time" ? new Date(v).toISOString() : String(v));
  if (pattern.trim() === "") return false;
  const target = kind === "time" && !Number.isFinite(Number(pattern)) ? Date.parse(pattern) : Number(pattern);
  return v === target;
}

const STRING_FIELDS = (ev: NormalizedEvent): string[] => [
  ...Object.entries(ev).filter(([k, v]) => typeof v === "string" && k !== "eventId").map(([, v]) => v as string),
  ...Object.values(ev.extras).map(String),
];

/** Whether one event (at row `row`) matches a spec. */
export function refMatches(rows: readonly NormalizedEvent[], ev: NormalizedEvent, row: number, spec: QuerySpec): boolean {
  for (const c of spec.clauses ?? []) {
    const { name, kind } = kindOf(rows, c.field);
    const v = cell(ev, name, kind);
    const hit = c.values.some((p) => valueMatches(v, kind, p, c.exact === true));
    if (hit === (c.negate === true)) return false;
  }
  if (spec.timeRange && !(ev.time >= spec.timeRange.start && ev.time < spec.timeRange.end)) return false;
  if (spec.hourRange) {
    const h = cell(ev, "hour", "number") as number;
    const { from, to } = spec.hourRange;
    if (!(from <= to ? h >= from && h < to : h >= from || h < to)) return false;
  }
  if (spec.text) {
    const needle = spec.text.toLowerCase();
    const inValues = STRING_FIELDS(ev).some((s) => s.toLowerCase().includes(needle));
    if (!inValues && ev.eventId !== spec.text && ev.eventId !== needle) return false;
  }
  if (spec.rows && !Array.from(spec.rows).includes(row)) return false;
  return true;
}

/** Row ids matching a spec. */
export function refFilter(rows: readonly NormalizedEvent[], spec: QuerySpec): number[] {
  const out: number[] = [];
  rows.forEach((ev, i) => {
    if (refMatches(rows, ev, i, spec)) out.push(i);
  });
  return out;
}

const label = (v: CellValue): string => (typeof v === "number" ? (Number.isNaN(v) ? "" : String(v)) : v);

function compareCells(a: CellValue, b: CellValue): number {
  if (typeof a === "number" && typeof b === "number") {
    if (Number.isNaN(a) || Number.isNaN(b)) return (Number.isNaN(a) ? 0 : 1) - (Number.isNaN(b) ? 0 : 1);
    return a < b ? -1 : a > b ? 1 : 0;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Group counts: count descending, then keys ascending field by field. */
export function refGroupBy(rows: readonly NormalizedEvent[], spec: QuerySpec, fields: string[], limit = Infinity): GroupResult {
  const kinds = fields.map((f) => kindOf(rows, f));
  const groups = new Map<string, { cells: CellValue[]; count: number }>();
  for (const i of refFilter(rows, spec)) {
    const cells = kinds.map(({ name, kind }) => cell(rows[i], name, kind));
    const key = JSON.stringify(cells.map(label));
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { cells, count: 1 });
  }
  const all = [...groups.values()].sort((a, b) => b.count - a.count || a.cells.reduce<number>((acc, c, f) => acc || compareCells(c, b.cells[f]), 0));
  const kept = all.slice(0, Math.min(all.length, limit));
  return { fields, keys: kept.map((g) => g.cells.map(label)), counts: kept.map((g) => g.count), totalGroups: all.length };
}

/** Distinct non-absent values. */
export function refDistinct(rows: readonly NormalizedEvent[], spec: QuerySpec, field: string): number {
  const { name, kind } = kindOf(rows, field);
  return new Set(refFilter(rows, spec).map((i) => label(cell(rows[i], name, kind))).filter((s) => s !== "")).size;
}

/** Time histogram with the documented alignment and stacking. */
export function refHistogram(
  rows: readonly NormalizedEvent[],
  spec: QuerySpec,
  span: number,
  opts: { range?: { start: number; end: number }; stackBy?: string; topN?: number; alignMs?: number } = {},
): HistogramResult {
  // Bucket k starts at k·span + alignMs: shift times by -alignMs, bucket in UTC, shift the start back.
  const a = opts.alignMs ?? 0;
  let hits = refFilter(rows, spec);
  if (opts.range) hits = hits.filter((i) => rows[i].time >= opts.range!.start && rows[i].time < opts.range!.end);
  const times = hits.map((i) => rows[i].time);
  let start = 0;
  let buckets = 0;
  if (opts.range) {
    start = Math.floor((opts.range.start - a) / span) * span + a;
    buckets = Math.max(0, Math.ceil((opts.range.end - start) / span));
  } else if (times.length) {
    const min = Math.min(...times);
    start = Math.floor((min - a) / span) * span + a;
    buckets = Math.floor((Math.max(...times) - a) / span) - Math.floor((min - a) / span) + 1;
  }
  let series = [""];
  let seriesOf = (_i: number): number => 0;
  if (opts.stackBy !== undefined) {
    const byValue = refGroupBy(rows, { ...spec, rows: Uint32Array.from(hits) }, [opts.stackBy]);
    const topN = opts.topN ?? 10;
    series = byValue.keys.slice(0, topN).map((k) => k[0]);
    if (byValue.keys.length > topN) series.push("other");
    const { name, kind } = kindOf(rows, opts.stackBy);
    seriesOf = (i) => {
      const s = series.indexOf(label(cell(rows[i], name, kind)));
      return s >= 0 && s < Math.min(topN, byValue.keys.length) ? s : series.length - 1;
    };
  }
  const counts = new Uint32Array(buckets * series.length);
  for (const i of hits) counts[seriesOf(i) * buckets + Math.floor((rows[i].time - start) / span)]++;
  return { start, spanMs: span, buckets, series, counts };
}

/** Stable sort of row ids: absent last, desc reverses present values only. */
export function refSort(rows: readonly NormalizedEvent[], ids: readonly number[], sort: SortSpec): number[] {
  const { name, kind } = kindOf(rows, sort.field);
  const absent = (v: CellValue): boolean => (typeof v === "number" ? Number.isNaN(v) : v === "");
  return ids.slice().sort((x, y) => {
    const a = cell(rows[x], name, kind);
    const b = cell(rows[y], name, kind);
    if (absent(a) || absent(b)) return (absent(a) ? 1 : 0) - (absent(b) ? 1 : 0);
    const c = a < b ? -1 : a > b ? 1 : 0;
    return sort.desc ? -c : c;
  });
}
