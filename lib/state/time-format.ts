/**
 * Times as the analyst reads and types them: UTC by default, or the browser's
 * local time. The zone offset is injectable so tests do not depend on the
 * machine's time zone.
 */

export type TimeZoneMode = "utc" | "local";

/** Minutes to add to local wall-clock time to get UTC at instant `ms` (Date#getTimezoneOffset). */
export type OffsetFn = (ms: number) => number;

const browserOffset: OffsetFn = (ms) => new Date(ms).getTimezoneOffset();

/** Narrows untrusted text (URL, storage) to a zone mode; anything but "local" is UTC. */
export function parseTimeZone(value: string | null | undefined): TimeZoneMode {
  return value === "local" ? "local" : "utc";
}

/** The marker shown after times. */
export function zoneLabel(tz: TimeZoneMode): string {
  return tz === "utc" ? "UTC" : "local";
}

/** The ISO text of the wall-clock time at `ms` in the zone ("2026-01-12T03:15:00.000Z" shape; the Z is meaningless for local). */
function wallIso(ms: number, tz: TimeZoneMode, offset: OffsetFn): string {
  const shifted = tz === "utc" ? ms : ms - offset(ms) * 60_000;
  return new Date(shifted).toISOString();
}

/** Epoch ms → "2026-01-12 03:15:00" in the zone; "–" when not a valid time. */
export function formatTime(ms: number, tz: TimeZoneMode, offset: OffsetFn = browserOffset): string {
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return "–";
  const iso = wallIso(ms, tz, offset);
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

/** A compact axis label for a bucket start: the date for day-sized buckets, else date and minutes. */
export function formatTick(ms: number, spanMs: number, tz: TimeZoneMode, offset: OffsetFn = browserOffset): string {
  if (!Number.isFinite(ms)) return "";
  const iso = wallIso(ms, tz, offset);
  return spanMs >= 86_400_000 ? iso.slice(0, 10) : `${iso.slice(5, 10)} ${iso.slice(11, 16)}`;
}

/**
 * The `alignMs` of a histogram shown in the zone: 0 in UTC; in local time the zone's offset at `at`, so day and hour
 * buckets start at local midnight and on the local hour.
 */
export function bucketAlignMs(tz: TimeZoneMode, at: number, offset: OffsetFn = browserOffset): number {
  return tz === "local" && Number.isFinite(at) ? offset(at) * 60_000 : 0;
}

/** Epoch ms → "2026-01-12T03:15:00Z" (seconds precision unless there are milliseconds), for URLs and copy. */
export function isoUtc(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.endsWith(".000Z") ? `${iso.slice(0, 19)}Z` : iso;
}

const TYPED = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Parses a typed time: "2026-01-12", "2026-01-12 03:15", "2026-01-12 03:15:07",
 * full ISO 8601 with Z or an offset, or epoch milliseconds. Text without a zone
 * is read in `tz`. Returns null for anything else (including impossible dates).
 */
export function parseTimeInput(text: string, tz: TimeZoneMode, offset: OffsetFn = browserOffset): number | null {
  const s = text.trim();
  if (/^\d{10,16}$/.test(s)) return Number(s);
  const m = TYPED.exec(s);
  if (!m) return null;
  const [, y, mo, d, h = "0", mi = "0", sec = "0", frac = "0", zone] = m;
  const parts = [Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec), Number(frac.padEnd(3, "0"))] as const;
  const wall = Date.UTC(...parts);
  const back = new Date(wall);
  // Date.UTC rolls 2026-02-31 over to March: reject rather than guess.
  if (back.getUTCFullYear() !== parts[0] || back.getUTCMonth() !== parts[1] || back.getUTCDate() !== parts[2] || parts[3] > 23 || parts[4] > 59 || parts[5] > 59) {
    return null;
  }
  if (zone) {
    if (zone.toUpperCase() === "Z") return wall;
    const sign = zone.startsWith("-") ? -1 : 1;
    const digits = zone.slice(1).replace(":", "");
    const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
    return wall - sign * minutes * 60_000;
  }
  if (tz === "utc") return wall;
  // Local wall time: the offset at the guessed instant, refined once so DST edges land right.
  const guess = wall + offset(wall) * 60_000;
  return wall + offset(guess) * 60_000;
}
