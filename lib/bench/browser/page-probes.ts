/**
 * What the benchmark installs in the page before the app runs: a long-task
 * observer, the moment a file input changes (mark "bench:file-selected"),
 * the time of the last click, and a frame-gap recorder. Runs in the page.
 */

/** The probe state the page keeps on `window.__bench`. */
export interface BenchProbe {
  longTasks: { start: number; duration: number }[];
  lastClick: number;
  frames: { on: boolean; last: number; longest: number };
}

/** Installed with page.addInitScript (runs in the page before any app script). */
export function installProbes(): void {
  const probe: BenchProbe = { longTasks: [], lastClick: -1, frames: { on: false, last: 0, longest: 0 } };
  (window as unknown as { __bench: BenchProbe }).__bench = probe;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch {
    // no long-task API: longestTaskMs falls back to frame gaps
  }
  document.addEventListener(
    "change",
    (ev) => {
      if (ev.target instanceof HTMLInputElement && ev.target.type === "file") performance.mark("bench:file-selected");
    },
    true,
  );
  document.addEventListener("click", () => (probe.lastClick = performance.now()), true);
  const tick = (now: number) => {
    const f = probe.frames;
    if (!f.on) return;
    if (f.last > 0) f.longest = Math.max(f.longest, now - f.last);
    f.last = now;
    requestAnimationFrame(tick);
  };
  (window as unknown as { __benchFrames: (on: boolean) => void }).__benchFrames = (on: boolean) => {
    const f = probe.frames;
    f.on = on;
    if (on) {
      f.last = 0;
      f.longest = 0;
      requestAnimationFrame(tick);
    }
  };
}

/**
 * In the page: ms from the last click to the frame where both the chart and
 * the table had painted the same (new) filter result, or null while not yet.
 */
export function clickToPaint(prefix: string): number | null {
  const probe = (window as unknown as { __bench: BenchProbe }).__bench;
  const t0 = probe.lastClick;
  const latest = (name: string) => {
    const marks = performance.getEntriesByName(prefix + name, "mark") as PerformanceMark[];
    const m = marks[marks.length - 1];
    return m && m.startTime >= t0 ? m : null;
  };
  const chart = latest("chart");
  const table = latest("table");
  if (!chart || !table || chart.detail !== table.detail) return null;
  return Math.max(chart.startTime, table.startTime) - t0;
}
