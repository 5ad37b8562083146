"use client";
/**
 * "Export CSV" of the events table: every event of the current selection, in
 * the table's order and columns, fetched from the worker in windows (rows are
 * never all held by the UI otherwise). Values go through the formula-safe CSV
 * writer; times are ISO 8601 UTC.
 */
import { useState } from "react";
import type { CellValue } from "../../lib/index/types";
import { csvLine, type CsvCell } from "../../lib/state/csv";
import { fieldLabel } from "../../lib/state/field-names";
import { formatCount } from "../../lib/state/format";
import { isoUtc } from "../../lib/state/time-format";
import type { SelectResult } from "../../lib/worker/protocol";
import { useEngine } from "../hooks/use-engine";
import { csvFileName, downloadText } from "../ui/download";
import styles from "./events.module.css";

/** At most this many rows go into one export (a spreadsheet's own limit is about a million). */
export const EXPORT_MAX_ROWS = 200_000;
const WINDOW = 5_000;

/** A table cell as a CSV cell: times as ISO text, absent values empty. */
export function eventCsvCell(field: string, v: CellValue | undefined): CsvCell {
  if (v === undefined || v === "") return null;
  if (typeof v === "number") return Number.isNaN(v) ? null : field === "time" ? isoUtc(v) : v;
  return v;
}

/** The export button for a selection shown with `fields`. */
export function ExportEventsButton({ result, fields }: { result: SelectResult | null | undefined; fields: readonly string[] }) {
  const { client } = useEngine();
  const [status, setStatus] = useState("");
  const run = async () => {
    if (!client || !result) return;
    const total = Math.min(result.total, EXPORT_MAX_ROWS);
    const lines = [csvLine(fields.map(fieldLabel))];
    try {
      for (let start = 0; start < total; start += WINDOW) {
        setStatus(`Exporting ${formatCount(start)} of ${formatCount(total)}…`);
        const w = await client.call("rows", { resultId: result.resultId, start, end: Math.min(total, start + WINDOW), fields: [...fields] });
        for (let i = 0; i < w.rowIds.length; i++) lines.push(csvLine(fields.map((f) => eventCsvCell(f, w.columns[f]?.[i]))));
      }
    } catch (e) {
      setStatus(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    downloadText(csvFileName("events"), `${lines.join("\r\n")}\r\n`);
    setStatus(result.total > total ? `Exported the first ${formatCount(total)} of ${formatCount(result.total)} events` : `Exported ${formatCount(total)} events`);
  };
  return (
    <>
      <button type="button" className={styles.button} onClick={() => void run()} disabled={!client || !result || result.total === 0}>
        Export CSV
      </button>
      <span role="status" className={styles.muted}>
        {status}
      </span>
    </>
  );
}
