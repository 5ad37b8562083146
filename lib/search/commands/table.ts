/**
 * `table f1, f2, …` (wildcards allowed): the results as a table with exactly
 * those columns, events newest first. Events are materialised here, at most
 * MAX_TABLE_ROWS of them (Splunk's default maxresultrows) with a warning.
 */
import { SearchFailure, type FieldName } from "../ast";
import { inEventOrder } from "../frame-order";
import { columnOf, readerOf, tableFrame, type Column } from "../frame";
import { MESSAGES } from "../messages";
import type { Value } from "../values";
import { expandNames, plainFields } from "./names";
import { defineCommand } from "./types";

export const MAX_TABLE_ROWS = 50_000;

export const table = defineCommand<{ fields: FieldName[] }>({
  name: "table",
  mode: "args",
  transforming: true,
  parse(tokens, at) {
    const fields = tokens.fieldList();
    if (fields.length === 0) throw SearchFailure.at(at, MESSAGES.needsFields("table"));
    return { fields };
  },
  reads: (a) => plainFields(a.fields),
  run(input, { fields }, env) {
    const frame = inEventOrder(input);
    const names = expandNames(frame, fields);
    let n = frame.n;
    if (frame.rows && n > MAX_TABLE_ROWS) {
      env.warn(`table shows the first ${MAX_TABLE_ROWS} of ${n} events (Splunk's default result limit)`);
      n = MAX_TABLE_ROWS;
    }
    const cols = new Map<string, Column>();
    for (const name of names) {
      const col = columnOf(frame, name);
      if (!frame.rows && col) {
        cols.set(name, col);
        continue;
      }
      const read = readerOf(frame, col);
      const values: Value[] = new Array(n);
      for (let i = 0; i < n; i++) values[i] = read(i);
      cols.set(name, { kind: "vals", values });
    }
    return { ...tableFrame(n, names, cols), kind: frame.kind === "timechart" ? "timechart" : "table", spanMs: frame.spanMs };
  },
});
