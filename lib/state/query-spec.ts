/** Turns the shared filters into the engine's QuerySpec. */
import type { FilterClause, QuerySpec } from "../index/types";
import type { Filters } from "./filters-slice";

/** The QuerySpec of the filters: one clause per chip, the time range, trimmed free text. */
export function querySpecOf(filters: Filters): QuerySpec {
  const spec: QuerySpec = {};
  if (filters.chips.length > 0) {
    spec.clauses = filters.chips.map((c): FilterClause => {
      const clause: FilterClause = c.negate ? { field: c.field, values: [c.value], negate: true } : { field: c.field, values: [c.value] };
      // Only a `*` makes exactness matter; leaving the flag off otherwise keeps specs (and their cache keys) as they were.
      if (c.exact && c.value.includes("*")) clause.exact = true;
      return clause;
    });
  }
  if (filters.timeRange) spec.timeRange = { start: filters.timeRange.start, end: filters.timeRange.end };
  const text = filters.text.trim();
  if (text) spec.text = text;
  return spec;
}

/** True when any filter narrows the rows. */
export function hasFilters(filters: Filters): boolean {
  return filters.chips.length > 0 || filters.timeRange !== null || filters.text.trim() !== "";
}
