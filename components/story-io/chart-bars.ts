/**
 * The chart a report shows per step, as plain geometry: the step's evidence
 * per day (or per hour of day when it spans one day), as bars scaled into a
 * box. Pure, so it is tested without a canvas.
 */
import type { EvidenceFacts } from "../../lib/story/evidence";

export interface ChartBar {
  x: number;
  y: number;
  w: number;
  h: number;
  label: string;
  count: number;
}

export interface StepChartModel {
  title: string;
  bars: ChartBar[];
  peak: number;
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** The bars of `facts` inside a `width` × `height` plot (y grows down), or null when there is no evidence to draw. */
export function stepChartModel(facts: EvidenceFacts, width: number, height: number): StepChartModel | null {
  if (facts.count === 0) return null;
  const byDay = facts.days.length > 1;
  const values = byDay
    ? facts.days.map((d) => {
        const date = new Date(d.day);
        return { label: `${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`, count: d.count };
      })
    : facts.hours.map((count, h) => ({ label: pad2(h), count }));
  const peak = Math.max(1, ...values.map((v) => v.count));
  const slot = width / values.length;
  const gap = Math.min(4, slot * 0.2);
  const bars = values.map((v, i) => {
    const h = (v.count / peak) * height;
    return { x: i * slot + gap / 2, y: height - h, w: Math.max(1, slot - gap), h, label: v.label, count: v.count };
  });
  return { title: byDay ? "Evidence events per day (UTC)" : "Evidence events per hour of day (UTC)", bars, peak };
}
