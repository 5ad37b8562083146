/**
 * What a search returns. Results are plain data (and a typed array for
 * event row ids) so they can cross the worker boundary. Cells are text,
 * numbers or null; a multivalue cell is its values joined by "\n"; the
 * `_time` column holds epoch milliseconds.
 */
import type { SearchError } from "./ast";

export type Cell = string | number | null;

interface ResultBase {
  columns: string[];
  rows: Cell[][];
  /** Events the base search matched (before the commands). */
  totalEvents: number;
  elapsedMs: number;
  warnings?: string[];
}

/** A statistics table (stats, top, rare, table, …). */
export interface TableResult extends ResultBase {
  kind: "table";
}

/** A timechart: `_time` first, then one column per series; `spanMs` is the bucket width when fixed (not for months). */
export interface TimechartResult extends ResultBase {
  kind: "timechart";
  spanMs?: number;
}

/** Events (no transforming command): index row ids newest first, to be windowed by the UI; `rows` is empty. */
export interface EventsResult extends ResultBase {
  kind: "events";
  rowIds: Uint32Array;
}

export interface ErrorResult {
  kind: "error";
  error: SearchError;
  elapsedMs: number;
}

export type SearchResult = TableResult | TimechartResult | EventsResult | ErrorResult;
