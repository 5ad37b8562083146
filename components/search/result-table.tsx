"use client";
/**
 * A search result as a table: click a header to sort (client-side, Splunk's
 * auto order: ascending, descending, the search's order), click a value of an
 * indexed field to filter by it (the shared filters), Ctrl-click to search
 * for it. Rows are virtualised, so a 50,000-row `table` stays light.
 */
import { useMemo, useRef, useState } from "react";
import type { Cell } from "../../lib/search/result";
import { formatTime, isoUtc, type TimeZoneMode } from "../../lib/state/time-format";
import type { FieldInfo } from "../../lib/worker/protocol";
import { useRowHeight, useScaledVirtualizer } from "../events/use-scaled-virtualizer";
import { FilterValue } from "../filters/filter-value";
import { truncate } from "../filters/value-text";
import { useAppStore } from "../state/store-provider";
import { filterFieldOf } from "./field-catalog";
import { nextSort, sortedOrder, type ResultSort } from "./result-sort";
import styles from "./results.module.css";

interface ResultTableProps {
  columns: readonly string[];
  rows: readonly (readonly Cell[])[];
  fields: readonly FieldInfo[];
  /** The table's accessible name. */
  label: string;
}

const CELL_MAX_CHARS = 200;
/** Rows looked at to size the columns. */
const SAMPLE_ROWS = 300;

/** Column widths in rem, from the header and a sample of the cells. */
function columnWidths(columns: readonly string[], rows: readonly (readonly Cell[])[]): number[] {
  return columns.map((c, i) => {
    if (c === "_time") return 11;
    let chars = c.length + 2;
    for (let r = 0; r < Math.min(rows.length, SAMPLE_ROWS); r++) {
      const cell = rows[r]![i];
      const text = cell === null || cell === undefined ? "" : String(cell);
      const nl = text.indexOf("\n");
      chars = Math.max(chars, nl < 0 ? text.length : nl);
    }
    return Math.min(30, Math.max(5, chars * 0.55 + 1.2));
  });
}

function isNumericColumn(rows: readonly (readonly Cell[])[], i: number): boolean {
  let seen = false;
  for (let r = 0; r < Math.min(rows.length, SAMPLE_ROWS); r++) {
    const cell = rows[r]![i];
    if (cell === null || cell === undefined) continue;
    if (typeof cell !== "number") return false;
    seen = true;
  }
  return seen;
}

function CellView({ cell, column, field, tz }: { cell: Cell | undefined; column: string; field: string | null; tz: TimeZoneMode }) {
  if (cell === null || cell === undefined || cell === "") return null;
  if (column === "_time" && typeof cell === "number") return <span title={isoUtc(cell)}>{formatTime(cell, tz)}</span>;
  if (field === null) {
    const text = String(cell);
    return <span title={text.length > CELL_MAX_CHARS ? truncate(text, 2000) : undefined}>{truncate(text.replace(/\n/g, ", "), CELL_MAX_CHARS)}</span>;
  }
  // A multivalue cell holds its values joined by "\n": each one filters on its own.
  const values = typeof cell === "string" ? cell.split("\n") : [cell];
  return (
    <span className={styles.values}>
      {values.map((v, i) => (
        <FilterValue key={i} field={field} value={v} maxChars={CELL_MAX_CHARS} />
      ))}
    </span>
  );
}

/** The sortable, virtualised result table. */
export function ResultTable({ columns, rows, fields, label }: ResultTableProps) {
  const tz = useAppStore((s) => s.timeZone);
  const [sort, setSort] = useState<ResultSort | null>(null);
  const order = useMemo(() => sortedOrder(rows, sort), [rows, sort]);
  const filterFields = useMemo(() => columns.map((c) => filterFieldOf(c, fields)), [columns, fields]);
  const numeric = useMemo(() => columns.map((c, i) => c !== "_time" && isNumericColumn(rows, i)), [columns, rows]);
  // An empty last track takes the spare width, so a right-aligned number column stays next to its neighbours.
  const template = useMemo(() => `${columnWidths(columns, rows).map((rem) => `${rem}rem`).join(" ")} minmax(0, 1fr)`, [columns, rows]);

  const scrollRef = useRef<HTMLDivElement>(null);
  const rowHeight = useRowHeight();
  const { items, spacerPx, shift } = useScaledVirtualizer(order.length, rowHeight, scrollRef);
  // Short results take their own height; long ones scroll inside the page.
  const height = `min(70vh, ${(order.length + 1) * rowHeight + 24}px)`;

  return (
    <div ref={scrollRef} className={styles.tableScroller} style={{ height }}>
      <table role="table" aria-label={label} aria-rowcount={order.length + 1} className={styles.table} style={{ ["--columns" as string]: template }}>
        <thead role="rowgroup" className={styles.thead}>
          <tr role="row" className={styles.row} aria-rowindex={1}>
            {columns.map((c, i) => {
              const dir = sort?.column === i ? (sort.desc ? "descending" : "ascending") : "none";
              return (
                <th key={i} role="columnheader" scope="col" aria-sort={dir} className={styles.th}>
                  <button type="button" className={styles.sortButton} title={`Sort by ${c}`} onClick={() => setSort((s) => nextSort(s, i))} data-numeric={numeric[i] || undefined}>
                    <span className={styles.headText}>{c}</span>
                    <span aria-hidden="true" className={styles.sortMark}>
                      {dir === "ascending" ? "▲" : dir === "descending" ? "▼" : ""}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody role="rowgroup" className={styles.tbody} style={{ height: spacerPx }}>
          {items.map((item) => {
            const row = rows[order[item.index]!]!;
            return (
              <tr
                key={item.index}
                role="row"
                aria-rowindex={item.index + 2}
                className={styles.row}
                style={{ transform: `translateY(${item.start - shift}px)`, height: rowHeight }}
              >
                {columns.map((c, i) => (
                  <td key={i} role="cell" className={styles.td} data-numeric={numeric[i] || undefined}>
                    <CellView cell={row[i]} column={c} field={filterFields[i]!} tz={tz} />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length === 0 && <p className={styles.emptyNote}>No results.</p>}
    </div>
  );
}
