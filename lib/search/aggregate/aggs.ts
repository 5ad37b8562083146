/**
 * The statistical functions of stats and timechart, computed per group
 * over typed arrays where the column allows (counts, distinct codes, numbers)
 * and value by value otherwise (multivalue fields count each value):
 * - count / count(x): events / values of x; dc(x): distinct values;
 * - sum, avg: over the numeric values (null when there are none);
 * - min, max: numeric when the group has a numeric value, else by text;
 * - values(x): distinct values in lexicographic order;
 * - earliest(x) / latest(x): the value of x in the earliest / latest event.
 */
import { SearchFailure, type FieldName, type Span } from "../ast";
import { columnOf, reader, type Frame } from "../frame";
import { MESSAGES } from "../messages";
import type { Tokens } from "../tokens";
import { compareText, scalarNumber, scalarText, valueKey, valuesOf, type Scalar, type Value } from "../values";
import { encode, numbersOf } from "./encode";
import type { Groups } from "./groups";

export type AggFn = "count" | "dc" | "sum" | "avg" | "min" | "max" | "values" | "earliest" | "latest";

const NAMES: Record<string, AggFn> = {
  count: "count", c: "count", dc: "dc", distinct_count: "dc", sum: "sum", avg: "avg", mean: "avg",
  min: "min", max: "max", values: "values", earliest: "earliest", latest: "latest",
};

export interface AggSpec extends Span {
  fn: AggFn;
  field: FieldName | null;
  /** Output column name (AS, else `fn(field)` as written, or `count`). */
  as: string;
}

/** Parses `fn[(field)] [AS name]` items separated by commas or spaces, up to the end or a stop word. */
export function parseAggs(tokens: Tokens, command: string, stop: readonly string[]): AggSpec[] {
  const out: AggSpec[] = [];
  while (!tokens.atEnd() && !stop.some((w) => tokens.isWord(w)) && !tokens.isOption()) {
    if (tokens.take("comma")) continue;
    const name = tokens.expect("word", "a function such as count or dc(field)");
    const fn = NAMES[name.value.toLowerCase()];
    if (!fn) throw SearchFailure.at(name, MESSAGES.unknownStatsFunction(command, name.value));
    let field: FieldName | null = null;
    let end = name.end;
    if (tokens.is("lparen") && tokens.peek()?.start === name.end) {
      tokens.next("(");
      if (!tokens.is("rparen")) field = tokens.field();
      end = tokens.expect("rparen", ")").end;
    }
    if (!field && fn !== "count") throw SearchFailure.at({ start: name.start, end }, MESSAGES.statsNeedsField(command, name.value));
    let as = field ? `${name.value}(${field.name})` : name.value;
    if (tokens.takeWord("as")) {
      const alias = tokens.field("a name after AS");
      as = alias.name;
      end = alias.end;
    }
    out.push({ fn, field, as, start: name.start, end });
  }
  if (out.length === 0) throw SearchFailure.at(tokens.here(), MESSAGES.statsNeedsFunction(command));
  return out;
}

/** Calls fn(group, position) for every grouped entry. */
function forEntries(groups: Groups, fn: (g: number, pos: number) => void): void {
  const { gid, src } = groups;
  for (let e = 0; e < gid.length; e++) {
    const g = gid[e];
    if (g >= 0) fn(g, src ? src[e] : e);
  }
}

function countAll(groups: Groups): Value[] {
  const counts = new Float64Array(groups.count);
  const gid = groups.gid;
  for (let e = 0; e < gid.length; e++) if (gid[e] >= 0) counts[gid[e]]++;
  return Array.from(counts);
}

function distinct(frame: Frame, groups: Groups, field: string): Value[] {
  const enc = groups.src ? null : encode(frame, columnOf(frame, field));
  const out = new Array<Value>(groups.count).fill(0);
  if (enc) {
    const card = enc.labels.length;
    const seen = new Set<number>();
    const gid = groups.gid;
    for (let i = 0; i < gid.length; i++) {
      const c = enc.codes[i];
      if (gid[i] < 0 || c === 0) continue;
      const k = gid[i] * card + c;
      if (!seen.has(k)) {
        seen.add(k);
        (out[gid[i]] as number)++;
      }
    }
    return out;
  }
  const sets = Array.from({ length: groups.count }, () => new Set<string>());
  const read = reader(frame, field);
  forEntries(groups, (g, pos) => {
    for (const v of valuesOf(read(pos))) sets[g].add(valueKey(v));
  });
  return sets.map((s) => s.size);
}

