/**
 * What the hour-of-day × day heatmap draws: row labels, the colour level of
 * each count and the text each cell is announced with. Pure, so the labels
 * the e2e and screen readers rely on are unit-tested.
 */
import { OFF_HOURS } from "../../lib/worker/entity-rules";
import type { Heatmap } from "../../lib/worker/entity-types";
import { formatCount } from "../../lib/state/format";

const DAY_MS = 86_400_000;
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
/** Colour steps above zero. */
export const HEAT_LEVELS = 6;

export interface HeatRow {
  /** "2026-01-11", or "2026-01-11 → 01-13" when a row covers several days. */
  label: string;
  /** Weekday of a one-day row ("Sun"), "" otherwise. */
  weekday: string;
  weekend: boolean;
  start: number;
  /** Exclusive. */
  end: number;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The rows of a heatmap with their labels. */
export function heatRows(h: Heatmap): HeatRow[] {
  return Array.from({ length: h.rows }, (_, r) => {
    const start = h.start + r * h.daysPerRow * DAY_MS;
    const end = start + h.daysPerRow * DAY_MS;
    const day = new Date(start).getUTCDay();
    const single = h.daysPerRow === 1;
    return {
      label: single ? isoDay(start) : `${isoDay(start)} → ${isoDay(end - DAY_MS).slice(5)}`,
      weekday: single ? WEEKDAYS[day]! : "",
      weekend: single && OFF_HOURS.weekendDays.includes(day),
      start,
      end,
    };
  });
}

/** 0 for no events, else 1…HEAT_LEVELS on a log scale up to the busiest cell, so a few events still show against a busy day. */
export function heatLevel(count: number, max: number): number {
  if (!(count > 0) || !(max > 0)) return 0;
  return Math.max(1, Math.min(HEAT_LEVELS, Math.ceil((HEAT_LEVELS * Math.log1p(count)) / Math.log1p(max))));
}

/** True for the UTC hours OFF_HOURS calls night. */
export function isNightHour(hour: number): boolean {
  return hour >= OFF_HOURS.nightFrom || hour < OFF_HOURS.nightTo;
}

const hh = (h: number) => `${String(h).padStart(2, "0")}:00`;

/** How the views state the off-hours definition: "22:00–06:00 UTC and weekends". */
export const OFF_HOURS_TEXT = `${hh(OFF_HOURS.nightFrom)}–${hh(OFF_HOURS.nightTo)} UTC and weekends`;

/** "00", "01", … for column heads. */
export function hourHead(hour: number): string {
  return String(hour).padStart(2, "0");
}

/** What a cell says: "2026-01-11 01:00–02:00 UTC: 8 GetObject events". */
export function cellLabel(row: HeatRow, hour: number, count: number, eventName: string): string {
  const what = eventName ? `${eventName} event${count === 1 ? "" : "s"}` : `event${count === 1 ? "" : "s"}`;
  const end = hour === 23 ? "24:00" : hh(hour + 1);
  return `${row.label} ${hh(hour)}–${end} UTC: ${count === 0 ? "no" : formatCount(count)} ${what}`;
}

/** The time range of one cell (one-day rows only: a cell of a multi-day row is not one interval). */
export function cellRange(row: HeatRow, hour: number, daysPerRow: number): { start: number; end: number } | null {
  if (daysPerRow !== 1) return null;
  const start = row.start + hour * 3_600_000;
  return { start, end: start + 3_600_000 };
}
