/**
 * The shared filter state every view queries with: field = value chips (each
 * can be negated), a time range and free text. All parts are ANDed (see
 * query-spec.ts). Chips are kept as an array of plain records, never as an
 * object keyed by untrusted field names.
 */
import type { TimeRange } from "../index/types";
import { MAX_CHIPS } from "./limits";
import type { SliceCreator } from "./slice";

export interface FilterChip {
  field: string;
  /** The value ("" = the field is absent); `*` is a wildcard unless the chip is exact. */
  value: string;
  negate: boolean;
  /** A value clicked in the app: matched literally, a `*` in it is just a character. Typed chips (a hand-written link) leave it unset. */
  exact?: boolean;
}

/** Everything the filters say, as one serialisable value. */
export interface Filters {
  chips: FilterChip[];
  timeRange: TimeRange | null;
  text: string;
}

export interface FiltersSlice extends Filters {
  /** Adds a chip for a value clicked in the app (exact unless told otherwise); the same field and value again only updates its negation. */
  addChip(chip: { field: string; value: string; negate?: boolean; exact?: boolean }): void;
  removeChip(index: number): void;
  /** Flips include ⇄ exclude. */
  toggleChipNegate(index: number): void;
  /** Sets or clears the time range; an empty or invalid range clears it. */
  setTimeRange(range: TimeRange | null): void;
  setText(text: string): void;
  /** Replaces every filter at once (pivots). Missing parts are cleared. */
  replaceFilters(next: Partial<Filters>): void;
  clearFilters(): void;
}

export { MAX_CHIPS } from "./limits";

/** A valid half-open range, or null. */
export function validRange(range: TimeRange | null | undefined): TimeRange | null {
  if (!range) return null;
  const { start, end } = range;
  return Number.isFinite(start) && Number.isFinite(end) && start < end ? { start, end } : null;
}

/** The chips with `chip` added (or its negation updated when the same field and value is already there). */
export function withChip(chips: readonly FilterChip[], chip: FilterChip): FilterChip[] {
  const at = chips.findIndex((c) => c.field === chip.field && c.value === chip.value);
  if (at >= 0) return chips.map((c, i) => (i === at ? { ...c, negate: chip.negate, ...(chip.exact ? { exact: true } : {}) } : c));
  return chips.length >= MAX_CHIPS ? chips.slice() : [...chips, chip];
}

/** Creates the filters slice. */
export const createFiltersSlice: SliceCreator<FiltersSlice> = (set) => ({
  chips: [],
  timeRange: null,
  text: "",
  // The flag is kept only where it changes the match (a value with a `*`), so plain chips stay plain records.
  addChip: ({ field, value, negate = false, exact = true }) =>
    set((s) => ({ chips: withChip(s.chips, exact && value.includes("*") ? { field, value, negate, exact } : { field, value, negate }) })),
  removeChip: (index) => set((s) => ({ chips: s.chips.filter((_, i) => i !== index) })),
  toggleChipNegate: (index) => set((s) => ({ chips: s.chips.map((c, i) => (i === index ? { ...c, negate: !c.negate } : c)) })),
  setTimeRange: (range) => set({ timeRange: validRange(range) }),
  setText: (text) => set({ text }),
  replaceFilters: (next) =>
    set({
      chips: (next.chips ?? []).reduce<FilterChip[]>((acc, c) => withChip(acc, c), []),
      timeRange: validRange(next.timeRange),
      text: next.text ?? "",
    }),
  clearFilters: () => set({ chips: [], timeRange: null, text: "" }),
});
