/**
 * `bin|bucket field [span=…] [bins=N] [AS name]`: `_time` (and other times)
 * snaps to the start of its span (UTC; calendar months for `mon`); numbers
 * become ranges such as "100-200" (span=100, or a power of ten giving at
 * most `bins` ranges). Without span or bins, times use Splunk's auto span.
 */
import { SearchFailure, type FieldName } from "../ast";
import { numbersOf } from "../aggregate/encode";
import { columnOf, type Column, type Frame } from "../frame";
import { MESSAGES } from "../messages";
import { autoSpan, bucketStart, parseSpan } from "../time-units";
import { parseCount, type Tokens } from "../tokens";
import { numberText, type Value } from "../values";
import { timesMsOf } from "./time-values";
import { defineCommand } from "./types";

interface BinArgs {
  field: FieldName;
  as: string;
  span: string | null;
  bins: number | null;
}

function numericSpan(text: string): number | null {
  const n = Number(text);
  return Number.isFinite(n) && n > 0 ? n : null;
}

const binDef = {
  mode: "args" as const,
  transforming: false,
  parse(tokens: Tokens, at: { start: number; end: number }): BinArgs {
    let field: FieldName | null = null;
    let as: string | null = null;
    let span: string | null = null;
    let bins: number | null = null;
    while (!tokens.atEnd()) {
      if (tokens.isOption()) {
        const { key, value } = tokens.option();
        const k = key.value.toLowerCase();
        if (k === "span") {
          if (!parseSpan(value.value) && numericSpan(value.value) === null) throw SearchFailure.at(value, MESSAGES.badSpan("bin", value.value));
          span = value.value;
        } else if (k === "bins") bins = Math.max(1, parseCount(value, "bin", "bins"));
        else throw SearchFailure.at(key, MESSAGES.unknownOption("bin", key.value, ["span", "bins"]));
        continue;
      }
      if (field && tokens.takeWord("as")) {
        as = tokens.field("a name after AS").name;
        continue;
      }
      if (field) throw SearchFailure.at(tokens.here(), MESSAGES.unexpectedArg("bin", tokens.peek()!.value));
      field = tokens.field();
    }
    if (!field) throw SearchFailure.at(at, MESSAGES.needsFields("bin"));
    return { field, as: as ?? field.name, span, bins };
  },
  reads: (a: BinArgs) => [a.field],
  writes: (a: BinArgs) => [a.as],
  run(frame: Frame, a: BinArgs, _env: unknown, at: { start: number; end: number }) {
    const col = columnOf(frame, a.field.name);
    const isTime = a.field.name === "_time" || (col?.kind === "num" && col.time === true);
    let out: Column;
    if (isTime) {
      const ms = col ? timesMsOf(frame, col) : new Float64Array(frame.n).fill(NaN);
      let min = Infinity;
      let max = -Infinity;
      for (const t of ms) if (t === t) (min = Math.min(min, t)), (max = Math.max(max, t));
      const spec = a.span ? parseSpan(a.span) : min <= max ? autoSpan(min, max, a.bins ?? 100) : null;
      if (!spec) throw SearchFailure.at(at, MESSAGES.badSpan("bin", a.span ?? ""));
      const values = ms.map((t) => (t === t ? bucketStart(t, spec) : NaN));
      out = { kind: "num", values, byRow: false, div: 1000, time: true };
    } else {
      const nums = numbersOf(frame, a.field.name) ?? new Float64Array(frame.n).fill(NaN);
      let span = a.span ? numericSpan(a.span) : null;
      if (a.span && span === null) throw SearchFailure.at(at, MESSAGES.badNumberSpan(a.span));
      if (span === null) {
        let min = Infinity;
        let max = -Infinity;
        for (const x of nums) if (x === x) (min = Math.min(min, x)), (max = Math.max(max, x));
        const range = max - min;
        span = range > 0 ? 10 ** Math.ceil(Math.log10(range / (a.bins ?? 100))) : 1;
        while (range > 0 && Math.floor(max / span) - Math.floor(min / span) + 1 > (a.bins ?? 100)) span *= 10;
      }
      const s = span;
      const values: Value[] = Array.from(nums, (x) => {
        if (x !== x) return null;
        const lo = Math.floor(x / s) * s;
        return `${numberText(lo)}-${numberText(lo + s)}`;
      });
      out = { kind: "vals", values };
    }
    const cols = new Map(frame.cols).set(a.as, out);
    const removed = new Set(frame.removed);
    removed.delete(a.as);
    const names = frame.names && !frame.names.includes(a.as) ? [...frame.names, a.as] : frame.names;
    return { ...frame, cols, removed, names };
  },
};

export const bin = defineCommand<BinArgs>({ name: "bin", aliases: ["bucket"], ...binDef });
