/**
 * Plain-language talking points from findings: each finding's own sentence
 * (built by its rule from the evidence), placed in time and joined to the one
 * before it ("christophe deleted trail … Then, 3 minutes later at 12:50 UTC,
 * christophe changed which events are logged …"). Every value from the logs
 * is escaped, so a principal named `**[x](javascript:…)**` stays text.
 */
import type { Finding } from "../detect/finding";
import { escapeMarkdown } from "./markdown-out";
import { DAY_MS, HOUR_MS, MINUTE_MS, formatClock, utcDay } from "./time-spec";

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** "Thu 2024-08-01". */
export function formatDay(ms: number): string {
  return `${WEEKDAYS[new Date(ms).getUTCDay()]} ${new Date(ms).toISOString().slice(0, 10)}`;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** How long after the previous finding: "in the same second", "3 minutes later", "the next day", "5 days later". */
export function gapPhrase(fromMs: number, toMs: number): string {
  const gap = toMs - fromMs;
  if (gap < 1000) return "in the same second";
  if (gap < MINUTE_MS) return "seconds later";
  if (gap < HOUR_MS) return `${plural(Math.round(gap / MINUTE_MS), "minute")} later`;
  if (gap < DAY_MS && utcDay(fromMs) === utcDay(toMs)) return `${plural(Math.round(gap / HOUR_MS), "hour")} later`;
  const days = Math.round((utcDay(toMs) - utcDay(fromMs)) / DAY_MS);
  return days <= 1 ? "the next day" : `${days} days later`;
}

/** The summary as Markdown, its leading principal in bold. */
function summaryMarkdown(f: Finding): string {
  const s = f.summary.trim().replace(/\.$/, "");
  if (f.principal && s.startsWith(f.principal)) return `**${escapeMarkdown(f.principal)}**${escapeMarkdown(s.slice(f.principal.length))}`;
  return escapeMarkdown(s);
}

/** The talking point of one finding, following `prev` (the previous finding of the same chain) when there is one. */
export function narrate(f: Finding, prev: Finding | null): string {
  const body = summaryMarkdown(f);
  const hasDay = /\b\d{4}-\d{2}-\d{2}\b/.test(f.summary);
  const hasClock = /\b\d{2}:\d{2}\b/.test(f.summary);
  const clock = hasClock ? "" : ` at ${formatClock(f.start)}`;
  let sentence: string;
  if (!prev) sentence = hasDay ? `${body}.` : `On ${formatDay(f.start)}${clock}, ${body}.`;
  else {
    // Findings of a chain may overlap (a burst spans hours, or two findings share an event).
    let lead = `Then, ${gapPhrase(prev.end, f.start)}`;
    if (f.start < prev.end) lead = "Meanwhile";
    else if (f.start - prev.end < 1000 && prev.end > prev.start) lead = "Then";
    sentence = hasDay || hasClock ? `${lead}: ${body}.` : `${lead}${clock}, ${body}.`;
  }
  const events = plural(f.rows.length, "event");
  return `${sentence}\n\n*${escapeMarkdown(f.title)} — ${f.severity}, ${events}*`;
}
