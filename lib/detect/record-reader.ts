/**
 * Reads raw records of table rows back from their files for the rules. Rows
 * of a file without random access (a .gz) are collected and read in one pass
 * over the file, never one re-read per record.
 */
import { extractRecord } from "../cloudtrail/read";
import type { JsonObject, LeafSource, RecordLocation } from "../cloudtrail/types";
import type { EventTable } from "../index/table";
import { readRange } from "../cloudtrail/raw-read";

/** Reads for `readRecord` / `readRecords` of a RuleContext. */
export interface RecordReader {
  readRecord(row: number): Promise<JsonObject>;
  readRecords(rows: number[]): Promise<Map<number, JsonObject>>;
}

/** A reader over a table whose rows point into `leafOf(sourceId)`. */
export function recordReader(table: EventTable, leafOf: (sourceId: number) => LeafSource): RecordReader {
  const readRecord = async (row: number): Promise<JsonObject> => {
    const loc = table.location(row);
    const leaf = leafOf(loc.sourceId);
    return extractRecord(leaf.format, await readRange(leaf, loc.offset, loc.length));
  };
  const readRecords = async (rows: number[]): Promise<Map<number, JsonObject>> => {
    const out = new Map<number, JsonObject>();
    const byLeaf = new Map<number, { row: number; loc: RecordLocation }[]>();
    for (const row of rows) {
      const loc = table.location(row);
      let list = byLeaf.get(loc.sourceId);
      if (!list) byLeaf.set(loc.sourceId, (list = []));
      list.push({ row, loc });
    }
    for (const [sourceId, list] of byLeaf) {
      const leaf = leafOf(sourceId);
      if (leaf.slice || list.length === 1) {
        for (const { row, loc } of list) {
          const rec = await readRange(leaf, loc.offset, loc.length).then((b) => extractRecord(leaf.format, b)).catch(() => undefined);
          if (rec) out.set(row, rec);
        }
      } else await readInOnePass(leaf, list, out);
    }
    return out;
  };
  return { readRecord, readRecords };
}

/** Streams a leaf once, cutting out every wanted record (sorted by offset). */
async function readInOnePass(leaf: LeafSource, list: { row: number; loc: RecordLocation }[], out: Map<number, JsonObject>): Promise<void> {
  list.sort((a, b) => a.loc.offset - b.loc.offset);
  const reader = leaf.open().getReader();
  let pos = 0;
  let i = 0;
  let buf: Uint8Array | null = null;
  let filled = 0;
  try {
    while (i < list.length) {
      const { done, value } = await reader.read();
      if (done) break;
      const chunkEnd = pos + value.byteLength;
      // One chunk can finish a record and hold several more.
      while (i < list.length && list[i].loc.offset < chunkEnd) {
        const { loc, row } = list[i];
        if (!buf) {
          buf = new Uint8Array(loc.length);
          filled = 0;
        }
        const from = Math.max(0, loc.offset + filled - pos);
        const take = Math.min(value.byteLength - from, loc.length - filled);
        if (take > 0) {
          buf.set(value.subarray(from, from + take), filled);
          filled += take;
        }
        if (filled < loc.length) break;
        try {
          out.set(row, extractRecord(leaf.format, buf));
        } catch {
          // A record that no longer parses is simply not read.
        }
        buf = null;
        i++;
      }
      pos = chunkEnd;
    }
  } catch {
    // A stream error leaves the remaining rows unread.
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
