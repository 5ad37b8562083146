"use client";
/**
 * A record value that adds a filter chip when clicked: click to filter by it,
 * Alt- or Shift-click to exclude it, Ctrl- or Cmd-click to search for it on
 * /search. Every view renders clickable values with this one component. The
 * value is rendered as text only.
 */
import type { KeyboardEvent, MouseEvent, ReactNode } from "react";
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
  /** A blank stand-in while the value loads (same element, so a table row is not rebuilt when it arrives). */
  pending?: boolean;
  /**
   * Drawn as text with the button role (Enter and Space act like a click) rather than a `<button>`: a native
   * button is laid out as a box of its own, and the events table lays out hundreds of them on every scroll frame.
   */
  inline?: boolean;
}

/** Tooltip text: the value (capped: a tooltip is not a viewer) and what a click does. */
function tooltip(field: string, value: string): string {
  return `${fieldLabel(field)}: ${truncate(value, 500) || "(empty)"}\nClick to filter · Alt/Shift-click to exclude · Ctrl-click to search`;
}

/** Clickable value: adds a `field = value` chip (or `≠` with Alt/Shift). */
export function FilterValue({ field, value, maxChars = 120, children, className, pending = false, inline = false }: FilterValueProps) {
  const addChip = useAppStore((s) => s.addChip);
  const sendToSearch = useSendToSearch();
  const v = filterValueOf(value);
  const act = (ev: MouseEvent | KeyboardEvent) => {
    ev.stopPropagation();
    if (pending) return;
    if ((ev.ctrlKey || ev.metaKey) && sendToSearch(field, v)) return;
    addChip({ field, value: v, negate: ev.altKey || ev.shiftKey });
  };
  const onClick = (ev: MouseEvent) => act(ev);
  const props = {
    className: `${styles.value} ${v === "" && !pending ? styles.valueEmpty : ""} ${className ?? ""}`,
    tabIndex: pending ? -1 : inline ? 0 : undefined,
    // Set on hover, not on render: a title change restyles its element, and the events table rewrites its
    // cells on every scroll frame.
    onMouseEnter: (ev: MouseEvent<HTMLElement>) => (ev.currentTarget.title = pending ? "" : tooltip(field, v)),
    onClick,
    children: pending ? "" : (children ?? displayValue(value, field, maxChars)),
  };
  if (!inline) return <button type="button" {...props} />;
  const onKeyDown = (ev: KeyboardEvent<HTMLElement>) => {
    if (ev.key !== "Enter" && ev.key !== " ") return;
    ev.preventDefault();
    act(ev);
  };
  return <span role="button" {...props} onKeyDown={onKeyDown} />;
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
