"use client";
/** "Export CSV" for a list the UI already holds: the table is built on click, through the formula-safe CSV writer. */
import type { CsvTable } from "../../lib/state/table-exports";
import { toCsvText } from "../../lib/state/csv";
import { csvFileName, downloadText } from "./download";

/** The button; `table` is called on click; `what` names the file (trailscope-<what>-….csv). */
export function ExportCsvButton({ what, table, className, disabled }: { what: string; table: () => CsvTable; className?: string; disabled?: boolean }) {
  const onClick = () => {
    const t = table();
    downloadText(csvFileName(what), toCsvText(t.header, t.rows));
  };
  return (
    <button type="button" className={className} onClick={onClick} disabled={disabled}>
      Export CSV
    </button>
  );
}
