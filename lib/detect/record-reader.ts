/**
 * Reads raw records of table rows back from their files for the rules, with
 * the same batched reader the search uses (one pass per compressed file,
 * neighbouring records in one slice), shaped as the RuleContext wants it.
 */
import type { JsonObject, LeafSource } from "../cloudtrail/types";
import type { EventTable } from "../index/table";
import { createRecordReader } from "../search/record-reader";

/** Reads for `readRecord` / `readRecords` of a RuleContext. */
export interface RecordReader {
  readRecord(row: number): Promise<JsonObject>;
  readRecords(rows: number[]): Promise<Map<number, JsonObject>>;
}

/** A reader over a table whose rows point into `leafOf(sourceId)`; rows whose record no longer reads are left out. */
export function recordReader(table: EventTable, leafOf: (sourceId: number) => LeafSource): RecordReader {
  const shared = createRecordReader(table, leafOf);
  return {
    readRecord: shared.readRecord,
    readRecords: async (rows) => {
      const out = new Map<number, JsonObject>();
      if (!shared.readRecords) {
        for (const row of rows) out.set(row, await shared.readRecord(row));
        return out;
      }
      await shared.readRecords(rows, (i, rec) => out.set(rows[i], rec)).catch(() => undefined);
      return out;
    },
  };
}
