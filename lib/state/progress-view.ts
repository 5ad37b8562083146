/** Turns a job's raw Progress into what the progress bar shows. */
import type { Job } from "./job-slice";
import { formatBytes, formatCount, formatDuration, perSecond } from "./format";

export interface ProgressView {
  /** 0..1 when the total is known, null for an indeterminate bar. */
  fraction: number | null;
  phase: string;
  bytes: string;
  files: string;
  events: string;
  errors: number;
  speed: string;
  elapsed: string;
}

const PHASE_LABELS: Record<string, string> = {
  read: "Reading",
  parse: "Parsing",
  index: "Indexing",
  generate: "Generating",
  detect: "Detecting",
  done: "Finishing",
};

/** What the bar shows for a job; before the first progress message everything is zero and indeterminate. */
export function progressView(job: Job): ProgressView {
  const p = job.progress;
  if (!p) {
    return {
      fraction: null,
      phase: job.kind === "generate" ? "Generating" : job.kind === "clear" ? "Clearing" : "Starting",
      bytes: "0 B",
      files: "0",
      events: "0",
      errors: 0,
      speed: "–",
      elapsed: "0 ms",
    };
  }
  let fraction: number | null = null;
  if (p.totalBytes > 0) fraction = p.bytes / p.totalBytes;
  else if (job.expectedEvents > 0) fraction = p.events / job.expectedEvents;
  if (fraction !== null) fraction = Math.min(1, Math.max(0, fraction));

  const eventsPerSec = perSecond(p.events, p.elapsedMs);
  const bytesPerSec = perSecond(p.bytes, p.elapsedMs);
  const speedParts = [`${formatCount(eventsPerSec)} events/s`];
  if (p.bytes > 0) speedParts.push(`${formatBytes(bytesPerSec)}/s`);

  return {
    fraction,
    phase: PHASE_LABELS[p.phase] ?? p.phase,
    bytes: p.totalBytes > 0 ? `${formatBytes(p.bytes)} of ${formatBytes(p.totalBytes)}` : formatBytes(p.bytes),
    files: p.totalFiles > 0 ? `${formatCount(p.files)} of ${formatCount(p.totalFiles)}` : formatCount(p.files),
    events: formatCount(p.events),
    errors: p.errors,
    speed: p.elapsedMs > 0 ? speedParts.join(" · ") : "–",
    elapsed: formatDuration(p.elapsedMs),
  };
}
