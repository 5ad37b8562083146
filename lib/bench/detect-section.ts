/**
 * Benchmark section: every detection rule over a loaded table, timed as one
 * run (detections run once after each load, so the cold figure is the one
 * users feel).
 */
import { extractRecord } from "../cloudtrail/read";
import type { ByteSource } from "../cloudtrail/source";
import type { JsonObject } from "../cloudtrail/types";
import { createRuleContext } from "../detect/context";
import { runDetections } from "../detect/run";
import type { EventTable } from "../index/table";

/** Runs all detections on `table` once; ms is wall time, findings how many were reported. */
export async function benchDetect(table: EventTable, readRecord: (row: number) => Promise<JsonObject>): Promise<{ ms: number; findings: number }> {
  const ctx = createRuleContext({ table, readRecord });
  const t0 = performance.now();
  const findings = await runDetections(ctx);
  return { ms: Math.round((performance.now() - t0) * 10) / 10, findings: findings.length };
}

/** A readRecord for a table loaded from one uncompressed file (the benchmark's JSON-lines file), by slicing it. */
export function sliceRecordReader(table: EventTable, src: ByteSource, format: string): (row: number) => Promise<JsonObject> {
  return async (row) => {
    if (!src.slice) throw new Error(`${src.path} cannot be read at an offset`);
    const loc = table.location(row);
    return extractRecord(format, await src.slice(loc.offset, loc.offset + loc.length));
  };
}
