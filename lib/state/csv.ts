/**
 * CSV for every table export (search results, events, findings, principals,
 * buckets): RFC 4180 quoting and CRLF rows. Cells are attacker-controlled
 * text and a CSV is opened in spreadsheets, so any text that starts with `=`,
 * `+`, `-`, `@`, a tab or a carriage return (a formula to Excel, LibreOffice
 * and Sheets; OWASP "CSV injection") is prefixed with `'` and read as text.
 * Numbers the app computed are written as numbers.
 */

/** A cell as tables hold it: text, a number, or nothing. */
export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text a spreadsheet will not run as a formula. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One CSV field: quoted when it holds a quote, comma, line break, or edge spaces. */
export function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A cell's field: numbers as numbers (non-finite as empty), text neutralised and quoted. */
export function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  return csvField(neutralizeFormula(cell));
}

/** One CSV line (without its CRLF). */
export function csvLine(cells: readonly CsvCell[]): string {
  return cells.map(csvCell).join(",");
}

/** A whole CSV document: the header line, then one line per row, CRLF-terminated. */
export function toCsvText(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  const lines = [csvLine(header)];
  for (const row of rows) lines.push(csvLine(row));
  return `${lines.join("\r\n")}\r\n`;
}
