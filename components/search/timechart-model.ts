/**
 * A timechart result as the chart draws it. Series are keyed `s0`, `s1`, …
 * and never by their names: a series name is a record value (a `by` field's
 * value), and a value such as "__proto__" must not become an object key.
 * Names travel separately and are only rendered as text.
 */
import type { Cell } from "../../lib/search/result";
import { OTHER_COLOR, SERIES_COLORS } from "../timeline/chart-data";

export type SeriesKey = `s${number}`;

export interface TimechartSeries {
  key: SeriesKey;
  /** The column name (a series value such as "GetObject", "OTHER", or an aggregate). */
  label: string;
  color: string;
}

/** One time bucket: its start (epoch ms) and a value per series key (absent = no value). */
export type TimechartPoint = { t: number } & { [K in SeriesKey]?: number };

export interface TimechartModel {
  points: TimechartPoint[];
  series: TimechartSeries[];
  /** The bucket width for tick labels (a month when the search did not fix one). */
  spanMs: number;
}

const MONTH_MS = 30 * 86_400_000;

function numeric(cell: Cell | undefined): number | undefined {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell === "string" && cell.trim() !== "") {
    const n = Number(cell);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/** The chart model of a timechart's columns (`_time` first) and rows. */
export function timechartModel(columns: readonly string[], rows: readonly (readonly Cell[])[], spanMs?: number): TimechartModel {
  const series = columns.slice(1).map(
    (label, i): TimechartSeries => ({
      key: `s${i}`,
      label,
      // Splunk's remainder series: grey, so the named ones stand out.
      color: label === "OTHER" && i === columns.length - 2 ? OTHER_COLOR : SERIES_COLORS[i % SERIES_COLORS.length]!,
    }),
  );
  const points: TimechartPoint[] = [];
  for (const row of rows) {
    const t = numeric(row[0]);
    if (t === undefined) continue;
    const p: TimechartPoint = { t };
    series.forEach((s, i) => {
      const v = numeric(row[i + 1]);
      if (v !== undefined) p[s.key] = v;
    });
    points.push(p);
  }
  return { points, series, spanMs: spanMs ?? MONTH_MS };
}
