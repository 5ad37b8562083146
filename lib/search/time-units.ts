/**
 * Time spans (`span=1h`, `span=1mon`), Splunk's automatic timechart spans,
 * bucketing of epoch-ms times (calendar months and weeks in UTC), and the
 * time modifiers of `earliest=`/`latest=` (epoch seconds, `-7d@d`, `now`,
 * `01/12/2026:00:00:00`, ISO 8601).
 */
import { strptime } from "./time-format";

/** A span: a fixed length in ms, or whole calendar months. */
export type SpanSpec = { ms: number; months?: undefined } | { months: number; ms?: undefined };

const UNIT_MS: Record<string, number> = {};
const UNIT_MONTHS: Record<string, number> = {};
for (const u of ["s", "sec", "secs", "second", "seconds"]) UNIT_MS[u] = 1000;
for (const u of ["m", "min", "mins", "minute", "minutes"]) UNIT_MS[u] = 60_000;
for (const u of ["h", "hr", "hrs", "hour", "hours"]) UNIT_MS[u] = 3_600_000;
for (const u of ["d", "day", "days"]) UNIT_MS[u] = 86_400_000;
for (const u of ["w", "week", "weeks"]) UNIT_MS[u] = 7 * 86_400_000;
for (const u of ["mon", "month", "months"]) UNIT_MONTHS[u] = 1;
for (const u of ["q", "qtr", "qtrs", "quarter", "quarters"]) UNIT_MONTHS[u] = 3;
for (const u of ["y", "yr", "yrs", "year", "years"]) UNIT_MONTHS[u] = 12;

const WEEK_MS = 7 * 86_400_000;
/** Weeks start on Sunday (1970-01-04 was one), as Splunk's @w0. */
const SUNDAY_OFFSET = 3 * 86_400_000;

/** Parses `<number>[unit]` (no unit = seconds); null when invalid. */
export function parseSpan(text: string): SpanSpec | null {
  const m = /^(\d+(?:\.\d+)?)([a-z]*)$/i.exec(text.trim());
  if (!m) return null;
  const n = Number(m[1]);
  const unit = m[2].toLowerCase() || "s";
  if (!(n > 0)) return null;
  if (unit in UNIT_MONTHS) return Number.isInteger(n) ? { months: n * UNIT_MONTHS[unit] } : null;
  if (unit in UNIT_MS) return { ms: n * UNIT_MS[unit] };
  return null;
}

/** Splunk's default spans for bins=100 (1 s … 1 day, then a month). */
const AUTO_SPANS_S = [1, 5, 10, 30, 60, 300, 600, 1800, 3600, 86400];

/** The smallest standard span giving at most `bins` buckets over [min, max] ms. */
export function autoSpan(minMs: number, maxMs: number, bins = 100): SpanSpec {
  const range = Math.max(0, maxMs - minMs);
  for (const s of AUTO_SPANS_S) if (Math.floor(range / (s * 1000)) + 1 <= bins) return { ms: s * 1000 };
  const months = Math.max(1, Math.ceil(range / (30 * 86_400_000) / bins));
  return { months };
}

const monthIndex = (ms: number): number => {
  const d = new Date(ms);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
};

/** The start (epoch ms) of the bucket holding `ms`. */
export function bucketStart(ms: number, span: SpanSpec): number {
  if (span.months !== undefined) {
    const m = Math.floor(monthIndex(ms) / span.months) * span.months;
    return Date.UTC(Math.floor(m / 12), m % 12, 1);
  }
  if (span.ms % WEEK_MS === 0) return Math.floor((ms - SUNDAY_OFFSET) / span.ms) * span.ms + SUNDAY_OFFSET;
  // Spans that divide a day align to midnight UTC; others to the epoch.
  return Math.floor(ms / span.ms) * span.ms;
}

/** The start of the bucket after the one starting at `start`. */
export function nextBucket(start: number, span: SpanSpec): number {
  if (span.months !== undefined) {
    const m = monthIndex(start) + span.months;
    return Date.UTC(Math.floor(m / 12), m % 12, 1);
  }
  return start + span.ms;
}

/** Index of the bucket holding `ms`, counting from the bucket starting at `first`. */
export function bucketIndex(ms: number, first: number, span: SpanSpec): number {
  if (span.months !== undefined) return Math.floor((monthIndex(ms) - monthIndex(first)) / span.months);
  return Math.floor((ms - first) / span.ms);
}

/** The span in ms when fixed (for charts), else undefined. */
export function spanMs(span: SpanSpec): number | undefined {
  return span.ms;
}

function snap(ms: number, unit: string): number | null {
  const d = new Date(ms);
  const u = unit.toLowerCase();
  if (/^w[0-6]$/.test(u)) {
    const day = Number(u[1]);
    const midnight = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
    return midnight - ((d.getUTCDay() - day + 7) % 7) * 86_400_000;
  }
  if (u in UNIT_MONTHS) {
    const per = UNIT_MONTHS[u];
    const m = Math.floor(monthIndex(ms) / per) * per;
    return Date.UTC(Math.floor(m / 12), m % 12, 1);
  }
  if (u in UNIT_MS) {
    const step = UNIT_MS[u];
    return step === WEEK_MS ? snap(ms, "w0") : Math.floor(ms / step) * step;
  }
  return null;
}

/** Epoch ms of an earliest=/latest= value, or null when it is not a time Trailscope understands. */
export function parseTimeModifier(text: string, nowMs: number): number | null {
  const v = text.trim();
  if (v === "now" || v === "") return nowMs;
  if (/^-?\d+(\.\d+)?$/.test(v)) return Number(v) * 1000;
  const rel = /^([+-]\d*)([a-z]+)?(?:@([a-z]+\d?))?$|^@([a-z]+\d?)$/i.exec(v);
  if (rel) {
    let ms = nowMs;
    if (rel[1] !== undefined) {
      const amount = rel[1].length === 1 ? Number(`${rel[1]}1`) : Number(rel[1]);
      const unit = (rel[2] ?? "s").toLowerCase();
      if (unit in UNIT_MONTHS) {
        const d = new Date(ms);
        ms = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + amount * UNIT_MONTHS[unit], d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
      } else if (unit in UNIT_MS) ms += amount * UNIT_MS[unit];
      else return null;
    }
    const unit = rel[3] ?? rel[4];
    if (unit !== undefined) {
      const s = snap(ms, unit);
      if (s === null) return null;
      ms = s;
    }
    return ms;
  }
  const splunk = strptime(v, "%m/%d/%Y:%H:%M:%S");
  if (splunk !== null) return splunk * 1000;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(v) ? Date.parse(`${v}T00:00:00Z`) : NaN;
  if (!Number.isNaN(day)) return day;
  const iso = /^\d{4}-\d{2}-\d{2}T[\d:.]+$/.test(v) ? Date.parse(`${v}Z`) : Date.parse(v);
  return Number.isNaN(iso) || !/^\d{4}-/.test(v) ? null : iso;
}
