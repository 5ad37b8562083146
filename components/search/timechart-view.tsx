"use client";
/**
 * A timechart result: stacked columns or lines (switchable), a legend, and
 * the result table under the chart. Series names are record values: they
 * are drawn as text only (legend, tooltip), never as markup or object keys.
 */
import { useMemo } from "react";
import { Bar, BarChart, CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { TimechartResult } from "../../lib/search/result";
import { formatCount } from "../../lib/state/format";
import type { ChartStyle } from "../../lib/state/search-slice";
import { formatTick, formatTime, zoneLabel, type TimeZoneMode } from "../../lib/state/time-format";
import type { FieldInfo } from "../../lib/worker/protocol";
import { truncate } from "../filters/value-text";
import { useAppStore } from "../state/store-provider";
import { compactCount } from "../timeline/chart-data";
import { ResultTable } from "./result-table";
import { timechartModel, type TimechartModel } from "./timechart-model";
import styles from "./results.module.css";

const STYLES: readonly { id: ChartStyle; label: string }[] = [
  { id: "columns", label: "Stacked columns" },
  { id: "lines", label: "Lines" },
];

function pointIndex(model: TimechartModel, activeIndex: unknown, label: unknown): number | null {
  const i = Number(activeIndex);
  if (activeIndex !== undefined && activeIndex !== null && Number.isInteger(i) && i >= 0 && i < model.points.length) return i;
  if (typeof label !== "number") return null;
  const at = model.points.findIndex((p) => p.t === label);
  return at >= 0 ? at : null;
}

function TimechartTooltip({ active, index, model, tz }: { active?: boolean; index: number | null; model: TimechartModel; tz: TimeZoneMode }) {
  if (!active || index === null) return null;
  const point = model.points[index];
  if (!point) return null;
  const parts = model.series.map((s) => ({ s, v: point[s.key] })).filter((p) => p.v !== undefined && p.v !== 0);
  return (
    <div className={styles.tooltip}>
      <p className={styles.tooltipTime}>
        {formatTime(point.t, tz)} {zoneLabel(tz)}
      </p>
      <ul className={styles.tooltipList}>
        {parts.slice(0, 14).map(({ s, v }) => (
          <li key={s.key}>
            <span className={styles.swatch} style={{ background: s.color }} aria-hidden="true" />
            <span className={styles.tooltipLabel}>{truncate(s.label, 60)}</span>
            <span className={styles.tooltipValue}>{Number.isInteger(v) ? formatCount(v!) : String(v)}</span>
          </li>
        ))}
      </ul>
      {parts.length === 0 && <p className={styles.muted}>No values in this bucket</p>}
    </div>
  );
}

/** The chart and the table of a timechart. */
export function TimechartView({ result, fields }: { result: TimechartResult; fields: readonly FieldInfo[] }) {
  const tz = useAppStore((s) => s.timeZone);
  const chartStyle = useAppStore((s) => s.chartStyle);
  const setChartStyle = useAppStore((s) => s.setChartStyle);
  const model = useMemo(() => timechartModel(result.columns, result.rows, result.spanMs), [result]);
  const ChartKind = chartStyle === "lines" ? LineChart : BarChart;
  const tooltip = (
    <Tooltip
      isAnimationActive={false}
      cursor={chartStyle === "lines" ? { stroke: "var(--text-muted)" } : { fill: "var(--text)", fillOpacity: 0.06 }}
      content={(props) => <TimechartTooltip active={props.active} index={pointIndex(model, props.activeIndex, props.label)} model={model} tz={tz} />}
    />
  );

  return (
    <div className={styles.chartSection}>
      <div className={styles.toolbar}>
        <h3 className={styles.sectionTitle}>Chart</h3>
        <div role="group" aria-label="Chart style" className={styles.segmented}>
          {STYLES.map((s) => (
            <button key={s.id} type="button" aria-pressed={chartStyle === s.id} onClick={() => setChartStyle(s.id)}>
              {s.label}
            </button>
          ))}
        </div>
      </div>
      <figure role="figure" aria-label="Search result chart" className={styles.figure}>
        <div className={styles.chartBox}>
          <ChartKind responsive style={{ width: "100%", height: "100%" }} data={model.points} margin={{ top: 8, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} stroke="var(--border)" strokeOpacity={0.6} />
            <XAxis
              dataKey="t"
              tickFormatter={(t: number) => formatTick(t, model.spanMs, tz)}
              minTickGap={40}
              tick={{ fill: "var(--text-muted)", fontSize: "0.75rem" }}
              stroke="var(--border)"
            />
            <YAxis width={52} tickFormatter={compactCount} tick={{ fill: "var(--text-muted)", fontSize: "0.75rem" }} stroke="var(--border)" />
            {tooltip}
            {model.series.map((s) =>
              chartStyle === "lines" ? (
                <Line key={s.key} dataKey={s.key} name={s.key} type="linear" stroke={s.color} strokeWidth={2} dot={model.points.length <= 60} isAnimationActive={false} />
              ) : (
                <Bar key={s.key} dataKey={s.key} name={s.key} stackId="series" fill={s.color} isAnimationActive={false} />
              ),
            )}
          </ChartKind>
        </div>
        <figcaption>
          <ul aria-label="Series" className={styles.legend}>
            {model.series.map((s) => (
              <li key={s.key} title={truncate(s.label, 500)}>
                <span className={styles.swatch} style={{ background: s.color }} aria-hidden="true" />
                {truncate(s.label, 48)}
              </li>
            ))}
          </ul>
        </figcaption>
      </figure>
      <ResultTable columns={result.columns} rows={result.rows} fields={fields} label="Search results" />
    </div>
  );
}
