"use client";
/**
 * The timeline of a step: the app's histogram chart over the step's time
 * range and filters, with a numbered callout on the bar of each evidence
 * query's first event, and the callouts listed beside it as text.
 */
import { useMemo } from "react";
import { ReferenceLine } from "recharts";
import { querySpecOf } from "../../lib/state/query-spec";
import { formatCount } from "../../lib/state/format";
import { bucketAlignMs, formatTime } from "../../lib/state/time-format";
import { effectiveSpan } from "../../lib/state/time-spans";
import type { ResolvedStep } from "../../lib/story/resolve";
import { useEngineQuery } from "../hooks/use-engine-query";
import { useAppStore } from "../state/store-provider";
import { chartModel } from "../timeline/chart-data";
import { TimelineChart } from "../timeline/timeline-chart";
import { barOf, type Callout } from "./callouts";
import styles from "./story.module.css";

const TOP_SERIES = 8;
const ignore = () => undefined;

/** The step's histogram with its callouts. */
export function StoryTimeline({ step, callouts, bounds }: { step: ResolvedStep; callouts: readonly Callout[]; bounds: { start: number; end: number } | null }) {
  const tz = useAppStore((s) => s.timeZone);
  const view = step.view;
  const range = view.filters.timeRange ?? bounds;
  const stackBy = view.stackBy ?? "eventName";
  const params = useMemo(() => {
    if (!range) return null;
    const { span } = effectiveSpan("auto", range.end - range.start);
    const alignMs = bucketAlignMs(tz, range.start);
    return { spec: querySpecOf(view.filters), spanMs: span.ms, range: { start: range.start, end: range.end }, stackBy, topN: TOP_SERIES, alignMs };
  }, [view.filters, range?.start, range?.end, stackBy, tz]); // eslint-disable-line react-hooks/exhaustive-deps
  const { data, error } = useEngineQuery("histogram", params);
  const model = useMemo(() => (data ? chartModel(data, true) : null), [data]);

  return (
    <section aria-label="Step timeline" className={styles.panel}>
      <div className={styles.panelHead}>
        <h3>Events over time</h3>
        {model && (
          <span className={styles.muted}>
            {formatCount(model.total)} events{range ? ` · ${formatTime(range.start, tz)} – ${formatTime(range.end, tz)}` : ""} · stacked by {stackBy}
          </span>
        )}
      </div>
      {error && <p role="alert">The timeline failed: {error}</p>}
      <figure className={styles.figure} aria-label="Step histogram with callouts">
        {model && data && (
          <TimelineChart model={model} tz={tz} onBrush={ignore} onSegment={ignore}>
            {callouts.map((c) => {
              const x = barOf(c.time, data.start, data.spanMs, data.buckets);
              return x === null ? null : (
                <ReferenceLine
                  key={c.n}
                  x={x}
                  stroke="var(--focus)"
                  strokeWidth={3}
                  className="story-callout"
                  style={{ pointerEvents: "none" }}
                  label={{ value: `${c.n}`, position: "top", fill: "var(--focus)", fontSize: "1rem", fontWeight: 700 }}
                />
              );
            })}
          </TimelineChart>
        )}
      </figure>
      {callouts.length > 0 && (
        <ol aria-label="Callouts" className={styles.callouts}>
          {callouts.map((c) => (
            <li key={c.n} className={styles.callout}>
              <span className={styles.calloutNo} aria-hidden="true">
                {c.n}
              </span>
              <span>
                <strong>{c.label}</strong> <span className={styles.muted}>· {formatTime(c.time, tz)} {tz === "utc" ? "UTC" : ""}</span>
                {c.count > 1 && <span className={styles.muted}> · {formatCount(c.count)} events</span>}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
