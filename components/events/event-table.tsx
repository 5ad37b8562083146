"use client";
/**
 * The events table: every event matching the filters, sorted in the worker,
 * virtualised so only the visible rows exist in the DOM and only their
 * windows are fetched. An ARIA grid: click a value (or Enter on it) to filter
 * by it, Shift to exclude it, the time (or the row) to open the event; the
 * arrow keys move between cells, and ↑/↓ move the selection when no cell has
 * the focus.
 */
import { functionalUpdate, useTable, type SortingState } from "@tanstack/react-table";
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type MouseEvent } from "react";
import type { TimeZoneMode } from "../../lib/state/time-format";
import { formatCount } from "../../lib/state/format";
import { sameEventRef, type EventRef } from "../../lib/state/selection-slice";
import { useQuerySpec, useHasData } from "../filters/use-query-spec";
import { useEngineQuery } from "../hooks/use-engine-query";
import { usePaintMark } from "../hooks/perf-marks";
import { useAppStore } from "../state/store-provider";
import { ColumnPicker } from "./column-picker";
import { useValueAction } from "../filters/filter-value";
import { cellTooltip, cellValue, columnStyles, eventCell, eventColumns, eventTableFeatures } from "./event-columns";
import { noteCountOf, useEventNoteCounts } from "../notes/event-note-badge";
import { ExportEventsButton } from "./export-events";
import { useRowWindows } from "./use-row-windows";
import { useRowHeight, useScaledVirtualizer } from "./use-scaled-virtualizer";
import { isPending, pendingRow, type RowRef } from "./window-cache";
import { frameBudget, planRows, sameContent } from "./row-budget";
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
  const noteCounts = useEventNoteCounts();

  const params = useMemo(() => (hasData ? { spec, sort } : null), [hasData, spec, sort]);
  const selection = useEngineQuery("select", params);
  const result = selection.data;
  const total = result?.total ?? 0;
  const fetchFields = useMemo(() => [...new Set([...columns, "eventId"])], [columns]);
  const windows = useRowWindows(result, fetchFields);

  const scrollRef = useRef<HTMLDivElement>(null);
  const rowHeight = useRowHeight();
  const rowStyle = useMemo(() => ({ height: rowHeight }), [rowHeight]);
  const { items, scrollToIndex, spacerPx, shift } = useScaledVirtualizer(total, rowHeight, scrollRef, 2);
  const first = items[0]?.index ?? 0;
  const last = items.length > 0 ? items[items.length - 1]!.index + 1 : 0;
  const { request, cache, version } = windows;

  const lastFirst = useRef(0);
  useEffect(() => {
    // Two screenfuls ahead in the direction of travel as well (a wheel turn moves more than a screen), so scrolling
    // finds its rows already fetched and rarely draws a blank row. Not behind: those rows were just on screen and
    // are still in the cache, and after a jump they would be fetched for nothing (each page is garbage to collect).
    const down = first >= lastFirst.current;
    lastFirst.current = first;
    const ahead = 2 * (last - first);
    if (last > first) request(Math.max(0, down ? first : first - ahead), down ? last + ahead : last);
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

  // At most a third of the rows get new text per frame; the rest follow in the next frames (row-budget.ts). `spent` counts the
  // rows given new text since the last frame: several commits (pages of rows arriving) can land before one frame.
  const drawn = useRef<readonly RowRef[]>(NO_ROWS);
  const spent = useRef(0);
  const [tick, setTick] = useState(0);
  const span = last - first;
  const plan = useMemo(
    () => planRows(drawn.current, rows, first, span, Math.max(0, frameBudget(span) - spent.current)),
    // drawn.current and spent.current are read as the last commit left them; `tick` asks for the deferred rows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rows, span, first, tick],
  );
  const shown = plan.rows;
  useLayoutEffect(() => {
    drawn.current = plan.rows.map((s) => s.row);
    spent.current += plan.spent;
    if (spent.current === 0 && plan.deferred === 0) return;
    const id = requestAnimationFrame(() => {
      spent.current = 0;
      if (plan.deferred > 0) setTick((t) => t + 1);
    });
    return () => cancelAnimationFrame(id);
  }, [plan]);

  // Painted = the newest selection's visible rows (or its emptiness) are on screen.
  usePaintMark("table", result && !selection.loading && (total === 0 || rows.some((r) => !isPending(r))) ? specKey : null);

  // One set of handlers for every cell (see eventCell): the row from its data-index, the field from data-field.
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
    if (ev.key === "Enter" || ev.key === " ") {
      const hit = target(ev.target);
      if (!hit?.cell) return;
      ev.preventDefault();
      activate(ev, hit);
      return;
    }
    // The grid's arrow keys move between cells (the scroller's ↑/↓ move the selection when no cell has the focus).
    if (!(ev.target instanceof HTMLElement) || ev.target.getAttribute("role") !== "gridcell") return;
    const cell = ev.target;
    if (ev.key === "ArrowLeft" || ev.key === "ArrowRight") {
      const next = ev.key === "ArrowLeft" ? cell.previousElementSibling : cell.nextElementSibling;
      if (next instanceof HTMLElement) next.focus();
    } else if (ev.key === "ArrowUp" || ev.key === "ArrowDown") {
      const tr = cell.closest("tr[data-index]");
      const index = Number(tr?.getAttribute("data-index")) + (ev.key === "ArrowUp" ? -1 : 1);
      if (!tr || !(index >= 0 && index < total)) return;
      const column = Array.prototype.indexOf.call(tr.children, cell);
      const focusIn = () => {
        const row = tr.parentElement?.querySelector(`tr[data-index="${index}"]`);
        const to = row?.children[column];
        if (to instanceof HTMLElement) to.focus({ preventScroll: true });
      };
      scrollToIndex(index, { align: "auto" });
      focusIn();
      requestAnimationFrame(focusIn); // when the row was not drawn yet
    } else return;
    ev.preventDefault();
    ev.stopPropagation();
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
  const sizes = headers.map((h) => h.getSize());
  const sizesKey = sizes.join(" ");
  // One style object per column for as long as the widths stay: React then leaves every cell's style alone.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const colStyles = useMemo(() => columnStyles(sizes), [sizesKey]);
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
    scrollToIndex(next, { align: "auto" });
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
        <table role="grid" className={styles.table} aria-label="Events" aria-rowcount={total + 1} aria-readonly="true">
          <thead role="rowgroup" className={styles.thead}>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} role="row" className={styles.row} aria-rowindex={1}>
                {group.headers.map((header, k) => {
                  const dir = header.column.getIsSorted();
                  return (
                    <th key={header.id} role="columnheader" scope="col" className={styles.th} style={colStyles[k]} aria-sort={dir === "asc" ? "ascending" : dir === "desc" ? "descending" : "none"}>
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
              const { row, stale } = shown[slot] ?? { row: pendingRow(item.index), stale: false };
              // Rows are keyed by their place on screen, not by their index: scrolling, however far, updates the same
              // few dozen rows in place; building (or moving) rows costs each of their elements a full style pass.
              return (
                <EventRow
                  key={slot}
                  row={row}
                  stale={stale}
                  selected={!stale && !isPending(row) && row.index === selectedIndex}
                  notes={noteCountOf(noteCounts, cellValue(row, "eventId"))}
                  columns={columns}
                  tz={tz}
                  colStyles={colStyles}
                  rowStyle={rowStyle}
                />
              );
            })}
          </tbody>
        </table>
        {result && total === 0 && <p className={styles.emptyNote}>No events match the filters.</p>}
      </div>
    </section>
  );
}

