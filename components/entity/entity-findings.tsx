"use client";
/** The findings about one principal or bucket: severity, title, time span and summary, each opening the timeline over its evidence. */
import Link from "next/link";
import type { Finding } from "../../lib/detect/finding";
import { formatTime, zoneLabel } from "../../lib/state/time-format";
import { timelineHref } from "../findings/finding-links";
import { useAppStore } from "../state/store-provider";
import { useUrlState } from "../hooks/use-url-state";
import styles from "./entity.module.css";

/** The list (or a note that there is none). */
export function EntityFindings({ findings, label }: { findings: readonly Finding[]; label: string }) {
  const tz = useAppStore((s) => s.timeZone);
  const url = useUrlState();
  return (
    <section aria-label={label} className={styles.panel}>
      <div className={styles.panelHead}>
        <h2>Findings</h2>
        <span className={styles.muted}>{findings.length === 0 ? "none" : `${findings.length}`}</span>
      </div>
      {findings.length === 0 ? (
        <p className={styles.muted}>No detection names it.</p>
      ) : (
        <ul className={styles.findings}>
          {findings.map((f) => (
            <li key={f.id} className={styles.finding}>
              <span className={styles.badge} data-severity={f.severity}>
                {f.severity.toUpperCase()}
              </span>
              <strong>{f.title}</strong>
              <Link href={timelineHref(f, url)} className={styles.link} title="Open the timeline over this finding's time span">
                {formatTime(f.start, tz)} → {formatTime(f.end, tz).slice(11)} {zoneLabel(tz)}
              </Link>
              <p className={styles.findingSummary}>{f.summary}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
