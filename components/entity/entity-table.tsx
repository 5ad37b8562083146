"use client";
/**
 * A sortable, searchable table of engine results (principals, buckets,
 * objects, values) built with TanStack Table v9: sorting and the search run
 * over the rows the engine returned (one per entity, never per event), and
 * at most `maxRows` are drawn.
 */
import {
  columnFilteringFeature,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_includesString,
  globalFilteringFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  useTable,
  type ColumnDef,
  type RowData,
  type SortingState,
} from "@tanstack/react-table";
import { useState } from "react";
import { formatCount } from "../../lib/state/format";
import styles from "./entity-table.module.css";
import pageStyles from "./entity.module.css";

/** Features of every entity table: client sorting of the engine's rows and a text search. */
export const entityTableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  filterFns: { includesString: filterFn_includesString },
});
export type EntityTableFeatures = typeof entityTableFeatures;

/** A column of any value type. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type EntityColumn<T extends RowData> = ColumnDef<EntityTableFeatures, T, any>;

/** Rows drawn at most; the search narrows the rest. */
export const MAX_TABLE_ROWS = 500;

interface EntityTableProps<T extends RowData> {
  label: string;
  data: T[];
  columns: EntityColumn<T>[];
  getRowId(row: T): string;
  initialSort: SortingState;
  /** Search text (owned by the caller's search box); matched against `searchColumns`. */
  search?: string;
  searchColumns?: readonly string[];
  /** Column ids right-aligned as numbers. */
  numeric?: readonly string[];
  maxRows?: number;
  /** Shown when there are no rows at all. */
  empty?: string;
}

/** The table. */
export function EntityTable<T extends RowData>({ label, data, columns, getRowId, initialSort, search = "", searchColumns = [], numeric = [], maxRows = MAX_TABLE_ROWS, empty = "Nothing here." }: EntityTableProps<T>) {
  const [sorting, setSorting] = useState<SortingState>(initialSort);
  const table = useTable({
    features: entityTableFeatures,
    columns,
    data,
    getRowId,
    state: { sorting, globalFilter: search },
    onSortingChange: setSorting,
    enableSortingRemoval: false,
    globalFilterFn: "includesString",
    getColumnCanGlobalFilter: (column) => searchColumns.includes(column.id),
  });
  const rows = table.getRowModel().rows;
  const shown = rows.slice(0, maxRows);
  const isNumeric = (id: string) => numeric.includes(id);

  return (
    <>
      <div className={styles.tableWrap}>
        <table className={styles.table} aria-label={label}>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const dir = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className={isNumeric(header.column.id) ? styles.num : undefined}
                      aria-sort={dir === "asc" ? "ascending" : dir === "desc" ? "descending" : "none"}
                    >
                      {header.column.getCanSort() ? (
                        <button type="button" className={styles.sortButton} onClick={header.column.getToggleSortingHandler()}>
                          <table.FlexRender header={header} />
                          <span aria-hidden="true" className={styles.sortMark}>
                            {dir === "asc" ? "▲" : dir === "desc" ? "▼" : ""}
                          </span>
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.id}>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className={isNumeric(cell.column.id) ? styles.num : undefined}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {data.length === 0 && <p className={pageStyles.listNote}>{empty}</p>}
      {data.length > 0 && rows.length === 0 && <p className={pageStyles.listNote}>No row matches the search.</p>}
      {rows.length > shown.length && (
        <p className={pageStyles.listNote}>
          Showing {formatCount(shown.length)} of {formatCount(rows.length)} rows: search or filter to narrow.
        </p>
      )}
    </>
  );
}
