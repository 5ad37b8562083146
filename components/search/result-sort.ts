/**
 * Client-side sorting of a (small) result table, in Splunk's "auto" order:
 * numbers and numeric-looking text ("03") numerically, before other text in
 * code-unit order; empty cells last in both directions; ties keep the
 * search's own order.
 */
import type { Cell } from "../../lib/search/result";
import { sortCompare } from "../../lib/search/values";

export interface ResultSort {
  column: number;
  desc: boolean;
}

/** The value a cell sorts by: its first value when it holds several (joined by "\n"), null when empty. */
function sortKey(cell: Cell | undefined): string | number | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "number") return Number.isNaN(cell) ? null : cell;
  if (cell === "") return null;
  const nl = cell.indexOf("\n");
  return nl < 0 ? cell : cell.slice(0, nl);
}

/** Row positions of `rows` in the order `sort` asks for (identity when sort is null). */
export function sortedOrder(rows: readonly (readonly Cell[])[], sort: ResultSort | null): number[] {
  const order = rows.map((_, i) => i);
  if (!sort) return order;
  const keys = rows.map((r) => sortKey(r[sort.column]));
  const dir = sort.desc ? -1 : 1;
  return order.sort((a, b) => {
    const x = keys[a]!;
    const y = keys[b]!;
    if (x === null || y === null) return x === y ? a - b : x === null ? 1 : -1;
    return dir * sortCompare(x, y) || a - b;
  });
}

/** The next sort after a click on `column`'s header: ascending, then descending, then the search's order. */
export function nextSort(current: ResultSort | null, column: number): ResultSort | null {
  if (!current || current.column !== column) return { column, desc: false };
  return current.desc ? null : { column, desc: true };
}
