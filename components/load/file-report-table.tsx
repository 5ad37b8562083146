"use client";
/** The per-file report: what every file or archive entry gave, and what went wrong where. */
import { Fragment, useState } from "react";
import type { FileReport } from "../../lib/cloudtrail/types";
import { formatBytes, formatCount } from "../../lib/state/format";
import { FileErrors } from "./file-errors";
import styles from "./load.module.css";
import reportStyles from "./report.module.css";

/** Rows rendered at first; a folder of thousands of S3 files is shown in pages. */
const PAGE = 100;

function hasProblems(r: FileReport): boolean {
  return r.errorCount > 0 || r.errors.length > 0 || r.warnings.length > 0;
}

/** Table of file reports, files with problems first when asked. */
export function FileReportTable({ files }: { files: FileReport[] }) {
  const [limit, setLimit] = useState(PAGE);
  const [problemsOnly, setProblemsOnly] = useState(false);
  const withProblems = files.filter(hasProblems).length;
  const listed = problemsOnly ? files.filter(hasProblems) : files;
  const visible = listed.slice(0, limit);

  return (
    <section aria-labelledby="file-report-title" className={styles.panel}>
      <div className={styles.progressHead}>
        <h2 id="file-report-title">Files</h2>
        <p className={styles.muted}>
          {formatCount(files.length)} {files.length === 1 ? "file" : "files"}
          {withProblems > 0 ? `, ${formatCount(withProblems)} with problems` : ""}
        </p>
        {withProblems > 0 && withProblems < files.length && (
          <label className={reportStyles.checkbox}>
            <input type="checkbox" checked={problemsOnly} onChange={(e) => setProblemsOnly(e.target.checked)} />
            Only files with problems
          </label>
        )}
      </div>
      <div className={reportStyles.tableWrap}>
        <table className={reportStyles.table} aria-label="Per-file report">
          <thead>
            <tr>
              <th scope="col">Path</th>
              <th scope="col">Format</th>
              <th scope="col" className={reportStyles.num}>Size</th>
              <th scope="col" className={reportStyles.num}>Events</th>
              <th scope="col" className={reportStyles.num}>Skipped</th>
              <th scope="col" className={reportStyles.num}>Duplicates</th>
              <th scope="col" className={reportStyles.num}>Errors</th>
            </tr>
          </thead>
          <tbody>
            {visible.map((r, i) => (
              <Fragment key={`${i}:${r.path}`}>
                <tr>
                  <td className={reportStyles.path}>{r.path}</td>
                  <td>{r.format}</td>
                  <td className={reportStyles.num}>{formatBytes(r.bytes)}</td>
                  <td className={reportStyles.num}>{formatCount(r.events)}</td>
                  <td className={reportStyles.num}>{formatCount(r.skipped)}</td>
                  <td className={reportStyles.num}>{formatCount(r.duplicates)}</td>
                  <td className={`${reportStyles.num} ${r.errorCount > 0 ? styles.bad : ""}`}>{formatCount(r.errorCount)}</td>
                </tr>
                {hasProblems(r) && (
                  <tr className={reportStyles.errorRow}>
                    <td colSpan={7}>
                      <FileErrors report={r} />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      {listed.length > limit && (
        <button type="button" className={styles.secondaryButton} onClick={() => setLimit(limit + PAGE * 5)}>
          Show more files ({formatCount(listed.length - limit)} not shown)
        </button>
      )}
    </section>
  );
}
