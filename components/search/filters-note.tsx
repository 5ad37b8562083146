"use client";
/**
 * The shared filters, as seen from /search: clicking a result value adds a
 * chip here (the search itself is not narrowed by them: it is its own query);
 * the chips apply in the timeline and the other views.
 */
import Link from "next/link";
import { hrefFor, urlStateOf } from "../../lib/state/url-state";
import { FilterChip } from "../filters/filter-chip";
import { rangeText } from "../filters/time-range";
import { useAppStore } from "../state/store-provider";
import styles from "./search.module.css";

/** The chips and a link to the timeline; nothing while no filter is set. */
export function FiltersNote() {
  const chips = useAppStore((s) => s.chips);
  const timeRange = useAppStore((s) => s.timeRange);
  const text = useAppStore((s) => s.text);
  const tz = useAppStore((s) => s.timeZone);
  const removeChip = useAppStore((s) => s.removeChip);
  const toggleChipNegate = useAppStore((s) => s.toggleChipNegate);
  const clearFilters = useAppStore((s) => s.clearFilters);
  const timelineHref = useAppStore((s) => hrefFor("/timeline", urlStateOf(s)));
  if (chips.length === 0 && timeRange === null && text.trim() === "") return null;

  return (
    <section aria-label="Filters for the other views" className={styles.filtersNote}>
      <span className={styles.muted}>Filters for the timeline and the other views:</span>
      <ul aria-label="Active filters" className={styles.chipList}>
        {chips.map((chip, i) => (
          <FilterChip key={`${chip.field}\u0000${chip.value}`} chip={chip} onToggle={() => toggleChipNegate(i)} onRemove={() => removeChip(i)} />
        ))}
      </ul>
      {timeRange && <span className={styles.muted}>Time {rangeText(timeRange, tz)}</span>}
      {text.trim() !== "" && <span className={styles.muted}>Text “{text.trim()}”</span>}
      <Link href={timelineHref} className={styles.link}>
        Open in the timeline →
      </Link>
      <button type="button" className={styles.linkButton} onClick={clearFilters}>
        Clear filters
      </button>
    </section>
  );
}
