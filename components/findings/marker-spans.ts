/**
 * Where findings sit on a chart's x axis. The timeline's axis is categorical
 * (one category per histogram bucket, keyed by the bucket's start), so a
 * finding's span is snapped to the buckets it touches; a numeric time axis
 * takes the span as it is. Most severe first, one marker per place.
 */
import { severityRank, type Finding, type Severity } from "../../lib/detect/finding";

/** A categorical time axis: `buckets` categories of `spanMs`, the first starting at `first`. */
export interface BucketAxis {
  kind: "buckets";
  first: number;
  spanMs: number;
  buckets: number;
}

/** A numeric time axis over [start, end]. */
export interface NumberAxis {
  kind: "number";
  start: number;
  end: number;
}

export interface MarkerSpan {
  /** The most severe finding drawn at this place. */
  id: string;
  severity: Severity;
  title: string;
  /** How many findings share this place. */
  count: number;
  x1: number;
  x2: number;
}

/** More markers than this turn a chart into noise: the most severe are kept. */
export const MAX_MARKERS = 60;

/** Severities drawn by default: medium and below are context, not alarms, on a busy chart. */
export const DEFAULT_MARKER_SEVERITIES: readonly Severity[] = ["critical", "high"];

function place(f: Finding, axis: BucketAxis | NumberAxis): { x1: number; x2: number } | null {
  if (axis.kind === "number") {
    if (f.end < axis.start || f.start > axis.end) return null;
    return { x1: Math.max(f.start, axis.start), x2: Math.min(f.end, axis.end) };
  }
  const last = axis.buckets - 1;
  if (last < 0 || !(axis.spanMs > 0)) return null;
  const a = Math.floor((f.start - axis.first) / axis.spanMs);
  const b = Math.floor((f.end - axis.first) / axis.spanMs);
  if (b < 0 || a > last) return null;
  return { x1: axis.first + Math.max(0, a) * axis.spanMs, x2: axis.first + Math.min(last, b) * axis.spanMs };
}

/** The marker spans of `findings` on `axis`, only of `severities`, most severe first, at most MAX_MARKERS. */
export function markerSpans(findings: readonly Finding[], axis: BucketAxis | NumberAxis, severities: readonly Severity[] = DEFAULT_MARKER_SEVERITIES): MarkerSpan[] {
  const sorted = findings.filter((f) => severities.includes(f.severity)).sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || a.start - b.start);
  const byPlace = new Map<string, MarkerSpan>();
  for (const f of sorted) {
    const at = place(f, axis);
    if (!at) continue;
    const key = `${at.x1}:${at.x2}`;
    const seen = byPlace.get(key);
    if (seen) seen.count++;
    else if (byPlace.size < MAX_MARKERS) byPlace.set(key, { id: f.id, severity: f.severity, title: f.title, count: 1, ...at });
  }
  return [...byPlace.values()];
}
