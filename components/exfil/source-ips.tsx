"use client";
/** The source IPs the chain's identities used, the ones behind the evidence first. */
import { formatCount } from "../../lib/state/format";
import { formatTime, zoneLabel } from "../../lib/state/time-format";
import type { ExfilStats } from "../../lib/worker/exfil-stats";
import { useAppStore } from "../state/store-provider";
import styles from "./exfil.module.css";

/** The IP table. */
export function SourceIps({ ips }: { ips: ExfilStats["ips"] }) {
  const tz = useAppStore((s) => s.timeZone);
  return (
    <section aria-labelledby="exfil-ips" className={styles.panel}>
      <div className={styles.head}>
        <h2 id="exfil-ips">Source IPs</h2>
        <span className={styles.muted}>{ips.total > ips.items.length ? `${formatCount(ips.items.length)} of ${formatCount(ips.total)}` : formatCount(ips.total)}</span>
      </div>
      {ips.items.length === 0 ? (
        <p className={styles.muted}>No events.</p>
      ) : (
        <div className={styles.tableBox}>
          <table className={styles.table} aria-label="Source IPs">
            <thead>
              <tr>
                <th scope="col">IP</th>
                <th scope="col" className={styles.num}>
                  Events
                </th>
                <th scope="col" className={styles.num}>
                  S3 reads
                </th>
                <th scope="col" className={styles.num}>
                  In evidence
                </th>
                <th scope="col">First – last ({zoneLabel(tz)})</th>
              </tr>
            </thead>
            <tbody>
              {ips.items.map((ip) => (
                <tr key={ip.ip}>
                  <td className={styles.wrap}>{ip.ip || "(empty)"}</td>
                  <td className={styles.num}>{formatCount(ip.events)}</td>
                  <td className={styles.num}>{formatCount(ip.reads)}</td>
                  <td className={styles.num}>{formatCount(ip.evidence)}</td>
                  <td className={styles.nowrap}>
                    {formatTime(ip.first, tz).slice(0, 16)} – {formatTime(ip.last, tz).slice(0, 16)}
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
