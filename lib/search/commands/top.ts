/**
 * `top [N] [limit=N] [countfield=…] [percentfield=…] [showcount=b]
 * [showperc=b] [useother=b] [otherstr=…] f1 [f2…] [by g…]` and `rare …`:
 * the most (least) common value combinations with their count and their
 * percentage of the events that have the fields, per by-group. Default 10.
 */
import { SearchFailure, type FieldName } from "../ast";
import { groupBy, sortedGroups } from "../aggregate/groups";
import { tableFrame, type Column } from "../frame";
import { MESSAGES } from "../messages";
import { parseBool, parseCount, type Tokens } from "../tokens";
import { sortCompare, valueKey, type Scalar, type Value } from "../values";
import { defineCommand, type AnyCommand } from "./types";

interface TopArgs {
  limit: number;
  fields: FieldName[];
  by: FieldName[];
  countfield: string;
  percentfield: string;
  showcount: boolean;
  showperc: boolean;
  useother: boolean;
  otherstr: string;
}

const OPTIONS = ["limit", "countfield", "percentfield", "showcount", "showperc", "useother", "otherstr"];

function parseTop(tokens: Tokens, command: string, at: { start: number; end: number }): TopArgs {
  const a: TopArgs = { limit: 10, fields: [], by: [], countfield: "count", percentfield: "percent", showcount: true, showperc: true, useother: false, otherstr: "OTHER" };
  if (tokens.is("word") && /^\d+$/.test(tokens.peek()!.value)) a.limit = parseCount(tokens.next("a count"), command, "the count");
  let inBy = false;
  while (!tokens.atEnd()) {
    if (tokens.take("comma")) continue;
    if (tokens.isOption()) {
      const { key, value } = tokens.option();
      const k = key.value.toLowerCase();
      if (k === "limit") a.limit = parseCount(value, command, "limit");
      else if (k === "countfield") a.countfield = value.value;
      else if (k === "percentfield") a.percentfield = value.value;
      else if (k === "showcount") a.showcount = parseBool(value, command, k);
      else if (k === "showperc") a.showperc = parseBool(value, command, k);
      else if (k === "useother") a.useother = parseBool(value, command, k);
      else if (k === "otherstr") a.otherstr = value.value;
      else throw SearchFailure.at(key, MESSAGES.unknownOption(command, key.value, OPTIONS));
      continue;
    }
    const kw = tokens.takeWord("by");
    if (kw) {
      inBy = true;
      if (tokens.atEnd()) throw SearchFailure.at(kw, MESSAGES.needsFields(`${command} by`));
      continue;
    }
    (inBy ? a.by : a.fields).push(tokens.field());
  }
  if (a.fields.length === 0) throw SearchFailure.at(at, MESSAGES.needsFields(command));
  return a;
}

function makeTop(name: "top" | "rare"): AnyCommand {
  return defineCommand<TopArgs>({
    name,
    mode: "args",
    transforming: true,
    parse: (tokens, at) => parseTop(tokens, name, at),
    reads: (a) => [...a.fields, ...a.by],
    run(frame, a) {
      const byNames = a.by.map((f) => f.name);
      const names = [...byNames, ...a.fields.map((f) => f.name)];
      const groups = groupBy(frame, names);
      const counts = new Float64Array(groups.count);
      for (const g of groups.gid) if (g >= 0) counts[g]++;
      // Partition the value groups by their by-field values, in by-field order.
      const parts = new Map<string, number[]>();
      for (const g of sortedGroups(groups)) {
        const key = groups.keys[g].slice(0, byNames.length).map((v) => valueKey(v as Scalar)).join("\u0000");
        const list = parts.get(key);
        if (list) list.push(g);
        else parts.set(key, [g]);
      }
      const rows: Value[][] = [];
      for (const list of parts.values()) {
        const total = list.reduce((s, g) => s + counts[g], 0);
        const ordered = list.slice().sort((x, y) => (name === "top" ? counts[y] - counts[x] : counts[x] - counts[y]) || compareKeys(groups.keys[x], groups.keys[y]));
        const shown = a.limit > 0 ? ordered.slice(0, a.limit) : ordered;
        const pct = (c: number): number => Math.round((c / total) * 100 * 1e6) / 1e6;
        for (const g of shown) rows.push([...groups.keys[g], counts[g], pct(counts[g])]);
        if (a.useother && shown.length < ordered.length) {
          const rest = ordered.slice(shown.length).reduce((s, g) => s + counts[g], 0);
          const key = groups.keys[list[0]].slice(0, byNames.length);
          rows.push([...key, a.otherstr, ...new Array<Value>(a.fields.length - 1).fill(null), rest, pct(rest)]);
        }
      }
      const out = [...names];
      const cols = new Map<string, Column>();
      names.forEach((nm, f) => cols.set(nm, { kind: "vals", values: rows.map((r) => r[f]) }));
      if (a.showcount) {
        out.push(a.countfield);
        cols.set(a.countfield, { kind: "vals", values: rows.map((r) => r[names.length]) });
      }
      if (a.showperc) {
        out.push(a.percentfield);
        cols.set(a.percentfield, { kind: "vals", values: rows.map((r) => r[names.length + 1]) });
      }
      return tableFrame(rows.length, out, cols);
    },
  });
}

function compareKeys(a: Value[], b: Value[]): number {
  for (let i = 0; i < a.length; i++) {
    const c = sortCompare(a[i] as Scalar, b[i] as Scalar);
    if (c !== 0) return c;
  }
  return 0;
}

export const top = makeTop("top");
export const rare = makeTop("rare");
