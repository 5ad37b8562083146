"use client";
/**
 * Findings drawn on a recharts time chart: a shaded band over each finding's
 * time span (a line when it fits in one bar), coloured by severity. Render
 * <FindingMarkers> inside the chart (recharts 3 reads its axes from context,
 * so a wrapper component works); `useFindingMarkers` gives the findings to
 * draw. Markers never take pointer events, so brushing and bar clicks under
 * them keep working.
 */
import { useMemo } from "react";
import { ReferenceArea, ReferenceLine } from "recharts";
import type { Finding, Severity } from "../../lib/detect/finding";
import { DEFAULT_MARKER_SEVERITIES, markerSpans, type BucketAxis, type NumberAxis } from "./marker-spans";
import { SEVERITY_COLORS } from "./severity-badge";
import { useFindings } from "./use-findings";

export type { BucketAxis, NumberAxis } from "./marker-spans";

interface FindingMarkersProps {
  findings: readonly Finding[];
  axis: BucketAxis | NumberAxis;
  severities?: readonly Severity[];
  /** For charts with several y axes or lanes: limits bands to [y1, y2]. */
  y1?: number | string;
  y2?: number | string;
  xAxisId?: string | number;
  yAxisId?: string | number;
}

const NO_POINTER = { pointerEvents: "none" } as const;

/** The markers, as chart children. */
export function FindingMarkers({ findings, axis, severities = DEFAULT_MARKER_SEVERITIES, y1, y2, xAxisId, yAxisId }: FindingMarkersProps) {
  const spans = useMemo(() => markerSpans(findings, axis, severities), [findings, axis, severities]);
  const ids = { ...(xAxisId !== undefined ? { xAxisId } : {}), ...(yAxisId !== undefined ? { yAxisId } : {}) };
  return (
    <>
      {spans.map((s) => {
        const color = SEVERITY_COLORS[s.severity];
        const className = `finding-marker finding-marker-${s.severity}`;
        // A band one bucket wide would vanish on a categorical axis: a line marks it instead.
        if (axis.kind === "buckets" && s.x1 === s.x2 && y1 === undefined) {
          return <ReferenceLine key={s.id} x={s.x1} stroke={color} strokeWidth={2} strokeDasharray="4 3" ifOverflow="hidden" className={className} style={NO_POINTER} {...ids} />;
        }
        return (
          <ReferenceArea
            key={s.id}
            x1={s.x1}
            x2={s.x2}
            {...(y1 !== undefined ? { y1 } : {})}
            {...(y2 !== undefined ? { y2 } : {})}
            fill={color}
            fillOpacity={0.16}
            stroke={color}
            strokeOpacity={0.7}
            ifOverflow="hidden"
            className={className}
            style={NO_POINTER}
            {...ids}
          />
        );
      })}
    </>
  );
}

/** The current findings to draw (empty while none are known); `principal` limits them to one actor. */
export function useFindingMarkers(principal?: string): readonly Finding[] {
  const { findings } = useFindings();
  return useMemo(() => (findings ?? []).filter((f) => principal === undefined || f.principal === principal), [findings, principal]);
}

/** Drop-in for the timeline chart: the markers of every current finding on its bucket axis. */
export function TimelineFindingMarkers({ first, spanMs, buckets }: { first: number; spanMs: number; buckets: number }) {
  const findings = useFindingMarkers();
  const axis = useMemo<BucketAxis>(() => ({ kind: "buckets", first, spanMs, buckets }), [first, spanMs, buckets]);
  return <FindingMarkers findings={findings} axis={axis} />;
}
