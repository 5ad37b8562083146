"use client";
/** The load page: drop or pick logs, or generate the demo; then see what was loaded. */
import { useState } from "react";
import type { MemoryWarning } from "../../lib/worker/memory-estimate";
import type { InputFile } from "../../lib/worker/protocol";
import { StorageIndicator } from "../persist/storage-indicator";
import { useAppStore, useAppStoreApi } from "../state/store-provider";
import { useDatasetActions } from "../hooks/use-dataset-actions";
import { DatasetOverview } from "./dataset-overview";
import { DropZone } from "./drop-zone";
import { FileReportTable } from "./file-report-table";
import { GeneratePanel } from "./generate-panel";
import { JobProgress } from "./job-progress";
import { checkGenerateMemory, checkMemory } from "./memory-check";
import { MemoryWarningPanel } from "./memory-warning";
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
  const store = useAppStoreApi();
  // A load that may not fit waits for the analyst's go-ahead, with the numbers.
  const [confirm, setConfirm] = useState<{ run: () => void; warning: MemoryWarning } | null>(null);

  const onFiles = async (files: InputFile[]) => {
    const run = () => void actions.ingest(files);
    const warning = await checkMemory(files, store.getState().summary?.indexBytes ?? 0);
    if (warning) setConfirm({ run, warning });
    else run();
  };
  const onGenerate = (seed: number, events: number) => {
    const run = () => void actions.generate(seed, events);
    const warning = checkGenerateMemory(events, store.getState().summary?.indexBytes ?? 0);
    if (warning) setConfirm({ run, warning });
    else run();
  };

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
        <DropZone disabled={disabled} onFiles={(files) => void onFiles(files)} onError={showError} />
        <GeneratePanel disabled={disabled} onGenerate={onGenerate} />
      </div>
      {confirm && (
        <MemoryWarningPanel
          warning={confirm.warning}
          onContinue={() => {
            setConfirm(null);
            confirm.run();
          }}
          onCancel={() => setConfirm(null)}
        />
      )}
      <Messages />
      <StorageIndicator />
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
