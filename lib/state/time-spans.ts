/**
 * Histogram bucket sizes: the analyst's manual choices and the automatic
 * choice from the visible range. Buckets are aligned to multiples of the span
 * in UTC epoch time (the index does the bucketing).
 */

export interface SpanChoice {
  id: string;
  label: string;
  ms: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Every bucket size, finest first. */
export const SPAN_CHOICES: readonly SpanChoice[] = [
  { id: "1m", label: "1 minute", ms: MINUTE },
  { id: "5m", label: "5 minutes", ms: 5 * MINUTE },
  { id: "15m", label: "15 minutes", ms: 15 * MINUTE },
  { id: "30m", label: "30 minutes", ms: 30 * MINUTE },
  { id: "1h", label: "1 hour", ms: HOUR },
  { id: "3h", label: "3 hours", ms: 3 * HOUR },
  { id: "6h", label: "6 hours", ms: 6 * HOUR },
  { id: "12h", label: "12 hours", ms: 12 * HOUR },
  { id: "1d", label: "1 day", ms: DAY },
  { id: "7d", label: "7 days", ms: 7 * DAY },
  { id: "30d", label: "30 days", ms: 30 * DAY },
];

/** "auto" or one of SPAN_CHOICES' ids. */
export type SpanSetting = "auto" | (typeof SPAN_CHOICES)[number]["id"];

/** The automatic span keeps the bar count at or below this (an hour per bar over the demo's 14 days). */
export const TARGET_BUCKETS = 400;
/** A manual span finer than this many bars is coarsened: charts with more bars than pixels help no one. */
export const MAX_BUCKETS = 2000;

const byId = new Map(SPAN_CHOICES.map((s) => [s.id, s]));

/** Narrows untrusted text (URL, select value) to a span setting; null when it is none. */
export function parseSpan(text: string | null | undefined): SpanSetting | null {
  if (text === "auto") return "auto";
  return text != null && byId.has(text) ? text : null;
}

function bucketsFor(rangeMs: number, span: SpanChoice): number {
  return Math.ceil(Math.max(rangeMs, 1) / span.ms) + 1;
}

/** The finest span that gives at most `maxBuckets` bars over `rangeMs` (the coarsest when none does). */
export function autoSpan(rangeMs: number, maxBuckets = TARGET_BUCKETS): SpanChoice {
  return SPAN_CHOICES.find((s) => bucketsFor(rangeMs, s) <= maxBuckets) ?? SPAN_CHOICES[SPAN_CHOICES.length - 1]!;
}

/** The span to draw with: the manual choice unless it would make too many bars, then the finest that fits. */
export function effectiveSpan(setting: SpanSetting, rangeMs: number): { span: SpanChoice; coarsened: boolean } {
  if (setting === "auto") return { span: autoSpan(rangeMs), coarsened: false };
  const chosen = byId.get(setting)!;
  if (bucketsFor(rangeMs, chosen) <= MAX_BUCKETS) return { span: chosen, coarsened: false };
  const fit = autoSpan(rangeMs, MAX_BUCKETS);
  return { span: fit.ms > chosen.ms ? fit : chosen, coarsened: fit.ms > chosen.ms };
}
