"use client";
/**
 * A record value that adds a filter chip when clicked: click to filter by it,
 * Alt- or Shift-click to exclude it, Ctrl- or Cmd-click to search for it on
 * /search. Every view renders clickable values with this one component. The
 * value is rendered as text only.
 */
import { useCallback, type MouseEvent, type ReactNode } from "react";
import type { CellValue } from "../../lib/index/types";
import { fieldLabel } from "../../lib/state/field-names";
import { useSendToSearch } from "../search/use-send-to-search";
import { useAppStore } from "../state/store-provider";
import { displayValue, filterValueOf, truncate } from "./value-text";
import styles from "./filters.module.css";

interface FilterValueProps {
  field: string;
  value: CellValue;
  /** Longest text shown; the full value is in the tooltip. */
  maxChars?: number;
  /** Replaces the shown text (the filter still uses `value`). */
  children?: ReactNode;
  className?: string;
}

/** Tooltip text of a clickable value: the value (capped: a tooltip is not a viewer) and what a click does. */
export function valueTooltip(field: string, value: string): string {
  return `${fieldLabel(field)}: ${truncate(value, 500) || "(empty)"}\nClick to filter · Alt/Shift-click to exclude · Ctrl-click to search`;
}

/** The modifier keys of a click or key press on a value. */
export interface ValueModifiers {
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** What a click on a value does: filter by it, exclude it (Alt/Shift), or search for it on /search (Ctrl/Cmd). */
export function useValueAction(): (field: string, value: CellValue, mods: ValueModifiers) => void {
  const addChip = useAppStore((s) => s.addChip);
  const sendToSearch = useSendToSearch();
  return useCallback(
    (field, value, mods) => {
      const v = filterValueOf(value);
      if ((mods.ctrlKey || mods.metaKey) && sendToSearch(field, v)) return;
      addChip({ field, value: v, negate: mods.altKey || mods.shiftKey });
    },
    [addChip, sendToSearch],
  );
}

/** Clickable value: adds a `field = value` chip (or `≠` with Alt/Shift). */
export function FilterValue({ field, value, maxChars = 120, children, className }: FilterValueProps) {
  const act = useValueAction();
  const v = filterValueOf(value);
  return (
    <button
      type="button"
      className={`${styles.value} ${v === "" ? styles.valueEmpty : ""} ${className ?? ""}`}
      // Set on hover, not on render: a title change restyles its element.
      onMouseEnter={(ev) => (ev.currentTarget.title = valueTooltip(field, v))}
      onClick={(ev: MouseEvent) => {
        ev.stopPropagation();
        act(field, value, ev);
      }}
    >
      {children ?? displayValue(value, field, maxChars)}
    </button>
  );
}

/** Small "exclude" control beside a value (facets, detail panel). */
export function ExcludeButton({ field, value }: { field: string; value: CellValue }) {
  const addChip = useAppStore((s) => s.addChip);
  const v = filterValueOf(value);
  const label = `Exclude ${fieldLabel(field)} = ${truncate(v, 80) || "(empty)"}`;
  return (
    <button
      type="button"
      className={styles.exclude}
      aria-label={label}
      title={label}
      onClick={(ev) => {
        ev.stopPropagation();
        addChip({ field, value: v, negate: true });
      }}
    >
      <span aria-hidden="true">⊘</span>
    </button>
  );
}
