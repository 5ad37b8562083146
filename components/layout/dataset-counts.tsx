"use client";
/** The header's dataset line: its name, total events, and events after the filters. */
import { useMemo } from "react";
import { datasetName } from "../../lib/state/dataset-slice";
import { formatCount } from "../../lib/state/format";
import { useQuerySpec } from "../filters/use-query-spec";
import { useEngineQuery } from "../hooks/use-engine-query";
import { useAppStore } from "../state/store-provider";
import styles from "./app-header.module.css";

/** Dataset name and counts. */
export function DatasetCounts() {
  const sources = useAppStore((s) => s.sources);
  const events = useAppStore((s) => s.summary?.events ?? 0);
  const loading = useAppStore((s) => s.job !== null);
  const { spec, filtered } = useQuerySpec();
  const params = useMemo(() => (events > 0 && filtered ? { spec } : null), [events, filtered, spec]);
  const matching = useEngineQuery("count", params);
  const name = events > 0 ? datasetName(sources) : "No dataset loaded";

  return (
    <div className={styles.dataset} aria-label="Current dataset" role="group">
      <span className={styles.datasetName} title={name}>
        {name}
      </span>
      {events > 0 && <span className={styles.count}>{formatCount(events)} events</span>}
      {params && matching.data !== null && (
        <span className={styles.filteredCount} aria-live="polite">
          {formatCount(matching.data)} after filters
        </span>
      )}
      {params && matching.error && (
        <span className={styles.countError} title={matching.error}>
          filters failed
        </span>
      )}
      {loading && <span className={styles.loading}>loading…</span>}
    </div>
  );
}
