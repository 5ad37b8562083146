/**
 * The data a pipeline passes between commands: a frame of n rows held as
 * columns, never as row objects. An event frame (before a transforming
 * command) maps each position to an index row and reads index columns in
 * place (dictionary codes, typed arrays); computed columns are per position.
 * Code 0 of a coded column is always null (absent).
 */
import type { Span } from "./ast";
import type { Value } from "./values";

/** Dictionary-coded values: value = dict[map ? map[codes[x]] : codes[x]], x = index row (byRow) or position. */
export interface CodedCol {
  kind: "coded";
  codes: ArrayLike<number>;
  byRow: boolean;
  map: Int32Array | null;
  /** dict[0] is ignored (code 0 = null); after a map, entries are distinct. */
  dict: readonly Value[];
}

/** Numbers (NaN = null) divided by `div` when read (times are stored in ms and read as epoch seconds). */
export interface NumCol {
  kind: "num";
  values: Float64Array;
  byRow: boolean;
  div: number;
  /** Epoch times in ms (before `div`): what timechart and bin bucket. */
  time?: boolean;
}

/** Any values, one per position. */
export interface ValsCol {
  kind: "vals";
  values: Value[];
}

/** A value computed from the index row (e.g. eventID). */
export interface RowFnCol {
  kind: "rowfn";
  get: (row: number) => Value;
}

/** A path into the raw records, read before a command needs it (see raw-columns.ts). */
export interface RawCol {
  kind: "raw";
  path: string;
}

export type Column = CodedCol | NumCol | ValsCol | RowFnCol | RawCol;

/** Field resolution for event frames, given by the run (index columns, raw paths). */
export interface FieldSource {
  /** The column of a field as the index or the raw records hold it; null when the name is unknown. */
  resolve(name: string): Column | null;
  /** Indexed field names, for wildcards such as `table user*`. */
  names(): string[];
}

export interface Frame {
  n: number;
  /** Index row of each position (event frames); null for result tables. */
  rows: Uint32Array | null;
  cols: Map<string, Column>;
  /** Column order of a result table; for event frames, the columns chosen by `fields`/`table` (null = the default set). */
  names: string[] | null;
  /** Event frames: where other field names resolve, and names removed by rename/fields. */
  source: FieldSource | null;
  removed: Set<string>;
  /** Event frames after `fields a, b`: only the columns in `cols` exist. */
  only: boolean;
  /** Positions are in the order results are shown (event frames start in index order; see frame-order.ts). */
  ordered: boolean;
  /** What the frame is shown as. */
  kind: "events" | "table" | "timechart";
  /** A timechart's bucket span in ms (fixed spans only). */
  spanMs?: number;
}

/** A result table frame from columns. */
export function tableFrame(n: number, names: string[], cols: Map<string, Column>, kind: "table" | "timechart" = "table"): Frame {
  return { n, rows: null, cols, names, source: null, removed: new Set(), only: true, ordered: true, kind };
}

/** An event frame over index rows (ascending), resolving fields through `source`. */
export function eventFrame(rows: Uint32Array, source: FieldSource): Frame {
  return { n: rows.length, rows, cols: new Map(), names: null, source, removed: new Set(), only: false, ordered: false, kind: "events" };
}

/** The column of a name: computed columns first, then (event frames) the index or raw records; null when absent. */
export function columnOf(frame: Frame, name: string): Column | null {
  const c = frame.cols.get(name);
  if (c) return c;
  if (!frame.source || frame.only || frame.removed.has(name)) return null;
  return frame.source.resolve(name);
}

/** Reads one position's value of a column. Raw columns must have been materialised first. */
export function readerOf(frame: Frame, col: Column | null): (i: number) => Value {
  if (col === null) return () => null;
  const rows = frame.rows;
  switch (col.kind) {
    case "coded": {
      const { codes, map, dict } = col;
      if (col.byRow) {
        const r = rows as Uint32Array;
        if (map) return (i) => {
          const c = map[codes[r[i]]];
          return c === 0 ? null : dict[c];
        };
        return (i) => {
          const c = codes[r[i]];
          return c === 0 ? null : dict[c];
        };
      }
      if (map) return (i) => {
        const c = map[codes[i]];
        return c === 0 ? null : dict[c];
      };
      return (i) => {
        const c = codes[i];
        return c === 0 ? null : dict[c];
      };
    }
    case "num": {
      const { values, div } = col;
      if (col.byRow) {
        const r = rows as Uint32Array;
        return (i) => {
          const v = values[r[i]];
          return v === v ? v / div : null;
        };
      }
      return (i) => {
        const v = values[i];
        return v === v ? v / div : null;
      };
    }
    case "vals": {
      const values = col.values;
      return (i) => values[i];
    }
    case "rowfn": {
      const r = rows as Uint32Array;
      const get = col.get;
      return (i) => get(r[i]);
    }
    case "raw":
      throw new Error(`internal: raw field "${col.path}" was not read before use`);
  }
}

/** Reads a named column (null reader when absent). */
export function reader(frame: Frame, name: string): (i: number) => Value {
  return readerOf(frame, columnOf(frame, name));
}

/** Effective code of every position of a coded column. */
export function positionCodes(frame: Frame, col: CodedCol): Int32Array {
  const out = new Int32Array(frame.n);
  const { codes, map } = col;
  if (col.byRow) {
    const r = frame.rows as Uint32Array;
    if (map) for (let i = 0; i < out.length; i++) out[i] = map[codes[r[i]]];
    else for (let i = 0; i < out.length; i++) out[i] = codes[r[i]];
  } else if (map) for (let i = 0; i < out.length; i++) out[i] = map[codes[i]];
  else for (let i = 0; i < out.length; i++) out[i] = codes[i];
  return out;
}

/** Number of codes of a coded column (after its map). */
export function codedCard(col: CodedCol): number {
  return col.dict.length;
}

/** Keeps the given positions (ascending or any order): index-backed columns stay as they are, per-position columns are gathered. */
export function selectPositions(frame: Frame, keep: ArrayLike<number>): Frame {
  const n = keep.length;
  const cols = new Map<string, Column>();
  for (const [name, col] of frame.cols) cols.set(name, gather(col, keep));
  let rows: Uint32Array | null = null;
  if (frame.rows) {
    rows = new Uint32Array(n);
    for (let j = 0; j < n; j++) rows[j] = frame.rows[keep[j]];
  }
  return { ...frame, n, rows, cols };
}

function gather(col: Column, keep: ArrayLike<number>): Column {
  switch (col.kind) {
    case "coded": {
      if (col.byRow) return col;
      const codes = new Int32Array(keep.length);
      for (let j = 0; j < keep.length; j++) codes[j] = col.codes[keep[j]];
      return { ...col, codes };
    }
    case "num": {
      if (col.byRow) return col;
      const values = new Float64Array(keep.length);
      for (let j = 0; j < keep.length; j++) values[j] = col.values[keep[j]];
      return { ...col, values };
    }
    case "vals":
      return { kind: "vals", values: Array.from({ length: keep.length }, (_, j) => col.values[keep[j]]) };
    case "rowfn":
    case "raw":
      return col;
  }
}

/** Positions whose flag is set, in order. */
export function positionsWhere(flags: Uint8Array): Uint32Array {
  let k = 0;
  for (let i = 0; i < flags.length; i++) k += flags[i];
  const out = new Uint32Array(k);
  k = 0;
  for (let i = 0; i < flags.length; i++) if (flags[i]) out[k++] = i;
  return out;
}

/** A reference to a field in a command, for resolution and errors. */
export interface FieldUse extends Span {
  name: string;
}
