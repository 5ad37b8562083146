/**
 * The query surface of the in-memory index, shared by the worker engine, the
 * detections, the search planner, the CLI and the benchmark. Results are plain
 * objects and typed arrays so they can be transferred out of a worker.
 */

/** One filter clause: the row's value of `field` matches any of `values` (OR); `negate` inverts the clause. Values may contain `*` wildcards unless `exact`. */
export interface FilterClause {
  field: string;
  values: string[];
  negate?: boolean;
  /** Values are literal (a value clicked in the app): `*` is just a character. */
  exact?: boolean;
}

/** A half-open epoch-ms interval [start, end). */
export interface TimeRange {
  start: number;
  end: number;
}

/** What rows a query is over. All parts are ANDed. */
export interface QuerySpec {
  clauses?: FilterClause[];
  timeRange?: TimeRange;
  /** UTC hours [from, to); wraps midnight when from > to (e.g. 22 → 6). */
  hourRange?: { from: number; to: number };
  /** Case-insensitive substring matched against every indexed string value of the row. */
  text?: string;
  /** Restrict to these row ids (sorted ascending), e.g. a finding's evidence. */
  rows?: Uint32Array;
}

/** Counts per value (or per pair of values) of one or two fields, largest first. */
export interface GroupResult {
  fields: string[];
  /** keys[i] holds the value of each field for group i ("" = absent). */
  keys: string[][];
  counts: number[];
  /** Number of groups before `limit` was applied. */
  totalGroups: number;
}

/** A time histogram, optionally stacked by a field's top values (the rest summed as "other"). */
export interface HistogramResult {
  start: number;
  spanMs: number;
  buckets: number;
  /** Series labels; [""] (one series) when not stacked. */
  series: string[];
  /** counts[s * buckets + b] */
  counts: Uint32Array;
}

/** Sort order for a row window. */
export interface SortSpec {
  field: string;
  desc?: boolean;
}

/** Typed arrays in results are always freshly allocated (owned by the caller), so the worker can transfer them. */

/** Value of one cell as shown: strings for string fields, numbers for number/time fields (NaN = absent). */
export type CellValue = string | number;
