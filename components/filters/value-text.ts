/**
 * How a record value reads in the UI. Values are attacker-controlled text:
 * they are only ever rendered as React text nodes, shortened for cells and
 * chips, and shown in full in the detail panel.
 */
import type { CellValue } from "../../lib/index/types";
import { formatCount } from "../../lib/state/format";

/** Shown for "" (the field is absent in the record). */
export const EMPTY_TEXT = "(empty)";

/** The filter value of a cell: strings as they are, numbers as decimal text, absent as "". */
export function filterValueOf(value: CellValue): string {
  if (typeof value === "number") return Number.isNaN(value) ? "" : String(value);
  return value;
}

/** At most `max` characters, with an ellipsis when cut (never splitting a surrogate pair). */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return `${text.slice(0, cut)}…`;
}

/** Display text of a value: "(empty)" for absent, numbers with separators for counts-like fields. */
export function displayValue(value: CellValue, field?: string, max = Infinity): string {
  const v = filterValueOf(value);
  if (v === "") return EMPTY_TEXT;
  if (typeof value === "number" && (field === "bytesOut" || field === "bytesIn")) return formatCount(value);
  return truncate(v, max);
}
