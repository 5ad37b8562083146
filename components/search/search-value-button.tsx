"use client";
/** A small "search for this value" control beside a value (the event detail panel): opens /search on `field="value"`. */
import type { CellValue } from "../../lib/index/types";
import { fieldLabel } from "../../lib/state/field-names";
import { filterValueOf, truncate } from "../filters/value-text";
import { searchTermFor } from "./send-to-search";
import { useSendToSearch } from "./use-send-to-search";
import styles from "./search.module.css";

/** The button; nothing when the field cannot be searched. */
export function SearchValueButton({ field, value }: { field: string; value: CellValue }) {
  const sendToSearch = useSendToSearch();
  const v = filterValueOf(value);
  if (searchTermFor(field, v) === null) return null;
  const label = `Search for ${fieldLabel(field)} = ${truncate(v, 80) || "(empty)"}`;
  return (
    <button
      type="button"
      className={styles.searchValue}
      aria-label={label}
      title={label}
      onClick={(ev) => {
        ev.stopPropagation();
        sendToSearch(field, v);
      }}
    >
      <svg aria-hidden="true" viewBox="0 0 16 16" width="12" height="12">
        <circle cx="6.5" cy="6.5" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
        <path d="M10 10 L14.5 14.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
    </button>
  );
}
