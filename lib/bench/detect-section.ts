/**
 * Benchmark section: every detection rule over a loaded dataset, timed as one
 * run (detections run once after each load, so the cold figure is the one
 * users feel), with the same batched raw-record reader the engine uses.
 */
import { createRuleContext } from "../detect/context";
import { recordReader } from "../detect/record-reader";
import { runDetections } from "../detect/run";
import type { Dataset } from "../worker/dataset";

/** Runs all detections on the dataset once; ms is wall time, findings how many were reported. */
export async function benchDetect(data: Dataset): Promise<{ ms: number; findings: number }> {
  const ctx = createRuleContext({ table: data.table, ...recordReader(data.table, (id) => data.leaf(id)) });
  const t0 = performance.now();
  const findings = await runDetections(ctx);
  return { ms: Math.round((performance.now() - t0) * 10) / 10, findings: findings.length };
}
