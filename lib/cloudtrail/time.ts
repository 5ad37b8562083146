/**
 * ISO-8601 time parsing for eventTime. Hand-written because it runs once per
 * record on the ingest hot path, and shared by the zod schema and the fast
 * check so both give the same verdict by construction.
 */

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Value of `n` ASCII digits at `i`, or -1 when any is not a digit. */
function digits(s: string, i: number, n: number): number {
  let v = 0;
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(i + k) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/**
 * Epoch ms of `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM|±HHMM)`, or NaN when
 * the text is not such a time or names an impossible date (2026-02-30).
 * A zone is required: a time without one is ambiguous evidence.
 */
export function parseIsoTime(s: string): number {
  const n = s.length;
  if (n < 20) return NaN;
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) {
    return NaN;
  }
  const y = digits(s, 0, 4);
  const mo = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  const h = digits(s, 11, 2);
  const mi = digits(s, 14, 2);
  const sec = digits(s, 17, 2);
  if (y < 0 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59) return NaN;
  if (d > daysInMonth(y, mo)) return NaN;
  let i = 19;
  let ms = 0;
  if (s.charCodeAt(i) === 46) {
    i++;
    const start = i;
    while (i < n && i - start < 9) {
      const c = s.charCodeAt(i) - 48;
      if (c < 0 || c > 9) break;
      if (i - start < 3) ms = ms * 10 + c;
      i++;
    }
    const len = i - start;
    if (len === 0) return NaN;
    if (len === 1) ms *= 100;
    else if (len === 2) ms *= 10;
  }
  let offsetMin = 0;
  const z = s.charCodeAt(i);
  if (z === 90 && i + 1 === n) {
    // "Z"
  } else if (z === 43 || z === 45) {
    const oh = digits(s, i + 1, 2);
    let om: number;
    if (i + 6 === n && s.charCodeAt(i + 3) === 58) om = digits(s, i + 4, 2);
    else if (i + 5 === n) om = digits(s, i + 3, 2);
    else return NaN;
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return NaN;
    offsetMin = (oh * 60 + om) * (z === 45 ? -1 : 1);
  } else {
    return NaN;
  }
  return daysFromCivil(y, mo, d) * MS_PER_DAY + h * MS_PER_HOUR + mi * 60_000 + sec * 1000 + ms - offsetMin * 60_000;
}

/** Whether `s` is a time `parseIsoTime` accepts. */
export function isIsoTime(s: string): boolean {
  return !Number.isNaN(parseIsoTime(s));
}

/** UTC hour (0-23) of an epoch-ms time. */
export function utcHour(ms: number): number {
  const inDay = ms - Math.floor(ms / MS_PER_DAY) * MS_PER_DAY;
  return Math.floor(inDay / MS_PER_HOUR);
}
