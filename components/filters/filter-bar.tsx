"use client";
/**
 * The one filter bar every view shows: the free-text box, the chips (click to
 * negate, × to remove), the time range (typed here or brushed on the
 * timeline) and Clear all.
 */
import { useState } from "react";
import { hasFilters } from "../../lib/state/query-spec";
import { useAppStore } from "../state/store-provider";
import { FilterChip } from "./filter-chip";
import { SearchBox } from "./search-box";
import { rangeText } from "./time-range";
import { TimeRangeEditor } from "./time-range-editor";
import { useFilters } from "./use-query-spec";
import styles from "./filters.module.css";

/** The shared filter bar. */
export function FilterBar() {
  const filters = useFilters();
  const tz = useAppStore((s) => s.timeZone);
  const bounds = useAppStore((s) => s.summary?.timeRange ?? null);
  const removeChip = useAppStore((s) => s.removeChip);
  const toggleChipNegate = useAppStore((s) => s.toggleChipNegate);
  const setTimeRange = useAppStore((s) => s.setTimeRange);
  const clearFilters = useAppStore((s) => s.clearFilters);
  const [editing, setEditing] = useState(false);
  const { chips, timeRange } = filters;
  // The dataset's last event must fall inside the default range, which is half-open.
  const fullRange = bounds ? { start: bounds.start, end: bounds.end + 1000 } : null;

  return (
    <section aria-label="Filters" className={styles.bar}>
      <SearchBox />
      <ul aria-label="Active filters" className={styles.chips}>
        {timeRange && (
          <li className={styles.chip} data-time>
            <button type="button" className={styles.chipBody} onClick={() => setEditing(true)} title="Edit the time range">
              Time {rangeText(timeRange, tz)}
            </button>
            <button type="button" className={styles.chipRemove} onClick={() => setTimeRange(null)} aria-label="Remove time range" title="Remove">
              <span aria-hidden="true">×</span>
            </button>
          </li>
        )}
        {chips.map((chip, i) => (
          <FilterChip key={`${chip.field}\u0000${chip.value}`} chip={chip} onToggle={() => toggleChipNegate(i)} onRemove={() => removeChip(i)} />
        ))}
      </ul>
      <div className={styles.barActions}>
        {!timeRange && !editing && (
          <button type="button" className={styles.button} onClick={() => setEditing(true)}>
            Time range…
          </button>
        )}
        {hasFilters(filters) && (
          <button type="button" className={styles.button} onClick={clearFilters}>
            Clear all
          </button>
        )}
      </div>
      {editing && <TimeRangeEditor range={timeRange} bounds={fullRange} tz={tz} onApply={setTimeRange} onClose={() => setEditing(false)} />}
    </section>
  );
}
