"use client";
/**
 * The events table: every event matching the filters, sorted in the worker,
 * virtualised so only the visible rows exist in the DOM and only their
 * windows are fetched. Click a value to filter by it, the time (or the row)
 * to open the event; ↑/↓ move the selection.
 */
import { functionalUpdate, useTable, type SortingState } from "@tanstack/react-table";
import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent } from "react";
import { formatCount } from "../../lib/state/format";
import { sameEventRef, type EventRef } from "../../lib/state/selection-slice";
import { useQuerySpec, useHasData } from "../filters/use-query-spec";
import { useEngineQuery } from "../hooks/use-engine-query";
import { usePaintMark } from "../hooks/perf-marks";
import { useAppStore } from "../state/store-provider";
import { ColumnPicker } from "./column-picker";
import { useValueAction } from "../filters/filter-value";
import { EventCell, cellTooltip, cellValue, eventColumns, eventTableFeatures } from "./event-columns";
import { ExportEventsButton } from "./export-events";
import { useRowWindows } from "./use-row-windows";
import { useRemPixels, useScaledVirtualizer } from "./use-scaled-virtualizer";
import { isPending, pendingRow, type RowRef } from "./window-cache";
import styles from "./events.module.css";

interface EventTableProps {
  /** Opens an event (its reference and the row it is). */
  onOpen(ref: EventRef, row: number): void;
}

const NO_ROWS: RowRef[] = [];

/** The reference a row is selected by: its eventID, else its row number. */
export function refOf(row: RowRef): EventRef {
  const id = cellValue(row, "eventId");
  return typeof id === "string" && id !== "" ? { eventId: id } : { row: row.rowId };
}

