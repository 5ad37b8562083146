"use client";
/**
 * "Events over time": asks the worker for the histogram of the current
 * filters over the zoomed range (or the whole dataset), draws it, and turns
 * drags and clicks into filters.
 */
import { useCallback, useMemo, useRef } from "react";
import { fieldLabel } from "../../lib/state/field-names";
import { formatCount } from "../../lib/state/format";
import { bucketAlignMs } from "../../lib/state/time-format";
import { effectiveSpan } from "../../lib/state/time-spans";
import { FilterValue } from "../filters/filter-value";
import { TimelineFindingMarkers } from "../findings/finding-markers";
import { useHasData, useQuerySpec } from "../filters/use-query-spec";
import { useEngineQuery } from "../hooks/use-engine-query";
import { TimelineNoteMarkers, TimelineNotes } from "../notes/timeline-notes";
import { usePaintMark } from "../hooks/perf-marks";
import { useAppStore } from "../state/store-provider";
import { chartModel, histogramRange, zoomOut } from "./chart-data";
import { ChartControls } from "./chart-controls";
import { TimelineChart } from "./timeline-chart";
import styles from "./timeline.module.css";

/** Series besides "other". */
const TOP_SERIES = 8;

/** The histogram panel. */
export function TimelinePanel() {
  const { spec, key: specKey } = useQuerySpec();
  const hasData = useHasData();
  const timeRange = useAppStore((s) => s.timeRange);
  const bounds = useAppStore((s) => s.summary?.timeRange ?? null);
  const tz = useAppStore((s) => s.timeZone);
  const stackBy = useAppStore((s) => s.stackBy);
  const spanSetting = useAppStore((s) => s.span);
  const setSpan = useAppStore((s) => s.setSpan);
  const setStackBy = useAppStore((s) => s.setStackBy);
  const setTimeRange = useAppStore((s) => s.setTimeRange);
  const addChip = useAppStore((s) => s.addChip);

  const range = histogramRange(timeRange, bounds);
  const { span, coarsened } = effectiveSpan(spanSetting, range ? range.end - range.start : 0);
  // In local time, buckets of an hour or more start on the local hour and day (a zone can be 30 or 45 minutes off
  // UTC); the offset at the range's start is used for the whole chart.
  const alignMs = range ? bucketAlignMs(tz, range.start) : 0;
  const params = useMemo(
    () => (hasData && range ? { spec, spanMs: span.ms, range, alignMs, ...(stackBy ? { stackBy, topN: TOP_SERIES } : {}) } : null),
    // `range` is rebuilt each render; its bounds are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [hasData, spec, span.ms, range?.start, range?.end, stackBy, alignMs],
  );
  const { data, error, loading } = useEngineQuery("histogram", params);
  const model = useMemo(() => (data ? chartModel(data, stackBy !== "") : null), [data, stackBy]);
  // Memoised on the axis, so the memoised chart redraws only when its buckets change.
  const first = model?.rows[0]?.t ?? 0;
  const bucketMs = model?.spanMs ?? 0;
  const buckets = model?.rows.length ?? 0;
  const markers = useMemo(
    () =>
      buckets > 0 ? (
        <>
          <TimelineFindingMarkers first={first} spanMs={bucketMs} buckets={buckets} />
          <TimelineNoteMarkers first={first} spanMs={bucketMs} buckets={buckets} />
        </>
      ) : null,
    [first, bucketMs, buckets],
  );
  usePaintMark("chart", model && !loading ? specKey : null);
  const wider = timeRange ? zoomOut(timeRange, bounds) : null;

  // The chart is memoised: its click handler reads the latest state through a ref instead of changing identity.
  const latest = useRef({ loading, model, stackBy, addChip, setTimeRange });
  latest.current = { loading, model, stackBy, addChip, setTimeRange };
  const onSegment = useCallback((seriesIndex: number, bucket: { start: number; end: number }, exclude: boolean) => {
    const { loading: busy, model: shown, stackBy: field, addChip: add, setTimeRange: setRange } = latest.current;
    // While a new histogram loads, the bars on screen may belong to another stack field.
    if (busy || !shown) return;
    const series = shown.series[seriesIndex];
    if (field && series && !series.other) add({ field, value: series.label, negate: exclude });
    if (!exclude) setRange(bucket);
  }, []);

  return (
    <section aria-labelledby="timeline-title" className={styles.panel} aria-busy={loading}>
      <div className={styles.head}>
        <h2 id="timeline-title">Events over time</h2>
        {model && (
          <span className={styles.muted}>
            {formatCount(model.total)} events · {formatCount(model.rows.length)} bars of {span.label}
            {stackBy ? ` · stacked by ${fieldLabel(stackBy)}` : ""}
          </span>
        )}
        {coarsened && <span className={styles.note}>Too many bars at that size for this range: zoom in to use it.</span>}
        <div className={styles.headActions}>
          {timeRange && (
            <>
              <button type="button" className={styles.button} onClick={() => setTimeRange(wider)}>
                Zoom out
              </button>
              <button type="button" className={styles.button} onClick={() => setTimeRange(null)}>
                Reset zoom
              </button>
            </>
          )}
          <ChartControls span={spanSetting} effective={span} stackBy={stackBy} onSpan={setSpan} onStackBy={setStackBy} />
        </div>
      </div>
      {error && (
        <p role="alert" className={styles.error}>
          The histogram failed: {error}
        </p>
      )}
      <figure className={styles.figure} aria-label="Histogram of events over time">
        {model && (
          <TimelineChart model={model} tz={tz} onBrush={setTimeRange} onSegment={onSegment}>
            {markers}
          </TimelineChart>
        )}
        <figcaption className={styles.hint}>Drag across the bars to zoom in · click a bar to filter to it · Alt/Shift-click to exclude its series</figcaption>
      </figure>
      {range && <TimelineNotes range={range} />}
      {model && stackBy && (
        <ul aria-label="Series" className={styles.legend}>
          {model.series.map((s) => (
            <li key={s.key} className={styles.legendItem}>
              <span className={styles.swatch} style={{ background: s.color }} aria-hidden="true" />
              {s.other ? <span className={styles.muted}>other</span> : <FilterValue field={stackBy} value={s.label} maxChars={40} />}
              <span className={styles.muted}>{formatCount(s.total)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
