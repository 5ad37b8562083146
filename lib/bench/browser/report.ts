/** The browser benchmark's result: one JSON object, or the same figures for a human with ratios and targets. */
import { percentile } from "../timing";

export interface BrowserBenchReport {
  events: number;
  ingestMs: number;
  nodeIngestMs: number;
  workerMemoryMB: number;
  filterToPaintMs: { p50: number; p95: number };
  longestTaskMs: number;
  /**
   * With --trace: the most CPU time (thread time) any one main-thread task took while scrolling. longestTaskMs is wall
   * time: on a loaded machine it also counts time the OS ran other processes on the core mid-task.
   */
  longestTaskCpuMs?: number;
  firstLoadJsKb: number;
}

/** What the human-readable form adds. */
export interface BrowserBenchDetails {
  clicks: number[];
  workerHeapMB: number;
  workerBuffersMB: number;
  indexMB: number;
  longestFrameMs: number;
  longTasks: number;
  jsFiles: number;
  load: string;
}

export const TARGETS = { ingestRatio: 1.5, filterToPaintP95Ms: 100, longestTaskMs: 50, firstLoadJsKb: 350 } as const;

const r1 = (n: number) => Math.round(n * 10) / 10;

/** p50/p95 of the click timings. */
export function clickPercentiles(samples: number[]): { p50: number; p95: number } {
  const s = samples.slice().sort((a, b) => a - b);
  return { p50: r1(percentile(s, 50)), p95: r1(percentile(s, 95)) };
}

/** The report as text, with the ratio to Node and each target met or missed. */
export function formatBrowserReport(r: BrowserBenchReport, d: BrowserBenchDetails): string {
  const ratio = r.ingestMs / r.nodeIngestMs;
  const ok = (met: boolean) => (met ? "met" : "MISSED");
  return [
    `browser benchmark: ${r.events.toLocaleString("en")} events (load average ${d.load})`,
    `  ingest            ${r.ingestMs.toFixed(0)} ms in Chromium vs ${r.nodeIngestMs.toFixed(0)} ms in Node: ${ratio.toFixed(2)}× (target ≤ ${TARGETS.ingestRatio}×: ${ok(ratio <= TARGETS.ingestRatio)})`,
    `  worker memory     ${r.workerMemoryMB} MB (JS heap ${d.workerHeapMB} MB + array buffers ${d.workerBuffersMB} MB; the index's own estimate ${d.indexMB} MB)`,
    `  filter → paint    p50 ${r.filterToPaintMs.p50} ms, p95 ${r.filterToPaintMs.p95} ms over ${d.clicks.length} clicks (target p95 ≤ ${TARGETS.filterToPaintP95Ms} ms: ${ok(r.filterToPaintMs.p95 <= TARGETS.filterToPaintP95Ms)})`,
    `                    ${d.clicks.map((c) => c.toFixed(0)).join(" ")}`,
    `  scrolling         longest task ${r.longestTaskMs} ms (${d.longTasks} over 50 ms; longest frame ${d.longestFrameMs} ms) (target ≤ ${TARGETS.longestTaskMs} ms: ${ok(r.longestTaskMs <= TARGETS.longestTaskMs)})`,
    ...(r.longestTaskCpuMs === undefined ? [] : [`                    most CPU time in one task ${r.longestTaskCpuMs} ms (the rest of a longer task is the core running something else)`]),
    `  first-load JS     ${r.firstLoadJsKb} kB gzip in ${d.jsFiles} files (target ≤ ${TARGETS.firstLoadJsKb} kB: ${ok(r.firstLoadJsKb <= TARGETS.firstLoadJsKb)})`,
  ].join("\n");
}
