"use client";
/** The progress bar of the running job: bytes, files, events, errors, speed, and Cancel. */
import type { Job } from "../../lib/state/job-slice";
import { formatCount } from "../../lib/state/format";
import { progressView } from "../../lib/state/progress-view";
import styles from "./load.module.css";

interface JobProgressProps {
  job: Job;
  onCancel(): void;
}

/** Progress of one long job. */
export function JobProgress({ job, onCancel }: JobProgressProps) {
  const view = progressView(job);
  const percent = view.fraction === null ? undefined : Math.round(view.fraction * 100);
  const title = job.kind === "clear" ? "Clearing the dataset" : `${view.phase} ${job.label}`;
  return (
    <section aria-label="Progress" className={styles.panel} aria-busy="true">
      <div className={styles.progressHead}>
        <h2>{title}</h2>
        {job.kind !== "clear" && (
          <button type="button" onClick={onCancel} disabled={job.cancelling} className={styles.secondaryButton}>
            {job.cancelling ? "Cancelling…" : "Cancel"}
          </button>
        )}
      </div>
      <div
        role="progressbar"
        aria-label={title}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={percent === undefined ? `${view.events} events so far` : `${percent}%`}
        className={styles.progressTrack}
        data-indeterminate={percent === undefined || undefined}
      >
        <div className={styles.progressFill} style={percent === undefined ? undefined : { width: `${percent}%` }} />
      </div>
      <dl className={styles.progressStats}>
        <div>
          <dt>Read</dt>
          <dd>{view.bytes}</dd>
        </div>
        <div>
          <dt>Files</dt>
          <dd>{view.files}</dd>
        </div>
        <div>
          <dt>Events</dt>
          <dd>{view.events}</dd>
        </div>
        <div>
          <dt>Errors</dt>
          <dd className={view.errors > 0 ? styles.bad : undefined}>{formatCount(view.errors)}</dd>
        </div>
        <div>
          <dt>Speed</dt>
          <dd>{view.speed}</dd>
        </div>
        <div>
          <dt>Elapsed</dt>
          <dd>{view.elapsed}</dd>
        </div>
      </dl>
    </section>
  );
}
