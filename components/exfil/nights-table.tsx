"use client";
/** Objects and bytes read per night (22:00–06:00 UTC), named by the day the night ends on. */
import { formatBytes, formatCount } from "../../lib/state/format";
import { formatTime, zoneLabel } from "../../lib/state/time-format";
import type { NightReads } from "../../lib/worker/exfil-stats";
import { NIGHT_FROM_HOUR, NIGHT_TO_HOUR } from "../../lib/worker/exfil-stats";
import { useAppStore } from "../state/store-provider";
import styles from "./exfil.module.css";

const hh = (h: number) => `${String(h).padStart(2, "0")}:00`;

/** The nights table. */
export function NightsTable({ nights }: { nights: readonly NightReads[] }) {
  const tz = useAppStore((s) => s.timeZone);
  return (
    <section aria-labelledby="exfil-nights" className={styles.panel}>
      <div className={styles.head}>
        <h2 id="exfil-nights">Objects and bytes per night</h2>
        <span className={styles.muted}>
          {hh(NIGHT_FROM_HOUR)}–{hh(NIGHT_TO_HOUR)} UTC
        </span>
      </div>
      {nights.length === 0 ? (
        <p className={styles.muted}>No S3 reads at night.</p>
      ) : (
        <div className={styles.tableBox}>
          <table className={styles.table} aria-label="Reads per night">
            <thead>
              <tr>
                <th scope="col">Night ending</th>
                <th scope="col" className={styles.num}>
                  Objects
                </th>
                <th scope="col" className={styles.num}>
                  Files
                </th>
                <th scope="col" className={styles.num}>
                  Bytes
                </th>
                <th scope="col">Buckets</th>
                <th scope="col">First – last ({zoneLabel(tz)})</th>
              </tr>
            </thead>
            <tbody>
              {nights.map((n) => (
                <tr key={n.day}>
                  <th scope="row" className={styles.nowrap}>
                    {new Date(n.day).toISOString().slice(0, 10)}
                  </th>
                  <td className={styles.num}>{formatCount(n.objects)}</td>
                  <td className={styles.num}>{formatCount(n.files)}</td>
                  <td className={styles.num}>{n.bytes === null ? "–" : formatBytes(n.bytes)}</td>
                  <td className={styles.wrap}>{n.buckets.join(", ")}</td>
                  <td className={styles.nowrap}>
                    {formatTime(n.first, tz).slice(5, 16)} – {formatTime(n.last, tz).slice(5, 16)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
