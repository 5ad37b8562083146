/**
 * The eval/where function catalogue: name, arity, which arguments are
 * conditions, what it returns, and its implementation. Adding a function is
 * one entry here. Conditional forms (if, case, coalesce) get their arguments
 * lazily so only the chosen branch is evaluated.
 */
import { SearchFailure, type Expr } from "./ast";
import type { ExprType } from "./expr-parser";
import { MESSAGES } from "./messages";
import { regexOf, cidrTest } from "./regex";
import { strftime, strptime } from "./time-format";
import { likeRegExp, numberText, scalarNumber, scalarText, toNumber, toText, valuesOf, type EvalValue, type Scalar, type Value } from "./values";

/** What functions may read besides their arguments. */
export interface FnEnv {
  /** "Now" in epoch seconds, fixed for one search. */
  now: number;
}

export interface FunctionDef {
  min: number;
  max: number;
  returns: ExprType;
  argType(i: number, n: number): ExprType;
  /** Checks literal arguments at parse time (e.g. a regex that does not compile). */
  check?(args: Expr[]): void;
  call(args: (() => EvalValue)[], env: FnEnv): EvalValue;
}

const value = (): ExprType => "value";
const asValue = (v: EvalValue): Value => (typeof v === "boolean" ? (v ? "true" : "false") : v);

/** Applies fn to every value of a (possibly multivalue) value; null stays null. */
function mapScalars(v: EvalValue, fn: (s: Scalar) => Scalar | null): Value {
  const vals = valuesOf(asValue(v));
  if (vals.length === 0) return null;
  const out: Scalar[] = [];
  for (const s of vals) {
    const r = fn(s);
    if (r !== null) out.push(r);
  }
  return out.length === 0 ? null : out.length === 1 ? out[0] : out;
}

/** A plain function of evaluated arguments. */
function fn(min: number, max: number, impl: (a: EvalValue[], env: FnEnv) => EvalValue, extra: Partial<FunctionDef> = {}): FunctionDef {
  return { min, max, returns: "value", argType: value, call: (args, env) => impl(args.map((a) => a()), env), ...extra };
}

function cond(min: number, max: number, impl: (a: EvalValue[]) => boolean, extra: Partial<FunctionDef> = {}): FunctionDef {
  return fn(min, max, impl, { returns: "bool", ...extra });
}

const text = (v: EvalValue): string | null => toText(v);
const num = (v: EvalValue): number => toNumber(v);
const numOrNull = (n: number): Value => (Number.isFinite(n) ? n : null);

function checkRegexArg(index: number): (args: Expr[]) => void {
  return (args) => {
    const a = args[index];
    if (a && a.type === "str" && regexOf(a.value) === null) throw SearchFailure.at(a, MESSAGES.badRegex(a.value));
  };
}

function substr(s: string, start: number, len?: number): string {
  const chars = [...s];
  let from = start > 0 ? start - 1 : start < 0 ? Math.max(0, chars.length + start) : 0;
  from = Math.min(from, chars.length);
  const to = len === undefined ? chars.length : Math.max(from, Math.min(chars.length, from + Math.max(0, len)));
  return chars.slice(from, to).join("");
}

function roundTo(x: number, digits: number): number {
  const f = 10 ** digits;
  return (Math.sign(x) * Math.round(Math.abs(x) * f)) / f;
}

function tostring(v: EvalValue, format: string | null): Value {
  return mapScalars(v, (s) => {
    const n = scalarNumber(s);
    if (format === null || n !== n) return scalarText(s);
    switch (format.toLowerCase()) {
      case "hex":
        return `0x${Math.trunc(n).toString(16).toUpperCase()}`;
      case "commas": {
        const [i, f] = roundTo(n, 2).toFixed(Number.isInteger(n) ? 0 : 2).split(".");
        return i.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (f ? `.${f}` : "");
      }
      case "duration": {
        const t = Math.trunc(Math.abs(n));
        const d = Math.floor(t / 86400);
        const hms = `${String(Math.floor((t % 86400) / 3600)).padStart(2, "0")}:${String(Math.floor((t % 3600) / 60)).padStart(2, "0")}:${String(t % 60).padStart(2, "0")}`;
        return `${n < 0 ? "-" : ""}${d > 0 ? `${d}+` : ""}${hms}`;
      }
      default:
        return numberText(n);
    }
  });
}

