"use client";
/**
 * Loads the stored copy again when an engine starts (the page was reloaded, or a crashed engine
 * was restarted), as a normal job: the load page shows its progress bar and Cancel.
 */
import { useEffect, useRef } from "react";
import { useEngine } from "../hooks/use-engine";
import { useAppStoreApi } from "../state/store-provider";

// Apart from the load page's job ids, so the two counters never meet in one worker.
let nextRestoreJobId = 1_000_000;

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Renders nothing; restores once per engine. */
export function DatasetRestore() {
  const { client } = useEngine();
  const store = useAppStoreApi();
  const restoredFor = useRef<unknown>(null);

  useEffect(() => {
    if (!client || restoredFor.current === client) return;
    restoredFor.current = client;
    void (async () => {
      let loads = 0;
      try {
        loads = (await client.call("storage", {})).loads;
      } catch {
        return; // a dead engine says so through its crash banner
      }
      if (loads === 0 || store.getState().job) return;
      const jobId = nextRestoreJobId++;
      store.getState().startJob({ jobId, kind: "ingest", label: "the data stored in this browser", expectedEvents: 0 });
      try {
        const { summary, labels } = await client.call("restore", { jobId });
        store.getState().resetDataset(null);
        for (const label of labels) store.getState().applySummary(summary, label);
        if (labels.length === 0) store.getState().applySummary(summary);
        store.getState().endJob(jobId, { notice: `Restored from this browser's storage: ${labels.join(", ")}.` });
      } catch (err) {
        const cancelled = err instanceof Error && err.name === "AbortError";
        try {
          store.getState().applySummary(await client.call("summary", {}));
        } catch {
          // the engine is gone: its banner says so
        }
        store.getState().endJob(jobId, cancelled ? { notice: "Restoring the stored data was cancelled." } : { error: `Restoring the stored data failed: ${messageOf(err)}` });
      }
    })();
  }, [client, store]);

  return null;
}
