/**
 * A story's time specs made concrete for one dataset: scenario days count
 * from the UTC day of the earliest loaded event, so the built-in story fits
 * the demo whatever its start date or size.
 */
import type { TimeRange } from "../index/types";
import type { HourRange, TimeSpec } from "./schema";

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** 00:00 UTC of the day holding `ms`. */
export function utcDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/** The half-open range a spec covers; null for "all" (and for "evidence" without evidence). */
export function resolveTime(spec: TimeSpec, firstDay: number | null, evidence: TimeRange | null = null): TimeRange | null {
  switch (spec.kind) {
    case "all":
      return null;
    case "absolute":
      return { start: spec.start, end: spec.end };
    case "days":
      return firstDay === null ? null : { start: firstDay + (spec.from - 1) * DAY_MS, end: firstDay + spec.to * DAY_MS };
    case "evidence":
      return evidence ? { start: evidence.start - spec.padMs, end: evidence.end + spec.padMs } : null;
  }
}

const two = (n: number): string => String(n).padStart(2, "0");

/** "01:00–05:00 UTC". */
export function describeHours(h: HourRange): string {
  return `${two(h.from)}:00–${two(h.to)}:00 UTC`;
}

/** "2026-01-12 03:15 UTC" (minutes precision; seconds when there are any). */
export function formatUtc(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, iso.slice(17, 19) === "00" ? 16 : 19)} UTC`;
}

/** "HH:MM UTC". */
export function formatClock(ms: number): string {
  return `${new Date(ms).toISOString().slice(11, 16)} UTC`;
}

/** How a spec reads in a problem message: "on Day 8", "on Days 11–14", "between … and …", "" for all. */
export function describeTime(spec: TimeSpec | undefined): string {
  if (!spec) return "";
  switch (spec.kind) {
    case "all":
    case "evidence":
      return "";
    case "days":
      return spec.from === spec.to ? ` on Day ${spec.from}` : ` on Days ${spec.from}–${spec.to}`;
    case "absolute":
      return ` between ${formatUtc(spec.start)} and ${formatUtc(spec.end)}`;
  }
}