/** The virtualised events table. */
export function EventTable({ onOpen }: EventTableProps) {
  const { spec, key: specKey } = useQuerySpec();
  const hasData = useHasData();
  const sort = useAppStore((s) => s.sort);
  const setSort = useAppStore((s) => s.setSort);
  const columns = useAppStore((s) => s.columns);
  const tz = useAppStore((s) => s.timeZone);
  const selected = useAppStore((s) => s.selectedEvent);

  const params = useMemo(() => (hasData ? { spec, sort } : null), [hasData, spec, sort]);
  const selection = useEngineQuery("select", params);
  const result = selection.data;
  const total = result?.total ?? 0;
  const fetchFields = useMemo(() => [...new Set([...columns, "eventId"])], [columns]);
  const windows = useRowWindows(result, fetchFields);

  const scrollRef = useRef<HTMLDivElement>(null);
  const rowHeight = useRemPixels(2);
  const { virtualizer, spacerPx, shift } = useScaledVirtualizer(total, rowHeight, scrollRef, 2);
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.length > 0 ? items[items.length - 1]!.index + 1 : 0;
  const { request, cache, version } = windows;

  useEffect(() => {
    // Two screenfuls either side as well (a wheel turn moves more than a screen), so scrolling finds its rows
    // already fetched and rarely draws a placeholder: a row that turns placeholder and back rebuilds all its cells.
    const ahead = 2 * (last - first);
    if (last > first) request(Math.max(0, first - ahead), last + ahead);
  }, [first, last, request]);

  // A new result starts at the top: the old scroll position means nothing in another order.
  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [result]);

  const open = useCallback((row: RowRef) => onOpen(refOf(row), row.rowId), [onOpen]);
  const act = useValueAction();
  const columnDefs = useMemo(() => eventColumns(columns), [columns]);
  const rows = useMemo(() => {
    const out: RowRef[] = [];
    for (let i = first; i < last; i++) out.push(cache?.row(i) ?? pendingRow(i));
    return out;
    // `version` changes when pages arrive.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cache, first, last, version]);

  // Painted = the newest selection's visible rows (or its emptiness) are on screen.
  usePaintMark("table", result && !selection.loading && (total === 0 || rows.some((r) => !isPending(r))) ? specKey : null);

  // One set of handlers for every cell (see EventCell): the row from its data-index, the field from data-field.
  const target = (el: EventTarget): { row: RowRef; cell: HTMLElement | null } | null => {
    if (!(el instanceof Element)) return null;
    const tr = el.closest("tr[data-index]");
    const row = tr ? cache?.row(Number(tr.getAttribute("data-index"))) : undefined;
    return row ? { row, cell: el.closest<HTMLElement>("[data-field]") } : null;
  };
  const activate = (ev: MouseEvent | KeyboardEvent, hit: { row: RowRef; cell: HTMLElement | null }) => {
    const field = hit.cell?.dataset.field;
    if (field === undefined || hit.cell?.dataset.open !== undefined) open(hit.row);
    else act(field, cellValue(hit.row, field), ev);
  };
  const onBodyClick = (ev: MouseEvent) => {
    const hit = target(ev.target);
    if (hit) activate(ev, hit);
  };
  const onBodyKeyDown = (ev: KeyboardEvent) => {
    if (ev.key !== "Enter" && ev.key !== " ") return;
    const hit = target(ev.target);
    if (!hit?.cell) return;
    ev.preventDefault();
    activate(ev, hit);
  };
  // Tooltips are set on hover, not on render: a title change restyles its element on every scroll frame.
  const onBodyMouseOver = (ev: MouseEvent) => {
    const hit = target(ev.target);
    if (hit?.cell?.dataset.field !== undefined) hit.cell.title = cellTooltip(hit.row, hit.cell.dataset.field);
  };

  const sorting = useMemo<SortingState>(() => [{ id: sort.field, desc: sort.desc === true }], [sort]);
  const table = useTable({
    features: eventTableFeatures,
    columns: columnDefs,
    // The header only: the body is drawn from the window cache below, not through the table's row model.
    data: NO_ROWS,
    getRowId: (r) => String(r.index),
    manualSorting: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    state: { sorting },
    onSortingChange: (updater) => {
      const next = functionalUpdate(updater, sorting)[0];
      if (next) setSort({ field: next.id, desc: next.desc });
    },
  });
  const headers = table.getFlatHeaders();
  const template = headers.map((h, i) => (i === headers.length - 1 ? `minmax(${h.getSize() / 16}rem, 1fr)` : `${h.getSize() / 16}rem`)).join(" ");
  const selectedIndex = items.find((it) => {
    const r = cache?.row(it.index);
    return r !== undefined && sameEventRef(refOf(r), selected);
  })?.index;

  const onKeyDown = (ev: KeyboardEvent) => {
    if ((ev.key !== "ArrowDown" && ev.key !== "ArrowUp") || selectedIndex === undefined) return;
    const next = selectedIndex + (ev.key === "ArrowDown" ? 1 : -1);
    const row = cache?.row(next);
    if (!row) return;
    ev.preventDefault();
    open(row);
    virtualizer.scrollToIndex(next, { align: "auto" });
  };

  return (
    <section aria-label="Events" className={styles.panel}>
      <div className={styles.toolbar}>
        <h2 className={styles.title}>Events</h2>
        <span className={styles.muted} aria-live="polite">
          {result ? `${formatCount(total)} events` : selection.loading ? "Loading…" : ""}
        </span>
        <ColumnPicker />
        <ExportEventsButton result={result} fields={columns} />
      </div>
      {(selection.error || windows.error) && (
        <p role="alert" className={styles.error}>
          {selection.error ?? windows.error}
        </p>
      )}
      <div ref={scrollRef} className={styles.scroller} onKeyDown={onKeyDown} aria-busy={selection.loading}>
        <table role="table" className={styles.table} aria-label="Events" aria-rowcount={total + 1} style={{ ["--columns" as string]: template }}>
          <thead role="rowgroup" className={styles.thead}>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} role="row" className={styles.row} aria-rowindex={1}>
                {group.headers.map((header) => {
                  const dir = header.column.getIsSorted();
                  return (
                    <th key={header.id} role="columnheader" scope="col" className={styles.th} aria-sort={dir === "asc" ? "ascending" : dir === "desc" ? "descending" : "none"}>
                      <button type="button" className={styles.sortButton} onClick={header.column.getToggleSortingHandler()} title={`Sort by ${header.column.id}`}>
                        <table.FlexRender header={header} />
                        <span aria-hidden="true" className={styles.sortMark}>
                          {dir === "asc" ? "▲" : dir === "desc" ? "▼" : ""}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          {/* The body is as tall as all rows; the drawn rows sit in its flow below a padding as tall as the rows above
              them. Scrolling changes that one padding and the rows' text: a per-row transform would restyle every row
              (and each of its cells) on every frame. */}
          <tbody
            role="rowgroup"
            className={styles.tbody}
            style={{ height: spacerPx, paddingTop: Math.max(0, (items[0]?.start ?? 0) - shift) }}
            onClick={onBodyClick}
            onKeyDown={onBodyKeyDown}
            onMouseOver={onBodyMouseOver}
          >
            {items.map((item, slot) => {
              const row = rows[item.index - first] ?? pendingRow(item.index);
              const pending = isPending(row);
              const isSelected = !pending && item.index === selectedIndex;
              // Rows are keyed by their place on screen, not by their index: scrolling, however far, updates the same
              // few dozen rows in place; building (or moving) rows costs each of their elements a full style pass.
              return (
                <tr
                  key={slot}
                  role="row"
                  className={pending ? `${styles.row} ${styles.placeholder}` : styles.row}
                  style={{ height: rowHeight }}
                  data-index={item.index}
                  aria-rowindex={item.index + 2}
                  aria-busy={pending || undefined}
                  aria-current={isSelected || undefined}
                  data-selected={isSelected || undefined}
                >
                  {columns.map((field) => (
                    <td key={field} role="cell" className={styles.td}>
                      <EventCell row={row} field={field} tz={tz} pending={pending} />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
        {result && total === 0 && <p className={styles.emptyNote}>No events match the filters.</p>}
      </div>
    </section>
  );
}
