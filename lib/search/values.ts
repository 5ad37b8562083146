/**
 * Splunk's value rules, in one place: every field value is text or a
 * number, a text that looks like a number compares as one ("03" < 6), null
 * means "no such field", and a multivalue field holds several values.
 */

/** One value of a field. */
export type Scalar = string | number;
/** A field's value in a row: null when absent, an array for a multivalue field (never empty). */
export type Value = Scalar | null | Scalar[];
/** What an eval/where expression yields: a value, or a truth value from a comparison. */
export type EvalValue = Value | boolean;

const NUMERIC = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/** Whether a text reads as a number (Splunk's "numeric-looking string"). */
export function isNumericText(s: string): boolean {
  return NUMERIC.test(s);
}

/** The number a scalar stands for, NaN when it is not numeric. */
export function scalarNumber(v: Scalar): number {
  if (typeof v === "number") return v;
  return NUMERIC.test(v) ? Number(v) : NaN;
}

/** The number a value stands for (first value of a multivalue), NaN when none. */
export function toNumber(v: EvalValue): number {
  if (v === null || typeof v === "boolean") return NaN;
  if (Array.isArray(v)) return scalarNumber(v[0]);
  return scalarNumber(v);
}

/** A number as Splunk prints it: integers plainly, others without float noise. */
export function numberText(n: number): string {
  if (Number.isInteger(n) || !Number.isFinite(n)) return String(n);
  return String(Number(n.toPrecision(15)));
}

/** A scalar as text. */
export function scalarText(v: Scalar): string {
  return typeof v === "number" ? numberText(v) : v;
}

/** A value as text (multivalues joined with a newline), null stays null. */
export function toText(v: EvalValue): string | null {
  if (v === null) return null;
  if (typeof v === "boolean") return v ? "true" : "false";
  if (Array.isArray(v)) return v.map(scalarText).join("\n");
  return scalarText(v);
}

/** The values of a field as a list: [] for null, the elements of a multivalue. */
export function valuesOf(v: Value): Scalar[] {
  if (v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** Code-unit order of two texts. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Order of two scalars as `where` and `eval` compare them: numerically when
 * both are numeric, else as text.
 */
export function compareScalars(a: Scalar, b: Scalar): number {
  const x = scalarNumber(a);
  const y = scalarNumber(b);
  if (x === x && y === y) return x < y ? -1 : x > y ? 1 : 0;
  return compareText(scalarText(a), scalarText(b));
}

/**
 * A total order for sorting and grouping (Splunk's "auto" sort): numeric
 * values first, in numeric order, then texts in code-unit order; nulls are
 * handled by the callers (they sort last in both directions).
 */
export function sortCompare(a: Scalar, b: Scalar): number {
  const x = scalarNumber(a);
  const y = scalarNumber(b);
  const xn = x === x;
  const yn = y === y;
  if (xn && yn) return x < y ? -1 : x > y ? 1 : compareText(scalarText(a), scalarText(b));
  if (xn !== yn) return xn ? -1 : 1;
  return compareText(scalarText(a), scalarText(b));
}

/** sortCompare over whole values; null sorts after everything. */
export function sortCompareValues(a: Value, b: Value): number {
  if (a === null || b === null) return (a === null ? 1 : 0) - (b === null ? 1 : 0);
  const x = Array.isArray(a) ? a[0] : a;
  const y = Array.isArray(b) ? b[0] : b;
  return sortCompare(x, y);
}

/** A stable key for a value in maps and sets (numbers and texts never collide). */
export function valueKey(v: Scalar): string {
  return typeof v === "number" ? `n${v}` : `s${v}`;
}

/** A regular expression that matches like a Splunk `*` wildcard (anchored, every other character literal). */
export function wildcardRegExp(pattern: string, flags = "i"): RegExp {
  const body = pattern
    .split("*")
    .map((part) => part.replace(/[\\^$.|?+()[\]{}]/g, "\\$&"))
    .join("[\\s\\S]*");
  return new RegExp(`^${body}$`, flags);
}

/** A regular expression for SQL LIKE (`%` any run, `_` one character), anchored and case-sensitive. */
export function likeRegExp(pattern: string): RegExp {
  let body = "";
  for (const ch of pattern) {
    if (ch === "%") body += "[\\s\\S]*";
    else if (ch === "_") body += "[\\s\\S]";
    else body += ch.replace(/[\\^$.|?*+()[\]{}]/g, "\\$&");
  }
  return new RegExp(`^${body}$`, "s");
}
