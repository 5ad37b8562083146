/**
 * Main-thread tasks of a Chromium trace between two performance marks: how
 * long the longest one took, and how much of that the thread spent on the
 * CPU. A task's wall time (`dur`) includes any time the OS ran something
 * else on the core; its thread time (`tdur`) is the work itself. On a shared
 * 2-core machine the two differ by tens of milliseconds, and only the
 * second is the app's to shrink.
 */

/** The fields of a trace event this module reads (Chrome's JSON trace format; times in µs). */
export interface TraceEvent {
  name?: string;
  cat?: string;
  ph?: string;
  pid?: number;
  tid?: number;
  ts?: number;
  dur?: number;
  tdur?: number;
}

export interface TaskTimes {
  /** Tasks between the marks. */
  tasks: number;
  /** Wall time of the longest task (ms). */
  longestMs: number;
  /** Thread (CPU) time of that same task (ms). */
  longestCpuMs: number;
  /** Most thread time any one task took (ms). */
  maxCpuMs: number;
}

/** Task events at the top of a thread's stack: the scheduler's own (category "toplevel"), else DevTools' copy of it. */
const TASK_NAMES = ["ThreadControllerImpl::RunTask", "RunTask"];

/**
 * Times of the tasks on the thread that recorded `startMark`, from that mark
 * to `endMark`. Throws when a mark is missing or the trace has no task
 * events with thread times (it was recorded without the "toplevel" category).
 */
export function tasksBetweenMarks(events: readonly TraceEvent[], startMark: string, endMark: string): TaskTimes {
  const start = events.find((e) => e.name === startMark && e.ts !== undefined);
  const end = events.find((e) => e.name === endMark && e.ts !== undefined);
  if (!start || !end) throw new Error(`the trace has no "${!start ? startMark : endMark}" mark`);
  const from = start.ts!;
  const to = end.ts!;
  const onThread = events.filter((e) => e.ph === "X" && e.pid === start.pid && e.tid === start.tid && e.dur !== undefined && e.ts !== undefined);
  const name = TASK_NAMES.find((n) => onThread.some((e) => e.name === n && e.tdur !== undefined));
  if (!name) throw new Error("the trace has no main-thread task events with thread times");
  const out: TaskTimes = { tasks: 0, longestMs: 0, longestCpuMs: 0, maxCpuMs: 0 };
  for (const e of onThread) {
    if (e.name !== name || e.ts! < from || e.ts! >= to) continue;
    const ms = e.dur! / 1000;
    const cpu = (e.tdur ?? e.dur!) / 1000;
    out.tasks++;
    if (ms > out.longestMs) {
      out.longestMs = ms;
      out.longestCpuMs = cpu;
    }
    out.maxCpuMs = Math.max(out.maxCpuMs, cpu);
  }
  return out;
}
