"use client";
/** One `field = value` chip: click it to negate, × to remove. */
import type { FilterChip as Chip } from "../../lib/state/filters-slice";
import { fieldLabel } from "../../lib/state/field-names";
import { truncate } from "./value-text";
import styles from "./filters.module.css";

interface FilterChipProps {
  chip: Chip;
  onToggle(): void;
  onRemove(): void;
}

/** The chip's text, e.g. "Principal = alex.miller" or "Event ≠ ListBuckets". */
export function chipText(chip: Chip, max = 60): string {
  return `${fieldLabel(chip.field)} ${chip.negate ? "≠" : "="} ${truncate(chip.value, max) || "(empty)"}`;
}

/** A filter chip. */
export function FilterChip({ chip, onToggle, onRemove }: FilterChipProps) {
  const text = chipText(chip);
  return (
    <li className={styles.chip} data-negate={chip.negate || undefined}>
      <button
        type="button"
        className={styles.chipBody}
        onClick={onToggle}
        title={`${chipText(chip, 500)}\nClick to ${chip.negate ? "include" : "exclude"} instead`}
      >
        {text}
      </button>
      <button type="button" className={styles.chipRemove} onClick={onRemove} aria-label={`Remove filter ${text}`} title="Remove">
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
}
