/** Round tick times for a numeric time axis: whole UTC days, or whole hours on short spans, about `max` of them (both ends may get one, so at most `max` + 1). */

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const HOUR_STEPS = [1, 2, 3, 6, 12];

/** Ticks in [start, end] and the unit they are labelled in (a day's or an hour's span). */
export function timeTicks(start: number, end: number, max = 10): { ticks: number[]; unitMs: number } {
  if (!(end > start) || max < 1) return { ticks: [], unitMs: DAY_MS };
  const span = end - start;
  let step = DAY_MS * Math.max(1, Math.ceil(span / DAY_MS / max));
  let unitMs = DAY_MS;
  if (span <= 2 * DAY_MS) {
    const hours = HOUR_STEPS.find((h) => span / (h * HOUR_MS) <= max) ?? 24;
    step = hours * HOUR_MS;
    unitMs = hours === 24 ? DAY_MS : HOUR_MS;
  }
  const ticks: number[] = [];
  for (let t = Math.ceil(start / step) * step; t <= end; t += step) ticks.push(t);
  return { ticks, unitMs };
}
