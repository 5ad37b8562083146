"use client";
/**
 * The load page's verbs: ingest files, generate the demo, cancel, clear.
 * One job runs at a time; every outcome ends the job (no stuck spinner) and
 * every failure lands in the store's error, shown as an alert.
 */
import { useCallback } from "react";
import type { JobKind } from "../../lib/state/job-slice";
import type { DatasetSummary, InputFile } from "../../lib/worker/protocol";
import type { EngineClient } from "../../lib/worker/client";
import { demoLabel, demoOptions } from "../../lib/state/demo-options";
import { inputLabel } from "../../lib/state/input-label";
import { useAppStore, useAppStoreApi } from "../state/store-provider";
import { markDatasetReady } from "./perf-marks";
import { useEngine } from "./use-engine";

// Job ids only need to be unique per worker; one counter for the page's lifetime is enough.
let nextJobId = 1;

function isAbort(err: unknown): boolean {
  return err instanceof Error && err.name === "AbortError";
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export interface DatasetActions {
  /** False until the worker is up, and while a job runs. */
  ready: boolean;
  ingest(files: InputFile[]): Promise<void>;
  generate(seed: number, events: number): Promise<void>;
  cancel(): Promise<void>;
  clear(): Promise<void>;
}

/** Load-page actions bound to the shared engine and store. */
export function useDatasetActions(): DatasetActions {
  const { client } = useEngine();
  const store = useAppStoreApi();

  const run = useCallback(
    async (
      kind: JobKind,
      label: string,
      expectedEvents: number,
      work: (engine: EngineClient, jobId: number) => Promise<DatasetSummary>,
    ) => {
      if (!client || store.getState().job) return;
      const jobId = nextJobId++;
      const eventsBefore = store.getState().summary?.events ?? 0;
      store.getState().startJob({ jobId, kind, label, expectedEvents });
      try {
        const summary = await work(client, jobId);
        if (kind === "clear") store.getState().resetDataset(summary);
        else store.getState().applySummary(summary, summary.events > eventsBefore ? label : undefined);
        store.getState().endJob(jobId, kind === "clear" ? { notice: "Dataset cleared." } : undefined);
        if (kind !== "clear") markDatasetReady(summary);
      } catch (err) {
        const cancelled = isAbort(err) || store.getState().job?.cancelling === true;
        // Whatever happened, show what the engine really holds now: earlier data is never lost.
        try {
          const summary = await client.call("summary", {});
          store.getState().applySummary(summary, summary.events > eventsBefore ? `${label} (partial)` : undefined);
        } catch {
          // The engine is gone; its crash handler has already said so.
        }
        store.getState().endJob(
          jobId,
          cancelled
            ? { notice: `Cancelled: ${label}.` }
            : { error: `${kind === "clear" ? "Clearing" : `Loading ${label}`} failed: ${messageOf(err)}` },
        );
      }
    },
    [client, store],
  );

  const ingest = useCallback(
    (files: InputFile[]) => {
      const label = inputLabel(files.map((f) => f.path));
      return run("ingest", label, 0, (engine, jobId) => engine.call("ingest", { jobId, files, label }));
    },
    [run],
  );

  const generate = useCallback(
    (seed: number, events: number) =>
      run("generate", demoLabel(seed, events), events, (engine, jobId) =>
        engine.call("generate", { jobId, options: demoOptions(seed, events), label: demoLabel(seed, events) }),
      ),
    [run],
  );

  const clear = useCallback(() => run("clear", "the dataset", 0, (engine) => engine.call("clear", {})), [run]);

  const cancel = useCallback(async () => {
    const job = store.getState().job;
    if (!client || !job || job.cancelling) return;
    store.getState().markCancelling(job.jobId);
    try {
      await client.call("cancel", { jobId: job.jobId });
    } catch (err) {
      store.getState().endJob(job.jobId, { error: `Cancelling failed: ${messageOf(err)}` });
    }
  }, [client, store]);

  const busy = useAppStore((s) => s.job !== null);
  return { ready: client !== null && !busy, ingest, generate, cancel, clear };
}