interface EventRowProps {
  row: RowRef;
  /** Holding what it showed until its new row is drawn (hidden meanwhile). */
  stale: boolean;
  selected: boolean;
  notes: number;
  columns: readonly string[];
  tz: TimeZoneMode;
  colStyles: readonly CSSProperties[];
  rowStyle: CSSProperties;
}

const ROW_CLASS = styles.row;
const LOADING_ROW_CLASS = `${styles.row} ${styles.loadingRow}`;

/** One row of the events table; redrawn only when what it shows changes (RowRefs are rebuilt on every render). */
const EventRow = memo(
  function EventRow({ row, stale, selected, notes, columns, tz, colStyles, rowStyle }: EventRowProps) {
    const pending = isPending(row);
    return (
      <tr
        role="row"
        className={pending ? LOADING_ROW_CLASS : ROW_CLASS}
        style={rowStyle}
        data-index={row.index}
        aria-rowindex={row.index + 2}
        aria-busy={pending || undefined}
        aria-hidden={stale || undefined}
        data-stale={stale || undefined}
        aria-current={selected || undefined}
        data-selected={selected || undefined}
      >
        {columns.map((field, k) => eventCell(row, field, tz, pending, colStyles[k], notes))}
      </tr>
    );
  },
  (a, b) =>
    sameContent(a.row, b.row) &&
    a.stale === b.stale &&
    a.selected === b.selected &&
    a.notes === b.notes &&
    a.columns === b.columns &&
    a.tz === b.tz &&
    a.colStyles === b.colStyles &&
    a.rowStyle === b.rowStyle,
);
