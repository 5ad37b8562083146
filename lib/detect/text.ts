/**
 * Wording for finding summaries: times, delays, sizes, counts and lists, and
 * the template filler that turns a rule's explanation into a sentence.
 */
import { DAY_MS, HOUR_MS, MINUTE_MS } from "./rows";

/** Fills {name} placeholders from `vars`; a missing name stays visible as {name}. */
export function render(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : m));
}

/** "2026-01-08 10:45 UTC" */
export function fmtTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** "10:45" (UTC clock time) */
export function fmtClock(ms: number): string {
  return new Date(ms).toISOString().slice(11, 16);
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** "Sun 2026-01-11" */
export function fmtDay(ms: number): string {
  const d = new Date(ms);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.toISOString().slice(0, 10)}`;
}

/** "1 object", "3 objects" */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? word : many}`;
}

/** How long after: "in the same minute", "1 minute later", "2 hours later". */
export function fmtDelay(ms: number): string {
  if (ms < 1000) return "in the same second";
  if (ms < MINUTE_MS) return `${plural(Math.round(ms / 1000), "second")} later`;
  if (ms < HOUR_MS) return `${plural(Math.round(ms / MINUTE_MS), "minute")} later`;
  if (ms < DAY_MS) return `${plural(Math.round(ms / HOUR_MS), "hour")} later`;
  return `${plural(Math.round(ms / DAY_MS), "day")} later`;
}

/** A span as "42 seconds", "5 minutes", "3 hours", "2 days". */
export function fmtSpan(ms: number): string {
  if (ms < MINUTE_MS) return plural(Math.max(1, Math.round(ms / 1000)), "second");
  if (ms < HOUR_MS) return plural(Math.round(ms / MINUTE_MS), "minute");
  if (ms < DAY_MS) return plural(Math.round(ms / HOUR_MS), "hour");
  return plural(Math.round(ms / DAY_MS), "day");
}

/** "48.2 KB", "1.3 GB" (decimal units, as AWS bills). */
export function fmtBytes(n: number): string {
  const units = ["bytes", "KB", "MB", "GB", "TB"];
  let v = n;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  return u === 0 ? `${Math.round(v)} bytes` : `${v.toFixed(1)} ${units[u]}`;
}

/** "a, b and c"; longer lists end "and N more". */
export function fmtList(items: readonly string[], max = 3): string {
  if (items.length === 0) return "";
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(", ")} and ${rest} more`;
  if (shown.length === 1) return shown[0];
  return `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
}

/** "GetObject ×38, ListBucket ×2": the most frequent values first. */
export function fmtCounts(values: readonly string[], max = 3): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return fmtList(sorted.map(([v, n]) => `${v} ×${n}`), max);
}

/** Distinct values in first-seen order. */
export function distinct(values: Iterable<string>): string[] {
  return [...new Set(values)].filter((v) => v !== "");
}

/** "on Sun 2026-01-11 between 01:12 and 04:41 UTC", or across days "between 2026-01-11 23:10 and 2026-01-12 02:00 UTC". */
export function fmtWindow(start: number, end: number): string {
  const a = new Date(start).toISOString();
  const b = new Date(end).toISOString();
  if (a.slice(0, 10) === b.slice(0, 10)) {
    return start === end || a.slice(11, 16) === b.slice(11, 16) ? `on ${fmtDay(start)} at ${fmtClock(start)} UTC` : `on ${fmtDay(start)} between ${fmtClock(start)} and ${fmtClock(end)} UTC`;
  }
  return `between ${a.slice(0, 16).replace("T", " ")} and ${b.slice(0, 16).replace("T", " ")} UTC`;
}
