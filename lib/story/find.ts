/**
 * One evidence query of a story step, run: its chips as index clauses (a
 * chip on a field the data lacks matches nothing, or everything when
 * negated), its time and hours, and its SPL search through lib/search.
 */
import { filterRows } from "../index/filter";
import type { EventTable } from "../index/table";
import type { FilterClause, QuerySpec } from "../index/types";
import { runSearch } from "../search/run";
import type { RunContext } from "../search/run-context";
import type { EvidenceFind, StoryChip, TimeSpec } from "./schema";
import { describeTime, resolveTime } from "./time-spec";

export const EMPTY = new Uint32Array(0);

/** Clauses of chips; a chip on a field the data lacks matches nothing (or, negated, everything). */
function clausesOf(t: EventTable, chips: readonly StoryChip[]): { clauses: FilterClause[]; missing: string | null } {
  const clauses: FilterClause[] = [];
  for (const c of chips) {
    if (!t.hasField(c.field)) {
      if (c.negate || c.value === "") continue;
      return { clauses, missing: c.field };
    }
    clauses.push(c.negate ? { field: c.field, values: [c.value], negate: true } : { field: c.field, values: [c.value] });
  }
  return { clauses, missing: null };
}

/** The rows of one evidence query, or the problem that kept it from running. */
export async function findRows(ctx: RunContext, firstDay: number | null, find: EvidenceFind, stepTime: TimeSpec): Promise<{ rows: Uint32Array; problem: string | null }> {
  const t = ctx.table;
  const timeSpec = find.time ?? (stepTime.kind === "evidence" ? undefined : stepTime);
  const { clauses, missing } = clausesOf(t, find.chips);
  if (missing !== null) return { rows: EMPTY, problem: `no field "${missing}" in this dataset, so nothing matches "${find.label}"` };
  const spec: QuerySpec = {};
  if (clauses.length) spec.clauses = clauses;
  if (timeSpec) {
    const range = resolveTime(timeSpec, firstDay);
    if (range) spec.timeRange = range;
    else if (timeSpec.kind !== "all") return { rows: EMPTY, problem: null };
  }
  if (find.hours) spec.hourRange = find.hours;
  if (find.spl) {
    const r = await runSearch(find.spl, ctx);
    if (r.kind === "error") return { rows: EMPTY, problem: `the search for "${find.label}" failed: ${r.error.message}` };
    if (r.kind !== "events") return { rows: EMPTY, problem: `the search for "${find.label}" must list events (no stats, timechart or table command)` };
    spec.rows = r.rowIds.slice().sort();
  }
  try {
    return { rows: spec.rows?.length === 0 ? EMPTY : filterRows(t, spec), problem: null };
  } catch (e) {
    return { rows: EMPTY, problem: `"${find.label}": ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** The problem of a query that found too few or too many rows, if any. */
export function countProblem(find: EvidenceFind, count: number, stepTime: TimeSpec): string | null {
  const when = describeTime(find.time ?? stepTime);
  if (count < find.min) return find.missing ?? (count === 0 ? `no ${find.label}${when} in this dataset` : `only ${count} ${find.label}${when} (expected at least ${find.min})`);
  if (find.max !== undefined && count > find.max) return `${count} ${find.label}${when} (expected at most ${find.max})`;
  return null;
}

/** Sorted union of ascending row lists. */
export function union(lists: Uint32Array[]): Uint32Array {
  const nonEmpty = lists.filter((l) => l.length > 0);
  if (nonEmpty.length <= 1) return nonEmpty[0] ?? EMPTY;
  const all = new Uint32Array(nonEmpty.reduce((n, l) => n + l.length, 0));
  let at = 0;
  for (const l of nonEmpty) {
    all.set(l, at);
    at += l.length;
  }
  all.sort();
  let k = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[k++] = all[i];
  return all.slice(0, k);
}

