/**
 * Compiles an eval/where expression into a closure over a position (or a
 * dictionary code, when a whole column is evaluated per distinct value).
 * Semantics follow Splunk's eval: any operation on null gives null (and a
 * comparison with null is false); numeric-looking texts are numbers for
 * arithmetic and comparisons; `.` concatenates text; `+` adds numbers and
 * concatenates anything else; a comparison on a multivalue is true when any
 * value satisfies it.
 */
import type { Expr } from "./ast";
import { FUNCTIONS, type FnEnv } from "./eval-functions";
import { compareScalars, likeRegExp, scalarNumber, scalarText, toNumber, toText, valuesOf, type EvalValue, type Scalar, type Value } from "./values";

export type Compiled = (i: number) => EvalValue;
/** Gives the reader of a field name. */
export type Resolve = (name: string) => (i: number) => Value;

const asValue = (v: EvalValue): Value => (typeof v === "boolean" ? (v ? "true" : "false") : v);

function equal(a: Scalar, b: Scalar): boolean {
  const x = scalarNumber(a);
  const y = scalarNumber(b);
  if (x === x && y === y) return x === y;
  return scalarText(a) === scalarText(b);
}

function comparison(op: string, l: EvalValue, r: EvalValue): boolean {
  const ls = valuesOf(asValue(l));
  const rs = valuesOf(asValue(r));
  if (ls.length === 0 || rs.length === 0) return false;
  for (const a of ls) {
    for (const b of rs) {
      let ok: boolean;
      switch (op) {
        case "=": ok = equal(a, b); break;
        case "!=": ok = !equal(a, b); break;
        case "<": ok = compareScalars(a, b) < 0; break;
        case ">": ok = compareScalars(a, b) > 0; break;
        case "<=": ok = compareScalars(a, b) <= 0; break;
        default: ok = compareScalars(a, b) >= 0;
      }
      if (ok) return true;
    }
  }
  return false;
}

function arithmetic(op: string, l: EvalValue, r: EvalValue): Value {
  if (l === null || r === null) return null;
  const x = toNumber(l);
  const y = toNumber(r);
  if (op === "+" && (x !== x || y !== y)) return `${toText(l)}${toText(r)}`;
  if (x !== x || y !== y) return null;
  let v: number;
  switch (op) {
    case "+": v = x + y; break;
    case "-": v = x - y; break;
    case "*": v = x * y; break;
    case "/": v = y === 0 ? NaN : x / y; break;
    default: v = y === 0 ? NaN : x % y;
  }
  return Number.isFinite(v) ? v : null;
}

/** Compiles `e`; `resolve` supplies field readers and is called once per field reference. */
export function compileExpr(e: Expr, resolve: Resolve, env: FnEnv): Compiled {
  switch (e.type) {
    case "num": {
      const v = e.value;
      return () => v;
    }
    case "str": {
      const v = e.value;
      return () => v;
    }
    case "field":
      return resolve(e.name);
    case "unary": {
      const arg = compileExpr(e.arg, resolve, env);
      if (e.op === "NOT") return (i) => arg(i) !== true;
      return (i) => {
        const n = toNumber(arg(i));
        return n === n ? -n : null;
      };
    }
    case "binary": {
      const l = compileExpr(e.left, resolve, env);
      const r = compileExpr(e.right, resolve, env);
      switch (e.op) {
        case "AND":
          return (i) => l(i) === true && r(i) === true;
        case "OR":
          return (i) => l(i) === true || r(i) === true;
        case "XOR":
          return (i) => (l(i) === true) !== (r(i) === true);
        case ".":
          return (i) => {
            const a = l(i);
            const b = r(i);
            return a === null || b === null ? null : `${toText(a)}${toText(b)}`;
          };
        case "LIKE":
          return (i) => {
            const pat = toText(r(i));
            if (pat === null) return false;
            const re = likeRegExp(pat);
            return valuesOf(asValue(l(i))).some((v) => re.test(scalarText(v)));
          };
        case "=":
        case "!=":
        case "<":
        case ">":
        case "<=":
        case ">=": {
          const op = e.op;
          return (i) => comparison(op, l(i), r(i));
        }
        default: {
          const op = e.op;
          return (i) => arithmetic(op, l(i), r(i));
        }
      }
    }
    case "call": {
      const def = FUNCTIONS.get(e.name);
      if (!def) throw new Error(`internal: unknown function ${e.name}`);
      const args = e.args.map((a) => compileExpr(a, resolve, env));
      return (i) => def.call(args.map((a) => () => a(i)), env);
    }
  }
}

/** A value to store in a field (eval results are never booleans: the parser rejects that). */
export function storable(v: EvalValue): Value {
  return asValue(v);
}
