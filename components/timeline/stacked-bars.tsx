"use client";
/**
 * The histogram's bars, drawn as plain SVG rects from the chart's own scales.
 * Recharts' <Bar> builds a component tree per rectangle, which at a few
 * thousand segments costs more than a second per filter change; one memoised
 * layer of rects costs a few milliseconds. Each rect carries its bucket and
 * series index for click handling; no record value reaches the DOM here.
 */
import { memo } from "react";
import { useXAxisScale, useYAxisScale } from "recharts";
import type { ChartModel } from "./chart-data";
import styles from "./timeline.module.css";

/** Which segment a click landed on, read from the rect's data attributes. */
export function segmentOf(target: EventTarget | null): { bucket: number; series: number } | null {
  if (!(target instanceof SVGElement)) return null;
  const bucket = Number(target.dataset.bucket);
  const series = Number(target.dataset.series);
  return Number.isInteger(bucket) && Number.isInteger(series) ? { bucket, series } : null;
}

/** Stacked bars of the model (series 0 at the bottom). */
export const StackedBars = memo(function StackedBars({ model }: { model: ChartModel }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  const first = model.rows[0]?.t;
  const band = first === undefined ? 0 : (x(first, { position: "end" }) ?? 0) - (x(first, { position: "start" }) ?? 0);
  const width = Math.max(1, band > 3 ? band - 1 : band);
  const rects: React.ReactElement[] = [];
  model.rows.forEach((row, b) => {
    const left = x(row.t, { position: "start" });
    if (left === undefined) return;
    let base = 0;
    model.series.forEach((s, i) => {
      const n = row[s.key];
      if (!n) return;
      const top = y(base + n);
      const bottom = y(base);
      base += n;
      if (top === undefined || bottom === undefined) return;
      rects.push(
        <rect
          key={`${b}:${i}`}
          className={styles.segment}
          x={left}
          y={top}
          width={width}
          height={Math.max(1, bottom - top)}
          fill={s.color}
          data-bucket={b}
          data-series={i}
        />,
      );
    });
  });
  return <g className={styles.bars}>{rects}</g>;
});
