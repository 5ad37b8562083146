"use client";
/** The load page: drop or pick logs, or generate the demo; then see what was loaded. */
import { useAppStore } from "../state/store-provider";
import { useDatasetActions } from "../hooks/use-dataset-actions";
import { DatasetOverview } from "./dataset-overview";
import { DropZone } from "./drop-zone";
import { FileReportTable } from "./file-report-table";
import { GeneratePanel } from "./generate-panel";
import { JobProgress } from "./job-progress";
import { Messages } from "./messages";
import styles from "./load.module.css";

/** Everything on route `/`. */
export function LoadView() {
  const actions = useDatasetActions();
  const job = useAppStore((s) => s.job);
  const summary = useAppStore((s) => s.summary);
  const showError = useAppStore((s) => s.showError);
  const disabled = !actions.ready;
  const hasData = summary !== null && (summary.events > 0 || summary.files.length > 0);

  return (
    <div className={styles.page}>
      <div className={styles.intro}>
        <h1>Load CloudTrail logs</h1>
        <p className={styles.muted}>
          Logs are parsed and indexed in a Web Worker inside this tab. No log ever leaves your machine. Loading more files
          adds to the dataset.
        </p>
      </div>
      <div className={styles.loaders}>
        <DropZone disabled={disabled} onFiles={(files) => void actions.ingest(files)} onError={showError} />
        <GeneratePanel disabled={disabled} onGenerate={(seed, events) => void actions.generate(seed, events)} />
      </div>
      <Messages />
      {job && <JobProgress job={job} onCancel={() => void actions.cancel()} />}
      {hasData && summary && (
        <>
          <DatasetOverview summary={summary} busy={job !== null} onClear={() => void actions.clear()} />
          {summary.files.length > 0 && <FileReportTable files={summary.files} />}
        </>
      )}
    </div>
  );
}