function extreme(args: EvalValue[], sign: 1 | -1): Value {
  let best: Scalar | null = null;
  for (const a of args) {
    for (const s of valuesOf(asValue(a))) {
      if (best === null) best = s;
      else {
        const x = scalarNumber(s);
        const y = scalarNumber(best);
        const c = x === x && y === y ? x - y : x === x ? -1 : y === y ? 1 : scalarText(s) < scalarText(best) ? -1 : scalarText(s) > scalarText(best) ? 1 : 0;
        if (c * sign > 0) best = s;
      }
    }
  }
  return best;
}

const ENTRIES: [string, FunctionDef][] = [
  ["if", { min: 3, max: 3, returns: "value", argType: (i) => (i === 0 ? "bool" : "value"), call: (a) => (a[0]() === true ? a[1]() : a[2]()) }],
  ["case", {
    min: 2, max: 200, returns: "value", argType: (i) => (i % 2 === 0 ? "bool" : "value"),
    check: (args) => {
      if (args.length % 2 !== 0) throw SearchFailure.at(args[args.length - 1], MESSAGES.casePairs());
    },
    call: (a) => {
      for (let i = 0; i + 1 < a.length; i += 2) if (a[i]() === true) return a[i + 1]();
      return null;
    },
  }],
  ["coalesce", { min: 1, max: 200, returns: "value", argType: value, call: (a) => {
    for (const x of a) {
      const v = x();
      if (v !== null) return v;
    }
    return null;
  } }],
  ["null", fn(0, 0, () => null)],
  ["true", cond(0, 0, () => true)],
  ["false", cond(0, 0, () => false)],
  ["isnull", cond(1, 1, ([x]) => x === null)],
  ["isnotnull", cond(1, 1, ([x]) => x !== null)],
  ["isnum", cond(1, 1, ([x]) => x !== null && !Number.isNaN(num(x)))],
  ["isint", cond(1, 1, ([x]) => x !== null && Number.isInteger(num(x)))],
  ["isstr", cond(1, 1, ([x]) => x !== null && Number.isNaN(num(x)))],
  ["match", cond(2, 2, ([s, re]) => {
    const r = regexOf(text(re) ?? "");
    return r !== null && valuesOf(asValue(s)).some((v) => r.test(scalarText(v)));
  }, { check: checkRegexArg(1) })],
  ["like", cond(2, 2, ([s, p]) => {
    const pat = text(p);
    if (pat === null) return false;
    const r = likeRegExp(pat);
    return valuesOf(asValue(s)).some((v) => r.test(scalarText(v)));
  })],
  ["cidrmatch", cond(2, 2, ([c, ip]) => {
    const cidr = text(c);
    return cidr !== null && valuesOf(asValue(ip)).some((v) => cidrTest(cidr, scalarText(v)));
  })],
  ["in", cond(2, 200, ([x, ...set]) => {
    const vals = valuesOf(asValue(x)).map(scalarText);
    return set.some((s) => vals.includes(text(s) ?? "\u0000"));
  })],
  ["typeof", fn(1, 1, ([x]) => (x === null ? "Invalid" : typeof x === "boolean" ? "Boolean" : Number.isNaN(num(x)) ? "String" : "Number"))],
  ["lower", fn(1, 1, ([s]) => mapScalars(s, (v) => scalarText(v).toLowerCase()))],
  ["upper", fn(1, 1, ([s]) => mapScalars(s, (v) => scalarText(v).toUpperCase()))],
  ["len", fn(1, 1, ([s]) => (s === null ? null : [...(text(s) ?? "")].length))],
  ["substr", fn(2, 3, ([s, start, len]) => {
    const st = num(start);
    const l = len === undefined ? undefined : num(len);
    if (Number.isNaN(st) || (l !== undefined && Number.isNaN(l))) return null;
    return mapScalars(s, (v) => substr(scalarText(v), Math.trunc(st), l === undefined ? undefined : Math.trunc(l)));
  })],
  ...(["trim", "ltrim", "rtrim"] as const).map((name): [string, FunctionDef] => [name, fn(1, 2, ([s, chars]) => {
    const set = chars === undefined ? " \t\n\r" : (text(chars) ?? "");
    return mapScalars(s, (v) => {
      const str = scalarText(v);
      let a = 0;
      let b = str.length;
      if (name !== "rtrim") while (a < b && set.includes(str[a])) a++;
      if (name !== "ltrim") while (b > a && set.includes(str[b - 1])) b--;
      return str.slice(a, b);
    });
  })]),
  ["replace", fn(3, 3, ([s, re, rep]) => {
    const r = regexOf(text(re) ?? "", "g");
    const to = (text(rep) ?? "").replace(/\$/g, "$$$$").replace(/\\(\d)/g, "$$$1");
    return r === null ? null : mapScalars(s, (v) => scalarText(v).replace(r, to));
  }, { check: checkRegexArg(1) })],
  ["split", fn(2, 2, ([s, sep]) => {
    const str = text(s);
    if (str === null) return null;
    const parts = str.split(text(sep) ?? "");
    return parts.length === 1 ? parts[0] : parts;
  })],
  ["mvcount", fn(1, 1, ([x]) => (x === null ? null : valuesOf(asValue(x)).length))],
  ["mvindex", fn(2, 3, ([x, s, e]) => {
    const vals = valuesOf(asValue(x));
    const at = (i: number): number => (i < 0 ? vals.length + i : i);
    const a = at(Math.trunc(num(s)));
    const b = e === undefined ? a : at(Math.trunc(num(e)));
    if (!(a >= 0 && a < vals.length) || Number.isNaN(b)) return null;
    const out = vals.slice(a, Math.min(vals.length, b + 1));
    return out.length === 0 ? null : out.length === 1 ? out[0] : out;
  })],
  ["mvjoin", fn(2, 2, ([x, sep]) => (x === null ? null : valuesOf(asValue(x)).map(scalarText).join(text(sep) ?? "")))],
  ["mvappend", fn(1, 200, (args) => {
    const out = args.flatMap((a) => valuesOf(asValue(a)));
    return out.length === 0 ? null : out.length === 1 ? out[0] : out;
  })],
  ["tonumber", fn(1, 2, ([s, base]) => mapScalars(s, (v) => {
    if (base === undefined) {
      const n = scalarNumber(v);
      return n === n ? n : null;
    }
    const b = num(base);
    const str = scalarText(v).trim().replace(/^0x/i, b === 16 ? "" : "0x");
    if (!(b >= 2 && b <= 36) || !/^[+-]?[0-9a-z]+$/i.test(str)) return null;
    const n = parseInt(str, b);
    return Number.isNaN(n) ? null : n;
  }))],
  ["tostring", fn(1, 2, ([v, f]) => tostring(v, f === undefined ? null : text(f)))],
  ["abs", fn(1, 1, ([x]) => numOrNull(Math.abs(num(x))))],
  ["ceil", fn(1, 1, ([x]) => numOrNull(Math.ceil(num(x))))],
  ["ceiling", fn(1, 1, ([x]) => numOrNull(Math.ceil(num(x))))],
  ["floor", fn(1, 1, ([x]) => numOrNull(Math.floor(num(x))))],
  ["round", fn(1, 2, ([x, d]) => numOrNull(roundTo(num(x), d === undefined ? 0 : Math.trunc(num(d)))))],
  ["sqrt", fn(1, 1, ([x]) => numOrNull(Math.sqrt(num(x))))],
  ["pow", fn(2, 2, ([x, y]) => numOrNull(num(x) ** num(y)))],
  ["exp", fn(1, 1, ([x]) => numOrNull(Math.exp(num(x))))],
  ["ln", fn(1, 1, ([x]) => numOrNull(Math.log(num(x))))],
  ["log", fn(1, 2, ([x, b]) => numOrNull(Math.log(num(x)) / Math.log(b === undefined ? 10 : num(b))))],
  ["pi", fn(0, 0, () => Math.PI)],
  ["min", fn(1, 200, (a) => extreme(a, -1))],
  ["max", fn(1, 200, (a) => extreme(a, 1))],
  ["now", fn(0, 0, (_a, env) => env.now)],
  ["time", fn(0, 0, (_a, env) => env.now)],
  ["strftime", fn(2, 2, ([t, f]) => {
    const format = text(f);
    const n = num(t);
    return format === null || Number.isNaN(n) ? null : strftime(n, format);
  })],
  ["strptime", fn(2, 2, ([s, f]) => {
    const str = text(s);
    const format = text(f);
    return str === null || format === null ? null : strptime(str, format);
  })],
];

/** Every eval/where function by (lower-case) name. */
export const FUNCTIONS: ReadonlyMap<string, FunctionDef> = new Map(ENTRIES);
