"use client";
/**
 * Column definitions of the events table (TanStack Table v9): one column per
 * field, cells as clickable filter values, the time cell opens the event.
 * Rows are RowRefs into the window cache: no row objects are copied.
 */
import { columnSizingFeature, createColumnHelper, rowSortingFeature, tableFeatures, type ColumnDef } from "@tanstack/react-table";
import type { CellValue } from "../../lib/index/types";
import { fieldLabel } from "../../lib/state/field-names";
import { formatTime, isoUtc, type TimeZoneMode } from "../../lib/state/time-format";
import { FilterValue } from "../filters/filter-value";
import { EventNoteBadge } from "../notes/event-note-badge";
import { isPending, type RowRef } from "./window-cache";
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

/** Column definitions for the shown fields. */
export function eventColumns(fields: readonly string[], tz: TimeZoneMode, onOpen: (row: RowRef) => void): EventColumn[] {
  return fields.map((field) =>
    helper.accessor((row) => cellValue(row, field), {
      id: field,
      header: fieldLabel(field),
      size: WIDTHS[field] ?? 160,
      sortDescFirst: DESC_FIRST.has(field),
      cell: (info) => {
        const value = info.getValue();
        const pending = isPending(info.row.original);
        if (field === "time") {
          const ms = typeof value === "number" ? value : Number.NaN;
          return (
            <button
              type="button"
              className={styles.open}
              tabIndex={pending ? -1 : undefined}
              onClick={(ev) => {
                ev.stopPropagation();
                if (!pending) onOpen(info.row.original);
              }}
              title={pending ? undefined : Number.isFinite(ms) ? `${isoUtc(ms)} · open details` : "Open details"}
            >
              {pending ? "" : formatTime(ms, tz)}
              <EventNoteBadge eventId={cellValue(info.row.original, "eventId")} />
            </button>
          );
        }
        return <FilterValue field={field} value={value} maxChars={CELL_MAX_CHARS} pending={pending} inline />;
      },
    }),
  );
}
