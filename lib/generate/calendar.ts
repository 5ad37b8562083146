/**
 * Days of the generated period and fast UTC time formatting. Everything is
 * UTC: Day N of the scenario is `start + N - 1`.
 */

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

const TWO = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, "0"));
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** One generated day. */
export interface DayInfo {
  /** 0-based index in the period. */
  index: number;
  /** 1-based scenario day number ("Day 8"). */
  dayNumber: number;
  /** Epoch ms of 00:00:00Z. */
  startMs: number;
  /** "YYYY-MM-DD". */
  date: string;
  /** Saturday or Sunday. */
  weekend: boolean;
}

/** Parses a strict "YYYY-MM-DD" into epoch ms at 00:00Z; throws a RangeError naming the bad value. */
export function parseStartDate(value: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const ms = Date.UTC(y, mo - 1, d);
    const back = new Date(ms);
    if (back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d) return ms;
  }
  throw new RangeError(`start must be a calendar date as YYYY-MM-DD, got ${JSON.stringify(value)}`);
}

/** The days of a period that starts at `startMs`. */
export function periodDays(startMs: number, days: number): DayInfo[] {
  const out: DayInfo[] = [];
  for (let i = 0; i < days; i++) {
    const startOfDay = startMs + i * DAY_MS;
    const weekday = new Date(startOfDay).getUTCDay();
    out.push({
      index: i,
      dayNumber: i + 1,
      startMs: startOfDay,
      date: new Date(startOfDay).toISOString().slice(0, 10),
      weekend: weekday === 0 || weekday === 6,
    });
  }
  return out;
}

let cachedDay = Number.NaN;
let cachedPrefix = "";

/** eventTime as CloudTrail writes it: "YYYY-MM-DDTHH:MM:SSZ" (second precision). */
export function isoSeconds(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  if (day !== cachedDay) {
    cachedDay = day;
    cachedPrefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
  }
  const secOfDay = Math.floor((ms - day * DAY_MS) / 1000);
  const h = Math.floor(secOfDay / 3600);
  const m = Math.floor((secOfDay % 3600) / 60);
  return cachedPrefix + TWO[h] + ":" + TWO[m] + ":" + TWO[secOfDay % 60] + "Z";
}

/** The date format IAM uses inside responseElements, e.g. "Jan 8, 2026 10:45:00 AM". */
export function iamDate(ms: number): string {
  const d = new Date(ms);
  const h = d.getUTCHours();
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} ${h12}:${TWO[d.getUTCMinutes()]}:${TWO[d.getUTCSeconds()]} ${h < 12 ? "AM" : "PM"}`;
}

/** "YYYYMMDDTHHmmZ" as in CloudTrail delivery file names. */
export function compactMinute(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.slice(0, 4) + iso.slice(5, 7) + iso.slice(8, 10) + "T" + iso.slice(11, 13) + iso.slice(14, 16) + "Z";
}
