/**
 * `sort [N] [+|-]field, [-]num(field), str(…), ip(…), auto(…) [desc]`: a stable
 * sort; `auto` (the default) orders numbers numerically before texts in
 * code-unit order; missing values go last in both directions. Like Splunk it
 * keeps 10000 results unless a count is given (`sort 0` keeps all).
 */
import { SearchFailure, type FieldName } from "../ast";
import { encode } from "../aggregate/encode";
import { inEventOrder } from "../frame-order";
import { columnOf, reader, selectPositions, type Frame } from "../frame";
import { topK } from "../../index/top-k";
import { MESSAGES } from "../messages";
import { parseCount, type Tokens } from "../tokens";
import { compareText, scalarNumber, scalarText, sortCompare, valueKey, type Scalar, type Value } from "../values";
import { defineCommand } from "./types";

/** Splunk's default sort limit. */
export const DEFAULT_SORT_LIMIT = 10_000;

type SortType = "auto" | "num" | "str" | "ip";

interface SortKey {
  field: FieldName;
  desc: boolean;
  type: SortType;
}

const TYPES = new Set(["auto", "num", "str", "ip"]);

function parseKey(tokens: Tokens): SortKey {
  let desc = false;
  let t = tokens.peek();
  if (t?.type === "word" && (t.value === "-" || t.value === "+")) {
    desc = t.value === "-";
    tokens.next("-");
    t = tokens.peek();
  }
  const f = tokens.field();
  let name = f.name;
  let start = f.start;
  if (name.startsWith("-") || name.startsWith("+")) {
    desc = name[0] === "-";
    name = name.slice(1);
    start++;
  }
  let type: SortType = "auto";
  const open = tokens.peek();
  if (TYPES.has(name.toLowerCase()) && open?.type === "lparen" && open.start === f.end) {
    type = name.toLowerCase() as SortType;
    tokens.next("(");
    const inner = tokens.field();
    tokens.expect("rparen", ")");
    return { field: inner, desc, type };
  }
  if (name === "") throw SearchFailure.at(f, MESSAGES.missing("sort", "a field name after -"));
  return { field: { name, start, end: f.end }, desc, type };
}

function ipNumber(s: string): number {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})/.exec(s);
  return m ? ((+m[1] * 256 + +m[2]) * 256 + +m[3]) * 256 + +m[4] : NaN;
}

function comparatorOf(type: SortType): (a: Scalar, b: Scalar) => number {
  switch (type) {
    case "auto":
      return sortCompare;
    case "str":
      return (a, b) => compareText(scalarText(a), scalarText(b));
    case "num":
      return (a, b) => {
        const x = scalarNumber(a);
        const y = scalarNumber(b);
        return x === x && y === y ? x - y : x === x ? -1 : y === y ? 1 : compareText(scalarText(a), scalarText(b));
      };
    case "ip":
      return (a, b) => {
        const x = ipNumber(scalarText(a));
        const y = ipNumber(scalarText(b));
        return x === x && y === y ? x - y : x === x ? -1 : y === y ? 1 : compareText(scalarText(a), scalarText(b));
      };
  }
}

/** A rank per position (missing = +Infinity; descending keys negate the others). */
function ranks(frame: Frame, key: SortKey): Float64Array {
  const enc = encode(frame, columnOf(frame, key.field.name));
  let codes: Int32Array;
  let labels: Value[];
  if (enc) ({ codes, labels } = enc);
  else {
    // Multivalue fields sort by their first value.
    const read = reader(frame, key.field.name);
    const seen = new Map<string, number>();
    labels = [null];
    codes = new Int32Array(frame.n);
    for (let i = 0; i < frame.n; i++) {
      const v = read(i);
      const s = Array.isArray(v) ? v[0] : v;
      if (s === null) continue;
      let c = seen.get(valueKey(s));
      if (c === undefined) seen.set(valueKey(s), (c = labels.push(s) - 1));
      codes[i] = c;
    }
  }
  const cmp = comparatorOf(key.type);
  const order = Array.from({ length: labels.length - 1 }, (_, i) => i + 1);
  order.sort((a, b) => cmp(labels[a] as Scalar, labels[b] as Scalar));
  const rank = new Float64Array(labels.length).fill(Infinity);
  order.forEach((c, r) => (rank[c] = key.desc ? -r : r));
  const out = new Float64Array(frame.n);
  for (let i = 0; i < frame.n; i++) out[i] = rank[codes[i]];
  return out;
}

export const sort = defineCommand<{ limit: number; explicit: boolean; keys: SortKey[] }>({
  name: "sort",
  mode: "args",
  transforming: false,
  parse(tokens, at) {
    let limit = DEFAULT_SORT_LIMIT;
    const explicit = (tokens.isOption() && tokens.isWord("limit")) || (tokens.is("word") && /^\d+$/.test(tokens.peek()!.value));
    if (tokens.isOption() && tokens.isWord("limit")) limit = parseCount(tokens.option().value, "sort", "limit");
    else if (explicit) limit = parseCount(tokens.next("a count"), "sort", "the count");
    const keys: SortKey[] = [];
    let reverse = false;
    while (!tokens.atEnd()) {
      if (tokens.take("comma")) continue;
      if ((tokens.isWord("d") || tokens.isWord("desc")) && tokens.peek(1) === undefined && keys.length > 0) {
        tokens.next("desc");
        reverse = true;
        break;
      }
      keys.push(parseKey(tokens));
    }
    if (keys.length === 0) throw SearchFailure.at(at, MESSAGES.needsFields("sort"));
    if (reverse) for (const k of keys) k.desc = !k.desc;
    return { limit, explicit, keys };
  },
  reads: (a) => a.keys.map((k) => k.field),
  run(input, { limit, explicit, keys }, env) {
    const frame = inEventOrder(input);
    const r = keys.map((k) => ranks(frame, k));
    const cmp = (a: number, b: number): number => {
      for (const rk of r) {
        const x = rk[a];
        const y = rk[b];
        if (x !== y) return x === Infinity ? 1 : y === Infinity ? -1 : x - y;
      }
      return a - b;
    };
    const n = frame.n;
    const keep = limit === 0 ? n : Math.min(limit, n);
    if (keep < n && !explicit) env.warn(`sort kept the first ${keep} of ${n} results (Splunk's default limit); use "sort 0 …" to keep all`);
    const order = keep < n ? topK(n, keep, cmp) : Array.from({ length: n }, (_, i) => i).sort(cmp);
    return { ...selectPositions(frame, order), ordered: true };
  },
});
