"use client";
/** A file's errors and warnings with their line numbers: a few inline, all on demand. */
import { useState } from "react";
import type { FileReport, IngestError } from "../../lib/cloudtrail/types";
import { formatCount } from "../../lib/state/format";
import styles from "./load.module.css";
import reportStyles from "./report.module.css";

/** How many problems a file shows before the rest hide behind "Show all". */
const INLINE_PROBLEMS = 3;

function where(e: IngestError): string {
  const parts: string[] = [];
  if (e.line !== undefined) parts.push(`line ${e.line}`);
  if (e.record !== undefined) parts.push(`record [${e.record}]`);
  return parts.length > 0 ? parts.join(", ") : "file";
}

/** The problem list of one file report. */
export function FileErrors({ report }: { report: FileReport }) {
  const [expanded, setExpanded] = useState(false);
  const problems = [
    ...report.errors.map((e) => ({ ...e, level: "error" as const })),
    ...report.warnings.map((e) => ({ ...e, level: "warning" as const })),
  ];
  const shown = expanded ? problems : problems.slice(0, INLINE_PROBLEMS);
  const unlisted = report.errorCount - report.errors.length;
  return (
    <div className={reportStyles.fileErrors}>
      <ul aria-label={`Problems in ${report.path}`}>
        {shown.map((e, i) => (
          <li key={i} className={e.level === "error" ? styles.bad : styles.warn}>
            <span className={reportStyles.where}>{where(e)}</span>
            {e.level === "warning" ? "warning: " : ""}
            {e.message}
          </li>
        ))}
      </ul>
      {problems.length > INLINE_PROBLEMS && (
        <button type="button" className={styles.linkButton} aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? "Show fewer" : `Show all ${formatCount(problems.length)} listed problems`}
        </button>
      )}
      {unlisted > 0 && (
        <p className={styles.muted}>
          {formatCount(unlisted)} more errors were counted but not listed (the first {formatCount(report.errors.length)} are).
        </p>
      )}
    </div>
  );
}
