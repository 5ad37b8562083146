"use client";
/** Route /findings: every finding of the loaded data, filtered and sorted, with the opened one's details and evidence. */
import { useCallback, useMemo } from "react";
import { findingOptions, visibleFindings } from "../../lib/state/findings-slice";
import { formatCount } from "../../lib/state/format";
import { useHasData } from "../filters/use-query-spec";
import { NoDataset } from "../layout/no-dataset";
import { useAppStore } from "../state/store-provider";
import { DetectionStatus } from "./detection-status";
import { FindingDetail } from "./finding-detail";
import { FindingsTable } from "./findings-table";
import { FindingsToolbar } from "./findings-toolbar";
import { useFindings } from "./use-findings";
import { findingsTable } from "../../lib/state/table-exports";
import { ExportCsvButton } from "../ui/export-csv-button";
import styles from "./findings.module.css";

/** Everything on route /findings. */
export function FindingsView() {
  const hasData = useHasData();
  const state = useFindings();
  const view = useAppStore((s) => s.findingsView);
  const selectFinding = useAppStore((s) => s.selectFinding);
  const all = state.findings;
  const options = useMemo(() => findingOptions(all ?? []), [all]);
  const shown = useMemo(() => visibleFindings(all ?? [], view), [all, view]);
  const opened = view.selected && all ? (all.find((f) => f.id === view.selected) ?? null) : null;
  const close = useCallback(() => selectFinding(null), [selectFinding]);

  if (!hasData) return <NoDataset title="Findings" />;
  return (
    <div className={styles.page}>
      <section aria-labelledby="findings-title" className={styles.panel}>
        <div className={styles.head}>
          <h1 id="findings-title">Findings</h1>
          {all && (
            <span className={styles.muted} aria-live="polite">
              {shown.length === all.length ? `${formatCount(all.length)} findings` : `${formatCount(shown.length)} of ${formatCount(all.length)} findings`}
            </span>
          )}
          <span className={styles.muted}>Detections run over everything loaded; the event filters do not apply here.</span>
          {all && <ExportCsvButton what="findings" className={styles.button} table={() => findingsTable(shown)} disabled={shown.length === 0} />}
        </div>
        <DetectionStatus state={state} />
        {all && <FindingsToolbar options={options} view={view} />}
      </section>
      {all && all.length === 0 && !state.running && <p className={styles.muted}>No rule fired on the loaded data.</p>}
      {all && all.length > 0 && (
        <div className={styles.workbench} data-detail={view.selected ? true : undefined}>
          <FindingsTable findings={shown} sort={view.sort} selected={view.selected} onOpen={selectFinding} />
          {view.selected && <FindingDetail finding={opened} onClose={close} />}
        </div>
      )}
    </div>
  );
}
