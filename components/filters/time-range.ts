/** Reading and showing the filter bar's time range. */
import type { TimeRange } from "../../lib/index/types";
import { formatTime, parseTimeInput, zoneLabel, type TimeZoneMode } from "../../lib/state/time-format";

/** Reads the From/To inputs in the shown zone: the range, or what is wrong with it. */
export function readRange(fromText: string, toText: string, tz: TimeZoneMode): { range: TimeRange } | { error: string } {
  const start = parseTimeInput(fromText, tz);
  const end = parseTimeInput(toText, tz);
  if (start === null) return { error: "From is not a time: use 2026-01-12 03:00 or ISO 8601." };
  if (end === null) return { error: "To is not a time: use 2026-01-12 05:00 or ISO 8601." };
  if (end <= start) return { error: "To must be after From." };
  return { range: { start, end } };
}

/** Text of the time range chip: "2026-01-12 01:00:00 → 2026-01-12 05:00:00 UTC". */
export function rangeText(range: TimeRange, tz: TimeZoneMode): string {
  return `${formatTime(range.start, tz)} → ${formatTime(range.end, tz)} ${zoneLabel(tz)}`;
}
