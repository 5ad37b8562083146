import { describe, expect, it } from "vitest";
import { tasksBetweenMarks, type TraceEvent } from "./trace-tasks";

const MAIN = { pid: 1, tid: 10 };
const task = (ts: number, durMs: number, cpuMs: number, where = MAIN, name = "ThreadControllerImpl::RunTask"): TraceEvent => ({
  name,
  cat: "toplevel",
  ph: "X",
  ...where,
  ts,
  dur: durMs * 1000,
  tdur: cpuMs * 1000,
});
const mark = (name: string, ts: number): TraceEvent => ({ name, cat: "blink.user_timing", ph: "R", ...MAIN, ts });

describe("tasksBetweenMarks", () => {
  it("reports the longest task's wall and CPU time and the most CPU in one task, between the marks only", () => {
    const events = [
      task(0, 300, 300), // before the start mark
      mark("start", 1_000),
      task(2_000, 55, 4.7), // long on the clock, little work: the core ran something else
      task(100_000, 30, 18),
      task(200_000, 12, 11),
      task(300_000, 80, 80, { pid: 1, tid: 11 }), // another thread
      task(400_000, 90, 90, { pid: 2, tid: 10 }), // another process
      mark("end", 500_000),
      task(600_000, 200, 200), // after the end mark
    ];
    expect(tasksBetweenMarks(events, "start", "end")).toEqual({ tasks: 3, longestMs: 55, longestCpuMs: 4.7, maxCpuMs: 18 });
  });

  it("counts one kind of task event when the trace has both (the DevTools copy nests in the scheduler's)", () => {
    const events = [mark("start", 0), task(10, 40, 20), task(11, 39, 19, MAIN, "RunTask"), mark("end", 1_000_000)];
    expect(tasksBetweenMarks(events, "start", "end").tasks).toBe(1);
    const devtoolsOnly = [mark("start", 0), task(11, 39, 19, MAIN, "RunTask"), mark("end", 1_000_000)];
    expect(tasksBetweenMarks(devtoolsOnly, "start", "end")).toEqual({ tasks: 1, longestMs: 39, longestCpuMs: 19, maxCpuMs: 19 });
  });

  it("says what is missing instead of reporting zeros", () => {
    expect(() => tasksBetweenMarks([mark("start", 0), task(10, 5, 5)], "start", "end")).toThrow(/"end" mark/);
    const noThreadTimes = [mark("start", 0), { ...task(10, 5, 5), tdur: undefined }, mark("end", 100)];
    expect(() => tasksBetweenMarks(noThreadTimes, "start", "end")).toThrow(/thread times/);
  });
});
