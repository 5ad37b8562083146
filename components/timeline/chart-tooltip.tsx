"use client";
/** The chart's tooltip: the bucket's time span and its count per series, as text. */
import { formatCount } from "../../lib/state/format";
import { formatTime, zoneLabel, type TimeZoneMode } from "../../lib/state/time-format";
import { truncate } from "../filters/value-text";
import type { ChartModel } from "./chart-data";
import styles from "./timeline.module.css";

interface ChartTooltipProps {
  active?: boolean;
  index: number | null;
  model: ChartModel;
  tz: TimeZoneMode;
}

/** Tooltip content for one bucket. */
export function ChartTooltip({ active, index, model, tz }: ChartTooltipProps) {
  if (!active || index === null) return null;
  const row = model.rows[index];
  if (!row) return null;
  const parts = model.series
    .map((s) => ({ s, n: row[s.key] ?? 0 }))
    .filter((p) => p.n > 0)
    .reverse();
  const total = parts.reduce((a, p) => a + p.n, 0);
  const stacked = model.series.length > 1 || model.series[0]?.label !== "";
  return (
    <div className={styles.tooltip}>
      <p className={styles.tooltipTime}>
        {formatTime(row.t, tz)} → {formatTime(row.t + model.spanMs, tz).slice(11)} {zoneLabel(tz)}
      </p>
      <p>
        <strong>{formatCount(total)}</strong> events
      </p>
      {stacked && parts.length > 0 && (
        <ul className={styles.tooltipList}>
          {parts.slice(0, 12).map(({ s, n }) => (
            <li key={s.key}>
              <span className={styles.swatch} style={{ background: s.color }} aria-hidden="true" />
              <span className={styles.tooltipLabel}>{s.other ? "other" : truncate(s.label, 60) || "(empty)"}</span>
              <span className={styles.tooltipCount}>{formatCount(n)}</span>
            </li>
          ))}
        </ul>
      )}
      <p className={styles.tooltipHint}>Click: filter to this bar · drag: zoom</p>
    </div>
  );
}
