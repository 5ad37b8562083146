/**
 * Builds what a rule runs against from records: each record normalised into a
 * fresh EventTable, raw records served from memory. Test support only.
 */
import { normalizeRecord } from "../../cloudtrail/normalize";
import type { JsonObject } from "../../cloudtrail/types";
import { EventTable } from "../../index/table";
import { createRuleContext } from "../context";
import type { Finding } from "../finding";
import type { Rule, RuleContext } from "../rule";

/** A table and context over `records` (in the given order; duplicates by eventID are dropped as at ingest). */
export function contextOf(records: JsonObject[]): RuleContext {
  const table = new EventTable();
  const raw: JsonObject[] = [];
  records.forEach((rec, i) => {
    if (table.append(normalizeRecord(rec), { sourceId: 0, offset: i, length: 1 })) raw.push(rec);
  });
  return createRuleContext({
    table,
    readRecord: async (row) => {
      const rec = raw[row];
      if (!rec) throw new Error(`no record for row ${row}`);
      return rec;
    },
  });
}

/** Runs one rule over records. */
export async function runRule(rule: Rule, records: JsonObject[]): Promise<Finding[]> {
  return rule.run(contextOf(records));
}
