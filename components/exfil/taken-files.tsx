"use client";
/** The files taken from each bucket (the chain's collection evidence), with the bucket's sensitivity. */
import type { Sensitivity } from "../../lib/detect/sensitivity";
import { formatBytes, formatCount } from "../../lib/state/format";
import { formatTime } from "../../lib/state/time-format";
import type { BucketTaken } from "../../lib/worker/exfil-stats";
import { useAppStore } from "../state/store-provider";
import styles from "./exfil.module.css";

const SENSITIVITY_COLORS: Readonly<Record<Sensitivity, string>> = { high: "#ff5d5d", medium: "#f2a33a", low: "#7c8a99" };
const LEVEL: Readonly<Record<Sensitivity, string>> = { high: "High", medium: "Medium", low: "Low" };

function BucketFiles({ b }: { b: BucketTaken }) {
  const tz = useAppStore((s) => s.timeZone);
  const files = b.files;
  return (
    <section aria-label={`Files taken from ${b.bucket}`} className={styles.bucket}>
      <h3>
        {b.bucket}
        <span className={styles.sensitivity} style={{ ["--sens" as string]: SENSITIVITY_COLORS[b.sensitivity] }}>
          {LEVEL[b.sensitivity]} sensitivity
        </span>
      </h3>
      <span className={`${styles.muted} ${styles.small}`}>
        {formatCount(b.total)} files · {formatCount(b.reads)} reads{b.bytes === null ? "" : ` · ${formatBytes(b.bytes)}`}
      </span>
      <div className={styles.tableBox}>
        <table className={styles.table} aria-label={`Files from ${b.bucket}`}>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col" className={styles.num}>
                Reads
              </th>
              <th scope="col" className={styles.num}>
                Bytes
              </th>
              <th scope="col">First read</th>
            </tr>
          </thead>
          <tbody>
            {files.map((f) => (
              <tr key={f.key}>
                <td className={styles.wrap}>{f.key}</td>
                <td className={styles.num}>{formatCount(f.reads)}</td>
                <td className={styles.num}>{f.bytes === null ? "–" : formatBytes(f.bytes)}</td>
                <td className={styles.nowrap}>{formatTime(f.first, tz)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {b.total > files.length && <span className={`${styles.muted} ${styles.small}`}>The first {formatCount(files.length)} of {formatCount(b.total)} files are listed.</span>}
    </section>
  );
}

/** Every bucket the chain took files from. */
export function TakenFiles({ buckets }: { buckets: readonly BucketTaken[] }) {
  return (
    <section aria-labelledby="exfil-files" className={styles.panel}>
      <div className={styles.head}>
        <h2 id="exfil-files">Files taken</h2>
        <span className={styles.muted}>from the collection and exfiltration evidence</span>
      </div>
      {buckets.length === 0 ? <p className={styles.muted}>No object reads among the chain&apos;s collection evidence.</p> : buckets.map((b) => <BucketFiles key={b.bucket} b={b} />)}
    </section>
  );
}
