"use client";
/**
 * Columns of the events table: TanStack Table v9 definitions for the header
 * (labels, widths, sorting) and the cells of the body, clickable values.
 * Rows are RowRefs into the window cache: no row objects are copied.
 */
import { columnSizingFeature, createColumnHelper, rowSortingFeature, tableFeatures, type ColumnDef } from "@tanstack/react-table";
import type { CSSProperties } from "react";
import type { CellValue } from "../../lib/index/types";
import { fieldLabel } from "../../lib/state/field-names";
import { formatTime, isoUtc, type TimeZoneMode } from "../../lib/state/time-format";
import { valueTooltip } from "../filters/filter-value";
import { displayValue, filterValueOf } from "../filters/value-text";
import filterStyles from "../filters/filters.module.css";
import { noteMark } from "../notes/event-note-badge";
import type { RowRef } from "./window-cache";
import styles from "./events.module.css";

/** The table's features: server-side (worker) sorting and column sizes. */
export const eventTableFeatures = tableFeatures({ rowSortingFeature, columnSizingFeature });
export type EventTableFeatures = typeof eventTableFeatures;

const helper = createColumnHelper<EventTableFeatures, RowRef>();

/** Default widths (px at a 16 px rem; drawn in rem so they scale with the screen). */
const WIDTHS: Readonly<Record<string, number>> = {
  time: 184,
  eventName: 190,
  eventSource: 190,
  principal: 170,
  sourceIp: 130,
  region: 110,
  errorCode: 140,
  bucket: 220,
  objectKey: 260,
  userAgent: 260,
  hour: 70,
  readOnly: 80,
  mfa: 70,
};
/** Longest text put in a cell; the detail panel shows the whole value. */
export const CELL_MAX_CHARS = 200;

/** The value of `field` in a fetched row ("" when the field was not fetched). */
export function cellValue(row: RowRef, field: string): CellValue {
  const cols = row.page.columns;
  if (!Object.hasOwn(cols, field)) return "";
  return cols[field]?.[row.offset] ?? "";
}

/** Fields whose first click sorts descending (newest, largest first). */
const DESC_FIRST = new Set(["time", "bytesOut", "bytesIn"]);

/** A column of any value type, as TanStack's own `helper.columns` returns them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type EventColumn = ColumnDef<EventTableFeatures, RowRef, any>;

/** Column definitions for the shown fields: headers, widths and sorting (the body's cells are drawn by `eventCell`). */
export function eventColumns(fields: readonly string[]): EventColumn[] {
  return fields.map((field) =>
    helper.accessor((row) => cellValue(row, field), {
      id: field,
      header: fieldLabel(field),
      size: WIDTHS[field] ?? 160,
      sortDescFirst: DESC_FIRST.has(field),
    }),
  );
}

const TIME_CLASS = `${styles.td} ${styles.open}`;
const VALUE_CLASS = `${styles.td} ${styles.value}`;
const EMPTY_CLASS = `${styles.td} ${styles.value} ${filterStyles.valueEmpty}`;

/**
 * One cell of the events table: a grid cell whose own text is the value, with no element inside it (an element per
 * value is one more box to lay out for each of the few hundred cells a scroll frame redraws). The time opens the event
 * (`data-open`) and carries the row's note mark (`notes`: how many it has); any other value filters by it. The table
 * handles clicks, keys and tooltips for all cells at once (event-table.tsx). A row still loading draws the same cells,
 * blank, so nothing is rebuilt when it arrives. A plain function rather than a component: no fiber or hook per cell.
 */
export function eventCell(row: RowRef, field: string, tz: TimeZoneMode, pending: boolean, style: CSSProperties | undefined, notes: number) {
  const value = cellValue(row, field);
  const tabIndex = pending ? -1 : 0;
  if (field === "time") {
    return (
      <td key={field} role="gridcell" tabIndex={tabIndex} className={TIME_CLASS} style={style} data-field={field} data-open="">
        {pending ? "" : formatTime(typeof value === "number" ? value : Number.NaN, tz)}
        {noteMark(notes)}
      </td>
    );
  }
  const empty = !pending && filterValueOf(value) === "";
  return (
    <td key={field} role="gridcell" tabIndex={tabIndex} className={empty ? EMPTY_CLASS : VALUE_CLASS} style={style} data-field={field}>
      {pending ? "" : displayValue(value, field, CELL_MAX_CHARS)}
    </td>
  );
}

/** Each column's width as a cell style (the last column also takes the rest of the row), shared by header and body. */
export function columnStyles(sizes: readonly number[]): CSSProperties[] {
  return sizes.map((px, i) => (i === sizes.length - 1 ? { flex: `1 0 ${px / 16}rem` } : { flex: `0 0 ${px / 16}rem` }));
}

/** The tooltip of a cell (set on hover): the time in UTC, or the value and what a click does. */
export function cellTooltip(row: RowRef, field: string): string {
  const value = cellValue(row, field);
  if (field !== "time") return valueTooltip(field, filterValueOf(value));
  return typeof value === "number" && Number.isFinite(value) ? `${isoUtc(value)} · open details` : "Open details";
}
