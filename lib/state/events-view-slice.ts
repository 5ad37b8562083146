/**
 * View settings of the timeline: the events table's sort and columns, and the
 * histogram's stack field and bucket size. Plain values only; the rows stay in
 * the worker.
 */
import type { SortSpec } from "../index/types";
import type { SliceCreator } from "./slice";
import type { SpanSetting } from "./time-spans";

/** Columns shown until the analyst picks others. */
export const DEFAULT_COLUMNS: readonly string[] = ["time", "principal", "eventName", "eventSource", "sourceIp", "errorCode", "bucket", "objectKey"];
/** Newest first, like every log viewer. */
export const DEFAULT_SORT: SortSpec = { field: "time", desc: true };
export const DEFAULT_STACK_BY = "eventSource";
/** Fields offered to stack the histogram by (besides none). */
export const STACK_FIELDS: readonly string[] = ["eventSource", "eventName", "principal", "principalType", "errorCode", "sourceIp", "region", "bucket", "userAgent", "readOnly"];
/** Upper bound on visible columns from a URL. */
export const MAX_COLUMNS = 40;

export interface EventsViewSlice {
  sort: SortSpec;
  columns: string[];
  /** "" = not stacked. */
  stackBy: string;
  span: SpanSetting;
  setSort(sort: SortSpec): void;
  setColumns(columns: string[]): void;
  /** Shows or hides one column (shown columns are appended at the end). */
  toggleColumn(field: string): void;
  setStackBy(field: string): void;
  setSpan(span: SpanSetting): void;
}

/** Creates the events view slice. */
export const createEventsViewSlice: SliceCreator<EventsViewSlice> = (set) => ({
  sort: DEFAULT_SORT,
  columns: [...DEFAULT_COLUMNS],
  stackBy: DEFAULT_STACK_BY,
  span: "auto",
  setSort: (sort) => set({ sort: { field: sort.field, desc: sort.desc === true } }),
  setColumns: (columns) => set({ columns: [...new Set(columns)].slice(0, MAX_COLUMNS) }),
  toggleColumn: (field) =>
    set((s) => ({
      columns: s.columns.includes(field) ? s.columns.filter((c) => c !== field) : [...s.columns, field].slice(0, MAX_COLUMNS),
    })),
  setStackBy: (stackBy) => set({ stackBy }),
  setSpan: (span) => set({ span }),
});
