"use client";
/**
 * The identity's S3 object reads by hour of day and day (the entity pages'
 * heatmap), and the hours far above its usual reads at that hour. A cell
 * opens the timeline over that hour for the principal.
 */
import { useRouter } from "next/navigation";
import { formatCount } from "../../lib/state/format";
import { hrefFor } from "../../lib/state/url-state";
import type { ExfilStats } from "../../lib/worker/exfil-stats";
import { ABOVE_BASELINE_FACTOR, MIN_FLAGGED_READS } from "../../lib/worker/exfil-stats";
import { HourHeatmap } from "../entity/hour-heatmap";
import { useUrlState } from "../hooks/use-url-state";
import { aboveBaselineRuns, baselineText, runLabel } from "./read-summary";
import styles from "./exfil.module.css";

/** The heatmap panel. */
export function ReadsPanel({ stats, principal }: { stats: ExfilStats; principal: string }) {
  const router = useRouter();
  const url = useUrlState();
  const runs = aboveBaselineRuns(stats);
  const who = stats.principals.join(", ");
  const openHour = (range: { start: number; end: number }) =>
    router.push(hrefFor("/timeline", { ...url, chips: [{ field: "principal", value: principal, negate: false }], timeRange: range, text: "", selectedEvent: null }));

  return (
    <section aria-labelledby="exfil-reads" className={styles.panel}>
      <div className={styles.head}>
        <h2 id="exfil-reads">S3 reads by hour and day</h2>
        <span className={styles.muted}>
          {formatCount(stats.reads)} GetObject by {who}
        </span>
      </div>
      {stats.reads === 0 ? (
        <p className={styles.muted}>No S3 object reads by {who} in the loaded data.</p>
      ) : (
        <HourHeatmap heatmap={stats.heatmap} label="S3 reads by hour of day (UTC) and day" onCell={openHour} />
      )}
      <p className={`${styles.muted} ${styles.small}`}>{baselineText(stats.baseline)}</p>
      {stats.reads > 0 && (
        <section aria-label="Hours above baseline">
          <h3 className={styles.small}>
            Above baseline (at least {ABOVE_BASELINE_FACTOR}× the usual reads at that hour, and {MIN_FLAGGED_READS} or more)
          </h3>
          {runs.length === 0 ? (
            <p className={styles.muted}>No hour stands out.</p>
          ) : (
            <ul className={styles.runs}>
              {runs.map((r) => (
                <li key={`${r.day}:${r.fromHour}`}>
                  {runLabel(r)}: {formatCount(r.reads)} reads, usually {r.usual.toFixed(1)}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </section>
  );
}
