/**
 * Frames into results: tables become rows of cells; event frames stay row
 * ids (newest first) with the columns to show.
 */
import type { EventTable } from "../index/table";
import { inEventOrder } from "./frame-order";
import { columnOf, eventFrame, readerOf, type Frame } from "./frame";
import { indexSource } from "./index-source";
import type { Cell, SearchResult } from "./result";
import { numberText, toText, type Value } from "./values";

/** The columns an event list shows by default. */
export const DEFAULT_EVENT_COLUMNS = ["_time", "eventSource", "eventName", "principal", "sourceIPAddress", "awsRegion", "errorCode"];

/** A value as a result cell (`_time` values are epoch seconds in searches and epoch ms in results). */
export function toCell(v: Value, time: boolean): Cell {
  if (v === null) return null;
  if (time) {
    const n = typeof v === "number" ? v : Number(toText(v));
    return Number.isFinite(n) ? Math.round(n * 1000) : toText(v);
  }
  if (Array.isArray(v)) return v.map((s) => (typeof s === "number" ? numberText(s) : s)).join("\n");
  return v;
}

/** Rows of cells of a frame's columns. */
export function frameRows(frame: Frame, names: string[]): Cell[][] {
  const readers = names.map((n) => readerOf(frame, columnOf(frame, n)));
  const time = names.map((n) => n === "_time");
  const rows: Cell[][] = new Array(frame.n);
  for (let i = 0; i < frame.n; i++) rows[i] = readers.map((r, k) => toCell(r(i), time[k]));
  return rows;
}

/** Cells of index rows for the given field names (the CLI prints event results with it). */
export function eventCells(t: EventTable, rowIds: Uint32Array, columns: string[]): Cell[][] {
  return frameRows(eventFrame(rowIds, indexSource(t)), columns);
}

/** The result of the final frame. */
export function toResult(frame: Frame, t: EventTable, totalEvents: number, elapsedMs: number, warnings: string[]): SearchResult {
  const extra = warnings.length ? { warnings } : {};
  if (frame.kind === "events" && frame.rows) {
    const ordered = inEventOrder(frame);
    let columns = DEFAULT_EVENT_COLUMNS;
    if (ordered.names) {
      // The UI fetches event columns from the index: fields computed by eval/rename are not there.
      const fromIndex = (n: string): boolean => {
        const col = ordered.cols.get(n);
        const computed = col !== undefined && (col.kind === "vals" || (col.kind === "coded" && col.map !== null) || (col.kind === "num" && !col.byRow));
        return (n === "_time" || t.hasField(n)) && !computed;
      };
      columns = ordered.names.filter(fromIndex);
      const hidden = ordered.names.filter((n) => !fromIndex(n));
      if (hidden.length) warnings.push(`Computed fields (${hidden.join(", ")}) are shown when the search ends with | table …`);
    }
    return { kind: "events", columns, rows: [], rowIds: (ordered.rows as Uint32Array).slice(), totalEvents, elapsedMs, ...(warnings.length ? { warnings } : {}) };
  }
  const names = frame.names ?? [];
  const rows = frameRows(frame, names);
  if (frame.kind === "timechart") return { kind: "timechart", columns: names, rows, totalEvents, elapsedMs, ...(frame.spanMs !== undefined ? { spanMs: frame.spanMs } : {}), ...extra };
  return { kind: "table", columns: names, rows, totalEvents, elapsedMs, ...extra };
}
