/**
 * What a base-search term means for one value (Splunk's search semantics):
 * - `field=value` compares case-insensitively, `*` is a wildcard (quoted or
 *   not), numeric values also match when equal as numbers (`x=1.0` matches 1),
 *   `field=*` means the field exists and `field=""` that it is absent;
 * - `field!=value`: the field exists and no value of it matches (so events
 *   without the field are excluded; `NOT field=value` keeps them);
 * - `<`, `>`, `<=`, `>=`: numerically when both sides are numbers, else as
 *   text; an absent field never satisfies them;
 * - a multivalue field matches `=` and comparisons when any value does;
 * - free text: a case-insensitive substring (or `*` pattern) of the record's
 *   JSON text or of any indexed value.
 */
import type { CompareOp } from "../ast";
import { compareScalars, isNumericText, scalarNumber, scalarText, valuesOf, wildcardRegExp, type Scalar, type Value } from "../values";

/** A test of one scalar against `=` value text. */
export function equalsTest(text: string): (s: Scalar) => boolean {
  if (text.includes("*")) {
    const re = wildcardRegExp(text);
    return (s) => re.test(scalarText(s));
  }
  const lower = text.toLowerCase();
  const num = isNumericText(text) ? Number(text) : NaN;
  if (num === num) return (s) => scalarNumber(s) === num || scalarText(s).toLowerCase() === lower;
  return (s) => scalarText(s).toLowerCase() === lower;
}

/** The test a `field <op> value` term applies to a field's value. */
export function valueTest(op: CompareOp, text: string): (v: Value) => boolean {
  switch (op) {
    case "=": {
      if (text === "") return (v) => v === null;
      const eq = equalsTest(text);
      return (v) => valuesOf(v).some(eq);
    }
    case "!=": {
      if (text === "") return (v) => v !== null;
      const eq = equalsTest(text);
      return (v) => v !== null && !valuesOf(v).some(eq);
    }
    default: {
      const sign = op;
      const test = (c: number): boolean => (sign === "<" ? c < 0 : sign === ">" ? c > 0 : sign === "<=" ? c <= 0 : c >= 0);
      return (v) => valuesOf(v).some((s) => test(compareScalars(s, text)));
    }
  }
}

/** A test of lower-cased text for a free-text term: substring, or a `*` pattern anywhere in it. */
export function textTest(term: string): (lowerText: string) => boolean {
  const needle = term.toLowerCase();
  if (!needle.includes("*")) return (s) => s.includes(needle);
  const body = needle
    .split("*")
    .map((p) => p.replace(/[\\^$.|?+()[\]{}]/g, "\\$&"))
    .join("[\\s\\S]*");
  const re = new RegExp(body);
  return (s) => re.test(s);
}
