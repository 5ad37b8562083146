/**
 * `stats fn(field) [AS name], … [by field, …]`: one row per combination of
 * the by-fields (events lacking one are left out, as in Splunk), rows in
 * ascending order of the by-fields, by-fields first then the aggregates.
 */
import { SearchFailure, type FieldName } from "../ast";
import { aggFields, computeAgg, parseAggs, type AggSpec } from "../aggregate/aggs";
import { groupBy, sortedGroups } from "../aggregate/groups";
import { tableFrame, type Column } from "../frame";
import { MESSAGES } from "../messages";
import type { Value } from "../values";
import { defineCommand } from "./types";

export interface StatsArgs {
  aggs: AggSpec[];
  by: FieldName[];
}

export const stats = defineCommand<StatsArgs>({
  name: "stats",
  mode: "args",
  transforming: true,
  parse(tokens) {
    const aggs = parseAggs(tokens, "stats", ["by"]);
    let by: FieldName[] = [];
    const kw = tokens.takeWord("by");
    if (kw) {
      by = tokens.fieldList();
      if (by.length === 0) throw SearchFailure.at(kw, MESSAGES.needsFields("stats by"));
    }
    tokens.done();
    return { aggs, by };
  },
  reads: (a) => [...aggFields(a.aggs), ...a.by],
  run(frame, { aggs, by }) {
    const byNames = by.map((b) => b.name);
    const groups = groupBy(frame, byNames);
    const order = byNames.length ? sortedGroups(groups) : [0];
    const names: string[] = [];
    const cols = new Map<string, Column>();
    const put = (name: string, values: Value[]): void => {
      if (!cols.has(name)) names.push(name);
      cols.set(name, { kind: "vals", values });
    };
    byNames.forEach((name, f) => put(name, order.map((g) => groups.keys[g][f])));
    for (const agg of aggs) {
      const values = computeAgg(frame, groups, agg);
      put(agg.as, order.map((g) => values[g]));
    }
    return tableFrame(order.length, names, cols);
  },
});
