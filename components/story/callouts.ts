/**
 * Where a step's annotations go: one callout per evidence query (at its
 * first event, on the timeline bar that holds it), the rows to highlight in
 * the evidence table, and the hour × day cells to outline in the heatmap.
 * Pure, so the drawing components stay thin and this is unit-tested.
 */
import type { ResolvedStep } from "../../lib/story/resolve";

export interface Callout {
  /** 1-based, as the marker and the table show it. */
  n: number;
  label: string;
  time: number;
  count: number;
  eventId: string;
  row: number;
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** One callout per evidence part that found something, in time order. */
export function calloutsOf(step: ResolvedStep): Callout[] {
  const sample = new Map(step.evidence.sample.map((r) => [r.row, r]));
  const out: Omit<Callout, "n">[] = [];
  for (const p of step.evidence.parts) {
    if (p.firstRow === null || p.span === null) continue;
    out.push({ label: p.label, time: sample.get(p.firstRow)?.time ?? p.span.start, count: p.count, eventId: p.firstEventId, row: p.firstRow });
  }
  return out.sort((a, b) => a.time - b.time).map((c, i) => ({ ...c, n: i + 1 }));
}

/** The start of the bar holding `time` on a histogram of buckets `spanMs` wide from `first`, or null outside it. */
export function barOf(time: number, first: number, spanMs: number, buckets: number): number | null {
  if (!(spanMs > 0)) return null;
  const i = Math.floor((time - first) / spanMs);
  return i >= 0 && i < buckets ? first + i * spanMs : null;
}

/** "dayStart:hour" keys of the cells the step's evidence falls in (from its materialised rows; within its hours band when it has one). */
export function evidenceCells(step: ResolvedStep): Set<string> {
  const cells = new Set<string>();
  const hours = step.evidence.hours;
  for (const r of step.evidence.sample) {
    const day = Math.floor(r.time / DAY_MS) * DAY_MS;
    const hour = Math.floor((r.time - day) / HOUR_MS);
    if (hours && !inHours(hour, hours)) continue;
    cells.add(cellKey(day, hour));
  }
  return cells;
}

/** The key of one heatmap cell (a one-day row). */
export function cellKey(dayStart: number, hour: number): string {
  return `${dayStart}:${hour}`;
}

/** True when `hour` is in [from, to), wrapping midnight when from > to. */
export function inHours(hour: number, h: { from: number; to: number }): boolean {
  return h.from < h.to ? hour >= h.from && hour < h.to : hour >= h.from || hour < h.to;
}

/** Row ids of the callouts, to highlight in the evidence table. */
export function calloutRows(callouts: readonly Callout[]): Map<number, number> {
  return new Map(callouts.map((c) => [c.row, c.n]));
}
