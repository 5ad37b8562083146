"use client";
/**
 * What a search answered: counts and time, warnings, CSV export, then the
 * table, the chart (timechart) or the event list. A syntax or field error is
 * shown under the search bar instead (see search-view.tsx).
 */
import type { Cell } from "../../lib/search/result";
import { formatCount, formatDuration } from "../../lib/state/format";
import type { FieldInfo, SearchReply } from "../../lib/worker/protocol";
import type { QueryState } from "../hooks/use-engine-query";
import { csvFileName, downloadText } from "../ui/download";
import { toCsv } from "./csv";
import { ResultTable } from "./result-table";
import { SearchEvents } from "./search-events";
import { TimechartView } from "./timechart-view";
import styles from "./results.module.css";

function download(columns: readonly string[], rows: readonly (readonly Cell[])[]): void {
  downloadText(csvFileName("search"), toCsv(columns, rows));
}

function summaryText(data: Exclude<SearchReply, { kind: "error" }>): string {
  const took = `in ${formatDuration(data.elapsedMs)}`;
  const matched = `${formatCount(data.totalEvents)} matching events`;
  switch (data.kind) {
    case "events":
      return `${formatCount(data.total)} events ${took}`;
    case "timechart":
      return `${formatCount(data.rows.length)} time buckets × ${formatCount(data.columns.length - 1)} series from ${matched} ${took}`;
    case "table":
      return `${formatCount(data.rows.length)} ${data.rows.length === 1 ? "result" : "results"} from ${matched} ${took}`;
  }
}

/** The results panel for the current search. */
export function SearchResults({ state, fields }: { state: QueryState<SearchReply>; fields: readonly FieldInfo[] }) {
  const { data, error, loading } = state;
  if (error) {
    return (
      <p role="alert" className={styles.errorText}>
        The search could not run: {error}
      </p>
    );
  }
  if (!data || data.kind === "error") {
    return loading ? (
      <p role="status" className={styles.muted}>
        Searching…
      </p>
    ) : null;
  }
  return (
    <section aria-label="Results" className={styles.results} aria-busy={loading}>
      <div className={styles.toolbar}>
        <h2 className={styles.sectionTitle}>Results</h2>
        <p role="status" className={styles.summary}>
          {loading ? "Searching…" : summaryText(data)}
        </p>
        {data.kind !== "events" && (
          <button type="button" className={styles.button} onClick={() => download(data.columns, data.rows)} disabled={data.rows.length === 0}>
            Export CSV
          </button>
        )}
      </div>
      {data.warnings && data.warnings.length > 0 && (
        <ul aria-label="Warnings" className={styles.warnings}>
          {data.warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      )}
      {data.kind === "table" && <ResultTable key={resultKey(data)} columns={data.columns} rows={data.rows} fields={fields} label="Search results" />}
      {data.kind === "timechart" && <TimechartView key={resultKey(data)} result={data} fields={fields} />}
      {data.kind === "events" && <SearchEvents key={data.resultId} result={data} />}
    </section>
  );
}

// A fresh table per result: a sort chosen for one result means nothing for the next.
const keys = new WeakMap<object, number>();
let nextKey = 1;
function resultKey(data: object): number {
  let k = keys.get(data);
  if (k === undefined) keys.set(data, (k = nextKey++));
  return k;
}
