"use client";
/**
 * The histogram's bars, drawn from the chart's own scales as one SVG path per
 * series plus one transparent hit rectangle per bar. Recharts' <Bar> builds a
 * component tree per rectangle, and even one <rect> per segment is a few
 * thousand elements whose attributes change on every filter; a path per
 * series keeps a filter change to a dozen elements and a few hundred hit
 * rectangles. A click reads its bar from the hit rectangle and its series
 * from how high up the bar it landed. No record value reaches the DOM here.
 */
import { memo } from "react";
import { useXAxisScale, useYAxisScale } from "recharts";
import { seriesAt, type ChartModel } from "./chart-data";
import styles from "./timeline.module.css";

/** Which segment a click landed on: the hit rectangle's bar, and the series at the click's height. */
export function segmentOf(target: EventTarget | null, clientY: number, model: ChartModel): { bucket: number; series: number } | null {
  if (!(target instanceof SVGGraphicsElement)) return null;
  const bucket = Number(target.dataset.bucket);
  if (!Number.isInteger(bucket)) return null;
  const box = target.getBoundingClientRect();
  const fraction = box.height > 0 ? (box.bottom - clientY) / box.height : 0;
  const series = seriesAt(model, bucket, fraction);
  return series === null ? null : { bucket, series };
}

/** Stacked bars of the model (series 0 at the bottom). */
export const StackedBars = memo(function StackedBars({ model }: { model: ChartModel }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  const first = model.rows[0]?.t;
  const band = first === undefined ? 0 : (x(first, { position: "end" }) ?? 0) - (x(first, { position: "start" }) ?? 0);
  const width = Math.max(1, band > 3 ? band - 1 : band);
  const paths: string[][] = model.series.map(() => []);
  const hits: React.ReactElement[] = [];
  const zero = y(0);
  model.rows.forEach((row, b) => {
    const left = x(row.t, { position: "start" });
    if (left === undefined || zero === undefined) return;
    let base = 0;
    model.series.forEach((s, i) => {
      const n = row[s.key];
      if (!n) return;
      const top = y(base + n);
      const bottom = y(base);
      base += n;
      if (top === undefined || bottom === undefined) return;
      const h = Math.max(1, bottom - top);
      paths[i]!.push(`M${r2(left)} ${r2(bottom - h)}h${r2(width)}v${r2(h)}h${r2(-width)}z`);
    });
    const top = base > 0 ? y(base) : undefined;
    if (top === undefined) return;
    const h = Math.max(1, zero - top);
    hits.push(<rect key={b} className={styles.hit} x={r2(left)} y={r2(zero - h)} width={r2(width)} height={r2(h)} data-bucket={b} />);
  });
  return (
    <g className={styles.bars}>
      {model.series.map((s, i) => (paths[i]!.length > 0 ? <path key={s.key} className={styles.segment} d={paths[i]!.join("")} fill={s.color} data-series={i} /> : null))}
      {hits}
    </g>
  );
});

function r2(n: number): number {
  return Math.round(n * 100) / 100;
}
