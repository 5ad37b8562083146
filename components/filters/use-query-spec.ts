"use client";
/** The shared filters as a QuerySpec, memoised so it only changes when a filter does. */
import { useMemo } from "react";
import type { QuerySpec } from "../../lib/index/types";
import type { Filters } from "../../lib/state/filters-slice";
import { hasFilters, querySpecOf } from "../../lib/state/query-spec";
import { useAppStore } from "../state/store-provider";

/** The current filters (chips, time range, free text). */
export function useFilters(): Filters {
  const chips = useAppStore((s) => s.chips);
  const timeRange = useAppStore((s) => s.timeRange);
  const text = useAppStore((s) => s.text);
  return useMemo(() => ({ chips, timeRange, text }), [chips, timeRange, text]);
}

/** The QuerySpec every view queries with, whether any filter is set, and the spec as a comparable key. */
export function useQuerySpec(): { spec: QuerySpec; filtered: boolean; key: string } {
  const filters = useFilters();
  return useMemo(() => {
    const spec = querySpecOf(filters);
    return { spec, filtered: hasFilters(filters), key: JSON.stringify(spec) };
  }, [filters]);
}

/** True once something is loaded: views ask the engine only then. */
export function useHasData(): boolean {
  return useAppStore((s) => (s.summary?.events ?? 0) > 0);
}
