"use client";
/**
 * An entity's events over time (recharts), stacked by a field, with
 * findings drawn as shaded spans and the analyst's notes on that time as marks. Click a bar segment to filter to its
 * series value and time bucket. Labels are record values shown as text only;
 * series are keyed s0, s1, … (see components/timeline/chart-data.ts).
 */
import { useMemo, type MouseEvent } from "react";
import { Bar, BarChart, CartesianGrid, ReferenceArea, Tooltip, XAxis, YAxis } from "recharts";
import type { HistogramResult } from "../../lib/index/types";
import { fieldLabel } from "../../lib/state/field-names";
import { formatCount } from "../../lib/state/format";
import { formatTick } from "../../lib/state/time-format";
import { FilterValue } from "../filters/filter-value";
import { TimelineNoteMarkers } from "../notes/timeline-notes";
import { useAppStore } from "../state/store-provider";
import { bucketRange, chartModel, compactCount } from "../timeline/chart-data";
import { ChartTooltip } from "../timeline/chart-tooltip";
import { describeSpan, markerBars } from "./chart-markers";
import styles from "./entity.module.css";

/** A span to shade on the chart (a finding). */
export interface ChartMarker {
  id: string;
  start: number;
  end: number;
  label: string;
}

interface EntityChartProps {
  histogram: HistogramResult;
  /** The field the series are values of. */
  stackBy: string;
  /** Accessible name of the figure. */
  label: string;
  markers?: readonly ChartMarker[];
}

/** The stacked chart with its legend. */
export function EntityChart({ histogram, stackBy, label, markers = [] }: EntityChartProps) {
  const tz = useAppStore((s) => s.timeZone);
  const addChip = useAppStore((s) => s.addChip);
  const setTimeRange = useAppStore((s) => s.setTimeRange);
  const model = useMemo(() => chartModel(histogram, true), [histogram]);
  const { rows, series, spanMs } = model;

  const onSegment = (seriesIndex: number) => (_: unknown, bucket: number, ev: MouseEvent) => {
    const s = series[seriesIndex];
    const range = bucketRange(model, bucket, bucket);
    const exclude = ev.altKey || ev.shiftKey;
    if (s && !s.other) addChip({ field: stackBy, value: s.label, negate: exclude });
    if (range && !exclude) setTimeRange(range);
  };

  if (rows.length === 0 || model.total === 0) return <p className={styles.muted}>No events in this range.</p>;
  return (
    <figure className={styles.figure} aria-label={label}>
      <div className={styles.chartBox}>
        <BarChart responsive style={{ width: "100%", height: "100%" }} data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 0 }} barCategoryGap={1} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke="var(--border)" strokeOpacity={0.6} />
          <XAxis dataKey="t" tickFormatter={(t: number) => formatTick(t, spanMs, tz)} minTickGap={48} tick={{ fill: "var(--text-muted)", fontSize: "0.75rem" }} stroke="var(--border)" />
          <YAxis width={44} allowDecimals={false} tickFormatter={compactCount} tick={{ fill: "var(--text-muted)", fontSize: "0.75rem" }} stroke="var(--border)" />
          <Tooltip
            isAnimationActive={false}
            cursor={{ fill: "var(--text)", fillOpacity: 0.06 }}
            content={(props) => {
              const i = Number(props.activeIndex);
              return <ChartTooltip active={props.active} index={Number.isInteger(i) && i >= 0 && i < rows.length ? i : null} model={model} tz={tz} />;
            }}
          />
          {markers.map((m) => {
            const bars = markerBars(model, m.start, m.end);
            if (!bars) return null;
            return (
              <ReferenceArea
                key={m.id}
                x1={rows[bars[0]]!.t}
                x2={rows[bars[1]]!.t}
                fill="var(--bad)"
                fillOpacity={0.12}
                stroke="var(--bad)"
                strokeOpacity={0.7}
                strokeDasharray="3 3"
                ifOverflow="extendDomain"
                className="finding-marker"
              />
            );
          })}
          <TimelineNoteMarkers first={rows[0]!.t} spanMs={spanMs} buckets={rows.length} />
          {series.map((s, i) => (
            <Bar key={s.key} dataKey={s.key} name={s.key} stackId="events" fill={s.color} isAnimationActive={false} cursor="pointer" onClick={onSegment(i)} />
          ))}
        </BarChart>
      </div>
      <figcaption className={styles.hint}>
        {formatCount(model.total)} events in bars of {describeSpan(spanMs)}, by {fieldLabel(stackBy).toLowerCase()}
        {markers.length > 0 ? ` · shaded: ${markers.length} finding${markers.length === 1 ? "" : "s"}` : ""} · click a bar to filter to it
      </figcaption>
      <ul aria-label={`${label}: series`} className={styles.legend}>
        {series.map((s) => (
          <li key={s.key} className={styles.legendItem}>
            <span className={styles.swatch} style={{ background: s.color }} aria-hidden="true" />
            {s.other ? <span className={styles.muted}>other</span> : <FilterValue field={stackBy} value={s.label} maxChars={40} />}
            <span className={styles.muted}>{formatCount(s.total)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
