/**
 * CSV export of a search result (RFC 4180: quoted where needed, CRLF rows).
 * Cells are attacker-controlled text and a CSV is opened in spreadsheets, so
 * any text that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
 * (a formula to Excel, LibreOffice and Sheets) is prefixed with `'` and read
 * as text. Numbers the search computed are written as numbers.
 */
import type { Cell } from "../../lib/search/result";
import { isoUtc } from "../../lib/state/time-format";

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text a spreadsheet will not run as a formula. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One CSV field: quoted when it holds a quote, comma, line break, or edge spaces. */
export function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function cellText(cell: Cell, isTime: boolean): string {
  if (cell === null) return "";
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return "";
    return isTime ? isoUtc(cell) : String(cell);
  }
  return neutralizeFormula(cell);
}

/** The CSV of a result table; `_time` cells (epoch ms) are written as ISO 8601 UTC. */
export function toCsv(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const time = columns.map((c) => c === "_time");
  const lines = [columns.map((c) => csvField(neutralizeFormula(c))).join(",")];
  for (const row of rows) lines.push(columns.map((_, i) => csvField(cellText(row[i] ?? null, time[i]!))).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
