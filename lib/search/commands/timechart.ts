/**
 * `timechart [span=…] [limit=N] [useother=b] [usenull=b] fn(field) … [by field]`:
 * one row per time bucket from the first to the last event (`_time` first),
 * one column per series. With `by`, the top `limit` (default 10) series by
 * total are kept in lexicographic column order, then NULL (events without
 * the field) and OTHER (the rest, aggregated together). Empty cells are 0
 * for count and dc, null otherwise. No span: Splunk's default for ~100 bins.
 */
import { SearchFailure, type FieldName, type Span } from "../ast";
import { aggFields, computeAgg, parseAggs, type AggSpec } from "../aggregate/aggs";
import { encode } from "../aggregate/encode";
import { groupBy } from "../aggregate/groups";
import { columnOf, reader, tableFrame, type CodedCol, type Column, type Frame } from "../frame";
import { MESSAGES } from "../messages";
import { autoSpan, bucketIndex, bucketStart, nextBucket, parseSpan, type SpanSpec } from "../time-units";
import { parseBool, parseCount, type Tokens } from "../tokens";
import { compareText, toNumber, toText, type Value } from "../values";
import { defineCommand } from "./types";
import { timesMs } from "./time-values";

export interface TimechartArgs {
  aggs: AggSpec[];
  by: FieldName | null;
  span: SpanSpec | null;
  bins: number;
  limit: number;
  useother: boolean;
  usenull: boolean;
  otherstr: string;
  nullstr: string;
}

/** Time buckets at most (a 1 s span over two weeks is a mistake, not a chart). */
const MAX_BUCKETS = 1_000_000;
const OPTIONS = ["span", "bins", "limit", "useother", "usenull", "otherstr", "nullstr"];

function readOption(tokens: Tokens, a: TimechartArgs): void {
  const { key, value } = tokens.option();
  switch (key.value.toLowerCase()) {
    case "span": {
      const s = parseSpan(value.value);
      if (!s) throw SearchFailure.at(value, MESSAGES.badSpan("timechart", value.value));
      a.span = s;
      break;
    }
    case "bins":
      a.bins = Math.max(1, parseCount(value, "timechart", "bins"));
      break;
    case "limit":
      a.limit = parseCount(value, "timechart", "limit");
      break;
    case "useother":
      a.useother = parseBool(value, "timechart", "useother");
      break;
    case "usenull":
      a.usenull = parseBool(value, "timechart", "usenull");
      break;
    case "otherstr":
      a.otherstr = value.value;
      break;
    case "nullstr":
      a.nullstr = value.value;
      break;
    default:
      throw SearchFailure.at(key, MESSAGES.unknownOption("timechart", key.value, OPTIONS));
  }
}

/** Per-position bucket codes (0 = no time) and bucket starts. */
function buckets(frame: Frame, args: TimechartArgs, at: Span): { codes: Int32Array; starts: number[]; span: SpanSpec } {
  const ms = timesMs(frame);
  if (!ms) throw SearchFailure.at(at, MESSAGES.noTime("timechart"));
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < ms.length; i++) if (ms[i] === ms[i]) (min = Math.min(min, ms[i])), (max = Math.max(max, ms[i]));
  const span = args.span ?? (min <= max ? autoSpan(min, max, args.bins) : { ms: 86_400_000 });
  if (!(min <= max)) return { codes: new Int32Array(frame.n), starts: [], span };
  const first = bucketStart(min, span);
  const count = bucketIndex(max, first, span) + 1;
  if (count > MAX_BUCKETS) throw SearchFailure.at(at, MESSAGES.tooManyBuckets("timechart", count));
  const starts: number[] = [];
  for (let b = 0, s = first; b < count; b++, s = nextBucket(s, span)) starts.push(s);
  const codes = new Int32Array(frame.n);
  for (let i = 0; i < ms.length; i++) if (ms[i] === ms[i]) codes[i] = bucketIndex(ms[i], first, span) + 1;
  return { codes, starts, span };
}

/** The series column: by-field values with null as the NULL series (or left out), non-top values as OTHER. */
function seriesColumn(frame: Frame, by: string, args: TimechartArgs, keep: Set<string> | null): { col: Column; labels: Value[] } {
  const enc = encode(frame, columnOf(frame, by));
  const labels: Value[] = [null];
  const index = new Map<string, number>();
  const codeOf = (label: string): number => {
    let c = index.get(label);
    if (c === undefined) index.set(label, (c = labels.push(label) - 1));
    return c;
  };
  const relabel = (v: Value): number => {
    if (v === null) return args.usenull ? codeOf(args.nullstr) : 0;
    const text = toText(v) as string;
    if (keep && !keep.has(text)) return args.useother ? codeOf(args.otherstr) : 0;
    return codeOf(text);
  };
  if (enc) {
    const map = Int32Array.from(enc.labels, (v, c) => relabel(c === 0 ? null : v));
    return { col: { kind: "coded", codes: enc.codes, byRow: false, map, dict: labels }, labels };
  }
  const read = reader(frame, by);
  const values: Value[] = [];
  for (let i = 0; i < frame.n; i++) values.push(labels[relabel(read(i))] ?? null);
  return { col: { kind: "vals", values }, labels };
}

