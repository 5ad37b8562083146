"use client";
/** What is loaded: events, time range (UTC), accounts, regions, principals, event sources, and Clear. */
import type { DatasetSummary } from "../../lib/worker/protocol";
import { formatBytes, formatCount, formatUtc } from "../../lib/state/format";
import styles from "./load.module.css";

interface DatasetOverviewProps {
  summary: DatasetSummary;
  busy: boolean;
  onClear(): void;
}

/** Lists up to `max` values, then says how many more there are. */
/** The first few values and how many more there are; `total` counts values beyond the listed ones too. */
function listOf(values: string[], total: number, max = 3): string {
  if (values.length === 0) return "–";
  const head = values.slice(0, max).join(", ");
  const rest = Math.max(total, values.length) - Math.min(max, values.length);
  return rest > 0 ? `${head} + ${formatCount(rest)} more` : head;
}

/** Summary of the loaded dataset. */
export function DatasetOverview({ summary, busy, onClear }: DatasetOverviewProps) {
  const range = summary.timeRange;
  return (
    <section aria-labelledby="dataset-title" className={styles.panel}>
      <div className={styles.progressHead}>
        <h2 id="dataset-title">Dataset</h2>
        <p role="status" className={summary.events > 0 ? styles.good : styles.muted}>
          {summary.events > 0 ? `Ready: ${formatCount(summary.events)} events loaded` : "No events loaded"}
        </p>
        <button type="button" className={styles.secondaryButton} onClick={onClear} disabled={busy}>
          Clear
        </button>
      </div>
      <dl className={styles.stats}>
        <div>
          <dt>Events</dt>
          <dd>{formatCount(summary.events)}</dd>
        </div>
        <div className={styles.wide}>
          <dt>Time range (UTC)</dt>
          <dd>
            {range ? (
              <>
                <time dateTime={new Date(range.start).toISOString()}>{formatUtc(range.start)}</time>
                {" → "}
                <time dateTime={new Date(range.end).toISOString()}>{formatUtc(range.end)}</time>
              </>
            ) : (
              "–"
            )}
          </dd>
        </div>
        <div>
          <dt>Principals</dt>
          <dd>{formatCount(summary.principals)}</dd>
        </div>
        <div>
          <dt>Event sources</dt>
          <dd>{formatCount(summary.eventSources)}</dd>
        </div>
        <div>
          <dt>Accounts</dt>
          <dd title={summary.accounts.join(", ")}>{listOf(summary.accounts, summary.accountCount)}</dd>
        </div>
        <div>
          <dt>Regions</dt>
          <dd title={summary.regions.join(", ")}>{listOf(summary.regions, summary.regionCount)}</dd>
        </div>
        <div>
          <dt>Duplicates dropped</dt>
          <dd>{formatCount(summary.duplicates)}</dd>
        </div>
        <div>
          <dt>Index memory</dt>
          <dd>{formatBytes(summary.indexBytes)}</dd>
        </div>
      </dl>
    </section>
  );
}
