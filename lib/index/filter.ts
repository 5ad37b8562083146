/**
 * The row-selection entry points of the index: which rows a QuerySpec
 * matches, and how many.
 */
import { execute, plan, select, selectionToRows } from "./select";
import type { EventTable } from "./table";
import type { QuerySpec } from "./types";

/** Ascending ids of the rows matching `spec` (an array of its own, safe to transfer). */
export function filterRows(t: EventTable, spec: QuerySpec): Uint32Array {
  return selectionToRows(select(t, spec));
}

/** Number of rows matching `spec`. */
export function countRows(t: EventTable, spec: QuerySpec): number {
  const p = plan(t, spec);
  if (p.empty) return 0;
  // One value test over whole ranges: its per-code counts are the answer.
  if (p.preds.length === 0) return p.rangeCount;
  if (p.preds.length === 1 && p.preds[0].kind === "code" && p.rangeCount === t.size) return p.preds[0].est;
  return execute(t, p).count;
}
