/**
 * The one long job running in the worker (ingest, generate or clear), its
 * latest progress, and the last error or notice to show. Progress for any
 * other job id is ignored so a late message from a finished job cannot
 * resurrect a progress bar.
 */
import type { Progress } from "../worker/protocol";
import type { SliceCreator } from "./slice";

export type JobKind = "ingest" | "generate" | "clear";

export interface Job {
  jobId: number;
  kind: JobKind;
  /** What is being loaded, as the user named it (file or folder name, demo label). */
  label: string;
  /** Expected event total when known in advance (a sized demo), else 0. */
  expectedEvents: number;
  progress: Progress | null;
  cancelling: boolean;
}

export interface JobSlice {
  job: Job | null;
  /** Last failure, shown in an alert until dismissed or the next job starts. */
  error: string | null;
  /** Last non-error outcome worth telling (e.g. a cancelled load). */
  notice: string | null;
  startJob(job: Omit<Job, "progress" | "cancelling">): void;
  updateProgress(progress: Progress): void;
  markCancelling(jobId: number): void;
  /** Ends the job if it is still the current one; `outcome` sets the error or the notice. */
  endJob(jobId: number, outcome?: { error?: string; notice?: string }): void;
  /** Ends whatever runs with an error (the worker crashed: no reply will come). */
  abortAll(error: string): void;
  /** Shows an error that did not come from a job (e.g. an unreadable drop). */
  showError(error: string): void;
  dismissMessages(): void;
}

/** Creates the job slice. */
export const createJobSlice: SliceCreator<JobSlice> = (set) => ({
  job: null,
  error: null,
  notice: null,
  startJob: (job) => set({ job: { ...job, progress: null, cancelling: false }, error: null, notice: null }),
  updateProgress: (progress) =>
    set((s) => (s.job && s.job.jobId === progress.jobId ? { job: { ...s.job, progress } } : s)),
  markCancelling: (jobId) =>
    set((s) => (s.job && s.job.jobId === jobId ? { job: { ...s.job, cancelling: true } } : s)),
  endJob: (jobId, outcome) =>
    set((s) =>
      s.job && s.job.jobId === jobId
        ? { job: null, error: outcome?.error ?? null, notice: outcome?.notice ?? null }
        : s,
    ),
  abortAll: (error) => set({ job: null, error, notice: null }),
  showError: (error) => set({ error, notice: null }),
  dismissMessages: () => set({ error: null, notice: null }),
});
