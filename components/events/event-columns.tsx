"use client";
/**
 * Columns of the events table: TanStack Table v9 definitions for the header
 * (labels, widths, sorting) and the cells of the body, clickable values.
 * Rows are RowRefs into the window cache: no row objects are copied.
 */
import { columnSizingFeature, createColumnHelper, rowSortingFeature, tableFeatures, type ColumnDef } from "@tanstack/react-table";
import type { CellValue } from "../../lib/index/types";
import { fieldLabel } from "../../lib/state/field-names";
import { formatTime, isoUtc, type TimeZoneMode } from "../../lib/state/time-format";
import { valueTooltip } from "../filters/filter-value";
import { displayValue, filterValueOf } from "../filters/value-text";
import filterStyles from "../filters/filters.module.css";
import { EventNoteBadge } from "../notes/event-note-badge";
import type { RowRef } from "./window-cache";
import styles from "./events.module.css";

/** The table's features: server-side (worker) sorting and column sizes. */
export const eventTableFeatures = tableFeatures({ rowSortingFeature, columnSizingFeature });
export type EventTableFeatures = typeof eventTableFeatures;

const helper = createColumnHelper<EventTableFeatures, RowRef>();

/** Default widths (px at a 16 px rem; drawn in rem so they scale with the screen). */
const WIDTHS: Readonly<Record<string, number>> = {
  time: 168,
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

/** Column definitions for the shown fields: headers, widths and sorting (the body's cells are drawn by `EventCell`). */
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

/**
 * One cell of the events table, as plain text with the button role: the time opens the event (`data-open`), any
 * other value filters by it. The table handles their clicks, keys and tooltips for all cells at once (event-table.tsx):
 * a frame of scrolling redraws a few hundred cells, and per-cell handlers, hooks or native buttons each cost time
 * in every one of those frames. A row still loading draws the same cells, blank, so nothing is rebuilt when it arrives.
 */
export function EventCell({ row, field, tz, pending }: { row: RowRef; field: string; tz: TimeZoneMode; pending: boolean }) {
  const tabIndex = pending ? -1 : 0;
  if (field === "time") {
    const value = cellValue(row, field);
    return (
      <span role="button" tabIndex={tabIndex} className={styles.open} data-field={field} data-open="">
        {pending ? "" : formatTime(typeof value === "number" ? value : Number.NaN, tz)}
        <EventNoteBadge eventId={cellValue(row, "eventId")} />
      </span>
    );
  }
  const value = cellValue(row, field);
  const empty = !pending && filterValueOf(value) === "";
  return (
    <span role="button" tabIndex={tabIndex} className={empty ? `${filterStyles.value} ${filterStyles.valueEmpty}` : filterStyles.value} data-field={field}>
      {pending ? "" : displayValue(value, field, CELL_MAX_CHARS)}
    </span>
  );
}

/** The tooltip of a cell (set on hover): the time in UTC, or the value and what a click does. */
export function cellTooltip(row: RowRef, field: string): string {
  const value = cellValue(row, field);
  if (field !== "time") return valueTooltip(field, filterValueOf(value));
  return typeof value === "number" && Number.isFinite(value) ? `${isoUtc(value)} · open details` : "Open details";
}