function numeric(frame: Frame, groups: Groups, field: string, fn: "sum" | "avg" | "min" | "max" | "count"): Value[] {
  const G = groups.count;
  const sum = new Float64Array(G);
  const cnt = new Float64Array(G);
  const min = new Float64Array(G).fill(Infinity);
  const max = new Float64Array(G).fill(-Infinity);
  const nums = groups.src ? null : numbersOf(frame, field);
  const add = (g: number, x: number): void => {
    sum[g] += x;
    cnt[g]++;
    if (x < min[g]) min[g] = x;
    if (x > max[g]) max[g] = x;
  };
  if (nums) {
    const gid = groups.gid;
    for (let i = 0; i < gid.length; i++) if (gid[i] >= 0 && nums[i] === nums[i]) add(gid[i], nums[i]);
  } else {
    const read = reader(frame, field);
    forEntries(groups, (g, pos) => {
      for (const v of valuesOf(read(pos))) {
        const x = scalarNumber(v);
        if (x === x) add(g, x);
      }
    });
  }
  const out: Value[] = new Array(G);
  for (let g = 0; g < G; g++) {
    if (cnt[g] === 0) out[g] = null;
    else out[g] = fn === "sum" ? sum[g] : fn === "avg" ? sum[g] / cnt[g] : fn === "min" ? min[g] : max[g];
  }
  return out;
}

function textual(frame: Frame, groups: Groups, field: string, fn: "min" | "max" | "values" | "count"): Value[] {
  const read = reader(frame, field);
  const G = groups.count;
  const best: (string | null)[] = new Array(G).fill(null);
  const sets = fn === "values" ? Array.from({ length: G }, () => new Map<string, Scalar>()) : null;
  const counts = new Float64Array(G);
  forEntries(groups, (g, pos) => {
    for (const v of valuesOf(read(pos))) {
      counts[g]++;
      const s = scalarText(v);
      if (sets) sets[g].set(s, v);
      else if (best[g] === null || (fn === "min" ? s < (best[g] as string) : s > (best[g] as string))) best[g] = s;
    }
  });
  if (fn === "count") return Array.from(counts);
  if (!sets) return best;
  return sets.map((m) => {
    if (m.size === 0) return null;
    const vals = [...m.keys()].sort(compareText).map((k) => m.get(k) as Scalar);
    return vals.length === 1 ? vals[0] : vals;
  });
}

function timed(frame: Frame, groups: Groups, field: string, fn: "earliest" | "latest", at: Span): Value[] {
  const time = columnOf(frame, "_time");
  if (time === null) throw SearchFailure.at(at, MESSAGES.noTime(fn));
  const times = numbersOf(frame, "_time") ?? new Float64Array(frame.n).fill(NaN);
  const read = reader(frame, field);
  const bestT = new Float64Array(groups.count).fill(NaN);
  const out: Value[] = new Array(groups.count).fill(null);
  forEntries(groups, (g, pos) => {
    const v = read(pos);
    const t = times[pos];
    if (v === null || t !== t) return;
    const b = bestT[g];
    if (b !== b || (fn === "earliest" ? t < b : t > b)) {
      bestT[g] = t;
      out[g] = v;
    }
  });
  return out;
}

/** One aggregate's value for every group. */
export function computeAgg(frame: Frame, groups: Groups, spec: AggSpec): Value[] {
  const field = spec.field?.name;
  if (field === undefined) return countAll(groups);
  switch (spec.fn) {
    case "count":
      return textual(frame, groups, field, "count");
    case "dc":
      return distinct(frame, groups, field);
    case "sum":
    case "avg":
      return numeric(frame, groups, field, spec.fn);
    case "min":
    case "max": {
      const nums = numeric(frame, groups, field, spec.fn);
      if (nums.every((v) => v !== null)) return nums;
      const texts = textual(frame, groups, field, spec.fn);
      return nums.map((v, g) => (v !== null ? v : texts[g]));
    }
    case "values":
      return textual(frame, groups, field, "values");
    case "earliest":
    case "latest":
      return timed(frame, groups, field, spec.fn, spec);
  }
}

/** Fields the aggregates read. */
export function aggFields(aggs: AggSpec[]): FieldName[] {
  return aggs.flatMap((a) => (a.field ? [a.field] : []));
}
