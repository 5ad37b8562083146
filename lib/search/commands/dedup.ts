/**
 * `dedup [N] f1 f2 … [keepempty=b] [consecutive=b]`: keeps the first N
 * results (newest first for events) of each combination of values; results
 * missing a field are dropped unless keepempty=true.
 */
import { SearchFailure, type FieldName } from "../ast";
import { inEventOrder } from "../frame-order";
import { reader, selectPositions } from "../frame";
import { MESSAGES } from "../messages";
import { parseBool, parseCount } from "../tokens";
import { valueKey, valuesOf } from "../values";
import { defineCommand } from "./types";

interface DedupArgs {
  count: number;
  fields: FieldName[];
  keepempty: boolean;
  consecutive: boolean;
}

export const dedup = defineCommand<DedupArgs>({
  name: "dedup",
  mode: "args",
  transforming: false,
  parse(tokens, at) {
    const a: DedupArgs = { count: 1, fields: [], keepempty: false, consecutive: false };
    if (tokens.is("word") && /^\d+$/.test(tokens.peek()!.value)) a.count = Math.max(1, parseCount(tokens.next("a count"), "dedup", "the count"));
    while (!tokens.atEnd()) {
      if (tokens.take("comma")) continue;
      if (tokens.isOption()) {
        const { key, value } = tokens.option();
        const k = key.value.toLowerCase();
        if (k === "keepempty") a.keepempty = parseBool(value, "dedup", k);
        else if (k === "consecutive") a.consecutive = parseBool(value, "dedup", k);
        else throw SearchFailure.at(key, MESSAGES.unknownOption("dedup", key.value, ["keepempty", "consecutive"]));
        continue;
      }
      a.fields.push(tokens.field());
    }
    if (a.fields.length === 0) throw SearchFailure.at(at, MESSAGES.needsFields("dedup"));
    return a;
  },
  reads: (a) => a.fields,
  run(input, a) {
    const frame = inEventOrder(input);
    const readers = a.fields.map((f) => reader(frame, f.name));
    const seen = new Map<string, number>();
    const keep: number[] = [];
    let previous: string | null = null;
    for (let i = 0; i < frame.n; i++) {
      const vals = readers.map((r) => r(i));
      if (vals.some((v) => v === null)) {
        if (a.keepempty) keep.push(i);
        continue;
      }
      const key = vals.map((v) => valuesOf(v).map(valueKey).join("\u0001")).join("\u0000");
      if (a.consecutive) {
        if (key !== previous) keep.push(i);
        previous = key;
        continue;
      }
      const c = seen.get(key) ?? 0;
      if (c < a.count) keep.push(i);
      seen.set(key, c + 1);
    }
    return selectPositions(frame, keep);
  },
});
