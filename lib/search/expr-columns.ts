/**
 * Evaluates an expression over a whole frame. When the expression reads one
 * dictionary-coded column it runs once per distinct value and the result
 * shares the column's codes (so `eval hour=strftime(_time, "%H")` costs 24
 * evaluations, not one per event: an hour-of-day format of `_time` reads the
 * index's hour column). Otherwise it runs once per row.
 */
import type { Expr } from "./ast";
import type { FnEnv } from "./eval-functions";
import { compileExpr, storable, type Compiled } from "./expr-eval";
import { exprFields } from "./expr-parser";
import { columnOf, reader, type CodedCol, type Column, type Frame, type NumCol } from "./frame";
import { formatGranularityMs, isHourOnlyFormat } from "./time-format";
import { valueKey, type EvalValue, type Value } from "./values";

/** The coded column an expression can be evaluated over per distinct value, and the field it stands for. */
function codedSource(frame: Frame, e: Expr): { name: string; col: CodedCol } | null {
  const fields = exprFields(e);
  if (fields.size !== 1) return null;
  const name = fields.keys().next().value as string;
  const col = columnOf(frame, name);
  // Per distinct value only pays off when there are fewer values than rows.
  if (col?.kind === "coded") return col.dict.length <= Math.max(256, 2 * frame.n) ? { name, col } : null;
  if (name === "_time" && col?.kind === "num" && col.time) {
    if (frame.rows && frame.source && !frame.cols.has("_time") && formatsOfTime(e, isHourOnlyFormat)) {
      const hour = frame.source.resolve("hour");
      if (hour?.kind === "coded" && hour.byRow) {
        // Any instant within the hour formats the same with an hour-only format.
        const dict: Value[] = hour.dict.map((h) => (typeof h === "number" ? h * 3600 : null));
        return { name, col: { ...hour, dict } };
      }
    }
    let step = Infinity;
    if (formatsOfTime(e, (f) => ((step = Math.min(step, formatGranularityMs(f) ?? 0)), step > 0))) return timeSteps(frame, col, step);
  }
  return null;
}

/** Whether every use of _time is `strftime(_time, "<literal format>")` with a format that passes `ok`. */
function formatsOfTime(e: Expr, ok: (fmt: string) => boolean): boolean {
  switch (e.type) {
    case "field":
      return false;
    case "call":
      if (e.name === "strftime" && e.args[0]?.type === "field" && e.args[0].name === "_time") {
        const f = e.args[1];
        return f?.type === "str" && ok(f.value);
      }
      return e.args.every((a) => formatsOfTime(a, ok));
    case "unary":
      return formatsOfTime(e.arg, ok);
    case "binary":
      return formatsOfTime(e.left, ok) && formatsOfTime(e.right, ok);
    default:
      return true;
  }
}

/** Event times coded by the time step a format resolves (e.g. days), when there are few enough steps. */
function timeSteps(frame: Frame, col: NumCol, stepMs: number): { name: string; col: CodedCol } | null {
  if (!Number.isFinite(stepMs)) stepMs = 86_400_000;
  const n = frame.n;
  const values = col.values;
  const at = col.byRow ? (i: number) => values[(frame.rows as Uint32Array)[i]] : (i: number) => values[i];
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const t = at(i);
    if (t < min) min = t;
    if (t > max) max = t;
  }
  if (!(min <= max)) return null;
  const base = Math.floor(min / stepMs);
  const count = Math.floor(max / stepMs) - base + 1;
  if (count > Math.max(256, 2 * n) || count > 1 << 22) return null;
  const codes = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const t = at(i);
    if (t === t) codes[i] = Math.floor(t / stepMs) - base + 1;
  }
  const dict: Value[] = [null];
  for (let c = 1; c <= count; c++) dict.push(((base + c - 1) * stepMs) / 1000);
  return { name: "_time", col: { kind: "coded", codes, byRow: false, map: null, dict } };
}

function perCode(col: CodedCol, fn: Compiled): EvalValue[] {
  const out: EvalValue[] = new Array(col.dict.length);
  for (let c = 0; c < col.dict.length; c++) out[c] = fn(c);
  return out;
}

function compiledOver(frame: Frame, e: Expr, env: FnEnv, src: { name: string; col: CodedCol } | null): Compiled {
  if (src) {
    const dict = src.col.dict;
    return compileExpr(e, () => (c) => (c === 0 ? null : dict[c]), env);
  }
  return compileExpr(e, (name) => reader(frame, name), env);
}

/** The expression's value at every position, as a column. */
export function evalColumn(frame: Frame, e: Expr, env: FnEnv): Column {
  const src = codedSource(frame, e);
  const fn = compiledOver(frame, e, env, src);
  if (src) {
    const results = perCode(src.col, fn);
    const dict: Value[] = [null];
    const seen = new Map<string, number>();
    const remap = new Int32Array(results.length);
    for (let c = 0; c < results.length; c++) {
      const v = storable(results[c]);
      if (v === null) continue;
      const key = Array.isArray(v) ? `m${JSON.stringify(v)}` : valueKey(v);
      let code = seen.get(key);
      if (code === undefined) seen.set(key, (code = dict.push(v) - 1));
      remap[c] = code;
    }
    const old = src.col.map;
    let map: Int32Array;
    if (old) {
      map = new Int32Array(old.length);
      for (let r = 0; r < old.length; r++) map[r] = remap[old[r]];
    } else map = remap;
    return { kind: "coded", codes: src.col.codes, byRow: src.col.byRow, map, dict };
  }
  const values: Value[] = new Array(frame.n);
  for (let i = 0; i < frame.n; i++) values[i] = storable(fn(i));
  return { kind: "vals", values };
}

/** 1 for the positions where the condition holds. */
export function evalCondition(frame: Frame, e: Expr, env: FnEnv): Uint8Array {
  const src = codedSource(frame, e);
  const fn = compiledOver(frame, e, env, src);
  const flags = new Uint8Array(frame.n);
  if (!src) {
    for (let i = 0; i < frame.n; i++) flags[i] = fn(i) === true ? 1 : 0;
    return flags;
  }
  const results = perCode(src.col, fn);
  const table = new Uint8Array(results.length);
  for (let c = 0; c < results.length; c++) table[c] = results[c] === true ? 1 : 0;
  const { codes, map } = src.col;
  if (src.col.byRow) {
    const rows = frame.rows as Uint32Array;
    if (map) for (let i = 0; i < frame.n; i++) flags[i] = table[map[codes[rows[i]]]];
    else for (let i = 0; i < frame.n; i++) flags[i] = table[codes[rows[i]]];
  } else if (map) for (let i = 0; i < frame.n; i++) flags[i] = table[map[codes[i]]];
  else for (let i = 0; i < frame.n; i++) flags[i] = table[codes[i]];
  return flags;
}