function aggregateCells(frame: Frame, bucketCol: CodedCol, series: Column | null, aggs: AggSpec[]) {
  const cols = new Map(frame.cols);
  cols.set("\u0000bucket", bucketCol);
  if (series) cols.set("\u0000series", series);
  const synth: Frame = { ...frame, cols };
  const groups = groupBy(synth, series ? ["\u0000bucket", "\u0000series"] : ["\u0000bucket"]);
  return { groups, values: aggs.map((a) => computeAgg(synth, groups, a)) };
}

export const timechart = defineCommand<TimechartArgs>({
  name: "timechart",
  mode: "args",
  transforming: true,
  parse(tokens) {
    const a: TimechartArgs = { aggs: [], by: null, span: null, bins: 100, limit: 10, useother: true, usenull: true, otherstr: "OTHER", nullstr: "NULL" };
    while (tokens.isOption()) readOption(tokens, a);
    a.aggs = parseAggs(tokens, "timechart", ["by"]);
    const kw = tokens.takeWord("by");
    if (kw) {
      a.by = tokens.field();
      if (tokens.is("comma") || (tokens.peek() && !tokens.isOption())) throw SearchFailure.at(tokens.here(), MESSAGES.byOneField("timechart"));
    }
    while (tokens.isOption()) readOption(tokens, a);
    tokens.done();
    return a;
  },
  reads: (a) => [...aggFields(a.aggs), ...(a.by ? [a.by] : []), { name: "_time", start: 0, end: 0 }],
  run(frame, a, _env, at) {
    const { codes, starts, span } = buckets(frame, a, at);
    const bucketCol: CodedCol = { kind: "coded", codes, byRow: false, map: null, dict: [null, ...starts.map((_, b) => b)] };
    let seriesLabels: Value[] = [];
    let cells = aggregateCells(frame, bucketCol, null, a.aggs);
    // Where OTHER's events go: the series the cells were computed with is summed into it (count and sum add up).
    let other: string | null = null;
    if (a.by) {
      const first = seriesColumn(frame, a.by.name, a, null);
      cells = aggregateCells(frame, bucketCol, first.col, a.aggs);
      const totals = new Map<string, number>();
      cells.groups.keys.forEach(([, s], g) => {
        const label = toText(s) as string;
        const v = toNumber(cells.values[0][g]);
        totals.set(label, (totals.get(label) ?? 0) + (v === v ? v : 0));
      });
      const isNull = (l: string): boolean => a.usenull && l === a.nullstr && first.labels.includes(l);
      const ranked = [...totals.keys()].filter((l) => !isNull(l)).sort((x, y) => (totals.get(y) as number) - (totals.get(x) as number) || compareText(x, y));
      const top = a.limit > 0 ? ranked.slice(0, a.limit) : ranked;
      const order = [...top].sort(compareText);
      if (top.length < ranked.length && a.useother) {
        if (a.aggs.every((g) => g.fn === "sum" || (g.fn === "count" && !g.field))) other = a.otherstr;
        else {
          const kept = new Set(top);
          if (a.usenull) kept.add(a.nullstr);
          cells = aggregateCells(frame, bucketCol, seriesColumn(frame, a.by.name, a, kept).col, a.aggs);
        }
        order.push(a.otherstr);
      }
      if ([...totals.keys()].some(isNull)) order.splice(top.length, 0, a.nullstr);
      seriesLabels = order;
    }
    const B = starts.length;
    const S = a.by ? seriesLabels.length : 1;
    const names = ["_time"];
    const out = new Map<string, Column>();
    out.set("_time", { kind: "num", values: Float64Array.from(starts), byRow: false, div: 1000, time: true });
    const seriesIndex = new Map(seriesLabels.map((l, s) => [toText(l) as string, s]));
    a.aggs.forEach((agg, k) => {
      const zero: Value = agg.fn === "count" || agg.fn === "dc" ? 0 : null;
      const grid: Value[][] = Array.from({ length: S }, () => new Array<Value>(B).fill(zero));
      const otherIndex = other === null ? undefined : seriesIndex.get(other);
      cells.groups.keys.forEach((key, g) => {
        const b = key[0] as number;
        const v = cells.values[k][g];
        let s = a.by ? seriesIndex.get(toText(key[1]) as string) : 0;
        if (s === undefined && otherIndex !== undefined) {
          s = otherIndex;
          if (v !== null) grid[s][b] = ((grid[s][b] as number | null) ?? 0) + (v as number);
          return;
        }
        if (s !== undefined && b >= 0 && b < B) grid[s][b] = v;
      });
      for (let s = 0; s < S; s++) {
        const label = a.by ? (toText(seriesLabels[s]) as string) : agg.as;
        const name = a.by && a.aggs.length > 1 ? `${agg.as}: ${label}` : label;
        if (!out.has(name)) names.push(name);
        out.set(name, { kind: "vals", values: grid[s] });
      }
    });
    const result = tableFrame(B, names, out, "timechart");
    result.spanMs = span.ms;
    return result;
  },
});
