"use client";
/**
 * The histogram of events over time, stacked by the chosen field. Drag across
 * the bars to zoom (sets the time range); click a bar segment to filter by its
 * series value and its time bucket. Labels and tooltips show record values as
 * text only.
 */
import { memo, useRef, useState, type MouseEvent as ReactMouseEvent, type ReactNode } from "react";
import { Bar, BarChart, CartesianGrid, ReferenceArea, Tooltip, XAxis, YAxis } from "recharts";
import type { MouseHandlerDataParam } from "recharts";
import { formatTick, type TimeZoneMode } from "../../lib/state/time-format";
import { useRemPixels } from "../events/use-scaled-virtualizer";
import { bucketRange, compactCount, type ChartModel } from "./chart-data";
import { ChartTooltip } from "./chart-tooltip";
import { segmentOf, StackedBars } from "./stacked-bars";
import styles from "./timeline.module.css";

interface TimelineChartProps {
  model: ChartModel;
  tz: TimeZoneMode;
  /** Drag result: the buckets between the two ends. */
  onBrush(range: { start: number; end: number }): void;
  /** Click on one segment. */
  onSegment(seriesIndex: number, range: { start: number; end: number }, exclude: boolean): void;
  /** Overlays drawn inside the chart on its axes (finding markers, annotations); memoise them, or the chart redraws. */
  children?: ReactNode;
}

function indexOf(state: MouseHandlerDataParam | null | undefined): number | null {
  const raw = state?.activeTooltipIndex ?? state?.activeIndex;
  if (raw === undefined || raw === null) return null;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 0 ? n : null;
}

/** The stacked bar chart (memoised: it redraws only when its model, zone or handlers change). */
export const TimelineChart = memo(function TimelineChart({ model, tz, onBrush, onSegment, children }: TimelineChartProps) {
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);
  // Set when a mouseup ended a real drag, so the click that follows it is not read as a segment click.
  const brushed = useRef(false);
  const { rows, spanMs } = model;
  // Tick labels grow with the root font (4K screens): so must the room between them.
  const tickGap = useRemPixels(3.5);

  const finish = () => {
    if (drag && drag.from !== drag.to) {
      const range = bucketRange(model, drag.from, drag.to);
      if (range) {
        brushed.current = true;
        onBrush(range);
      }
    }
    setDrag(null);
  };

  const onClick = (ev: ReactMouseEvent) => {
    if (brushed.current) {
      brushed.current = false;
      return;
    }
    const hit = segmentOf(ev.target, ev.clientY, model);
    const range = hit && bucketRange(model, hit.bucket, hit.bucket);
    if (hit && range) onSegment(hit.series, range, ev.altKey || ev.shiftKey);
  };

  const lo = drag ? Math.min(drag.from, drag.to) : 0;
  const hi = drag ? Math.max(drag.from, drag.to) : 0;

  return (
    <div className={styles.chartBox} data-dragging={drag ? true : undefined} onClick={onClick}>
      <BarChart
        responsive
        style={{ width: "100%", height: "100%" }}
        data={rows}
        margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
        barCategoryGap={1}
        accessibilityLayer={false}
        onMouseDown={(state) => {
          brushed.current = false;
          const i = indexOf(state);
          if (i !== null) setDrag({ from: i, to: i });
        }}
        onMouseMove={(state) => {
          if (!drag) return;
          const i = indexOf(state);
          if (i !== null && i !== drag.to) setDrag({ from: drag.from, to: i });
        }}
        onMouseUp={finish}
        onMouseLeave={() => setDrag(null)}
      >
        <CartesianGrid vertical={false} stroke="var(--border)" strokeOpacity={0.6} />
        <XAxis
          dataKey="t"
          tickFormatter={(t: number) => formatTick(t, spanMs, tz)}
          minTickGap={tickGap}
          tick={{ fill: "var(--text-muted)", fontSize: "0.75rem" }}
          stroke="var(--border)"
        />
        <YAxis
          type="number"
          domain={[0, Math.max(1, model.peak)]}
          // No <Bar> registers data with the chart (see stacked-bars.tsx), so the domain must stand on its own.
          allowDataOverflow
          width={48}
          allowDecimals={false}
          tickFormatter={compactCount}
          tick={{ fill: "var(--text-muted)", fontSize: "0.75rem" }}
          stroke="var(--border)"
        />
        {/* Never drawn: it only gives the tooltip a payload, so recharts shows it (the bars are StackedBars). */}
        <Bar dataKey="total" hide isAnimationActive={false} />
        <Tooltip
          includeHidden
          isAnimationActive={false}
          cursor={{ fill: "var(--text)", fillOpacity: 0.06 }}
          content={(props) => <ChartTooltip active={props.active} index={tooltipIndex(model, props.activeIndex, props.label)} model={model} tz={tz} />}
        />
        <StackedBars model={model} />
        {children}
        {drag && drag.from !== drag.to && rows[lo] && rows[hi] && (
          <ReferenceArea x1={rows[lo]!.t} x2={rows[hi]!.t} fill="var(--accent)" fillOpacity={0.18} stroke="var(--accent)" strokeOpacity={0.6} />
        )}
      </BarChart>
    </div>
  );
});

function tooltipIndex(model: ChartModel, activeIndex: unknown, label: unknown): number | null {
  const direct = Number(activeIndex);
  if (activeIndex !== undefined && activeIndex !== null && Number.isInteger(direct) && direct >= 0 && direct < model.rows.length) return direct;
  if (typeof label !== "number") return null;
  const i = Math.round((label - (model.rows[0]?.t ?? 0)) / model.spanMs);
  return i >= 0 && i < model.rows.length ? i : null;
}
