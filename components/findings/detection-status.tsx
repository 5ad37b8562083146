"use client";
/** Whether detections are running, failed, or waiting for a load: a status line, never a spinner without an end. */
import { formatCount } from "../../lib/state/format";
import type { FindingsState } from "./use-findings";
import styles from "./findings.module.css";

/** The detection run's state for a view that shows findings. */
export function DetectionStatus({ state }: { state: FindingsState }) {
  if (state.loading) {
    return (
      <p role="status" className={styles.status}>
        Loading data… detections run when the load finishes.
      </p>
    );
  }
  if (state.error) {
    return (
      <p role="alert" className={styles.error}>
        Detections failed: {state.error}
      </p>
    );
  }
  if (!state.running) return null;
  const p = state.progress;
  return (
    <p role="status" className={styles.status}>
      <span>Detections running…{p ? ` ${formatCount(p.done)} of ${formatCount(p.total)} rules` : ""}</span>
      {p ? <progress aria-label="Detection progress" value={p.done} max={Math.max(1, p.total)} /> : <progress aria-label="Detection progress" />}
    </p>
  );
}
