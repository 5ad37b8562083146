/** CSV export of a search result: `_time` cells (epoch ms) as ISO 8601 UTC, the rest through the shared, formula-safe CSV writer. */
import type { Cell } from "../../lib/search/result";
import { toCsvText } from "../../lib/state/csv";
import { isoUtc } from "../../lib/state/time-format";

/** The CSV of a result table. */
export function toCsv(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const time = columns.map((c) => c === "_time");
  return toCsvText(
    columns,
    rows.map((row) => columns.map((_, i) => {
      const cell = row[i] ?? null;
      return time[i] && typeof cell === "number" ? (Number.isFinite(cell) ? isoUtc(cell) : null) : cell;
    })),
  );
}
