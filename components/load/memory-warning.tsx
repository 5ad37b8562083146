"use client";
/** Asks before a load that may not fit in this tab's memory, with the estimate's numbers. */
import type { MemoryWarning } from "../../lib/worker/memory-estimate";
import styles from "./load.module.css";

interface MemoryWarningProps {
  warning: MemoryWarning;
  onContinue(): void;
  onCancel(): void;
}

/** The confirmation panel. */
export function MemoryWarningPanel({ warning, onContinue, onCancel }: MemoryWarningProps) {
  return (
    <section role="alertdialog" aria-label="Memory warning" aria-describedby="memory-warning-text" className={warning.verdict === "likely-to-fail" ? styles.alert : styles.notice}>
      <p id="memory-warning-text">{warning.text}</p>
      <div className={styles.alertActions}>
        <button type="button" className={styles.secondaryButton} onClick={onContinue}>
          Load anyway
        </button>
        <button type="button" className={styles.secondaryButton} onClick={onCancel} autoFocus>
          Cancel
        </button>
      </div>
    </section>
  );
}
