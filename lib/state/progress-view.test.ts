import { describe, expect, it } from "vitest";
import type { Progress } from "../worker/protocol";
import type { Job } from "./job-slice";
import { progressView } from "./progress-view";

function makeJob(progress: Partial<Progress> | null, overrides: Partial<Job> = {}): Job {
  return {
    jobId: 1,
    kind: "ingest",
    label: "x",
    expectedEvents: 0,
    cancelling: false,
    progress: progress && {
      jobId: 1,
      phase: "parse",
      bytes: 0,
      totalBytes: 0,
      files: 0,
      totalFiles: 0,
      events: 0,
      errors: 0,
      elapsedMs: 0,
      ...progress,
    },
    ...overrides,
  };
}

describe("progressView", () => {
  it("is indeterminate before the first message", () => {
    expect(progressView(makeJob(null))).toMatchObject({ fraction: null, phase: "Starting", speed: "–" });
    expect(progressView(makeJob(null, { kind: "generate" })).phase).toBe("Generating");
  });

  it.each([
    [{ bytes: 512, totalBytes: 1024 }, 0, 0.5],
    [{ bytes: 4096, totalBytes: 1024 }, 0, 1],
    [{ events: 250 }, 1000, 0.25],
    [{ events: 10 }, 0, null],
  ])("fraction of %j (expected %s events) is %s", (p, expectedEvents, fraction) => {
    expect(progressView(makeJob(p, { expectedEvents })).fraction).toBe(fraction);
  });

  it("shows totals, errors and speed", () => {
    const view = progressView(
      makeJob({ bytes: 2 * 1024 * 1024, totalBytes: 4 * 1024 * 1024, files: 3, totalFiles: 8, events: 20_000, errors: 2, elapsedMs: 2000 }),
    );
    expect(view).toEqual({
      fraction: 0.5,
      phase: "Parsing",
      bytes: "2.0 MB of 4.0 MB",
      files: "3 of 8",
      events: "20,000",
      errors: 2,
      speed: "10,000 events/s · 1.0 MB/s",
      elapsed: "2.0 s",
    });
  });

  it("leaves bytes out of the speed when generating", () => {
    const view = progressView(makeJob({ phase: "generate", events: 5000, elapsedMs: 500 }, { kind: "generate" }));
    expect(view.speed).toBe("10,000 events/s");
    expect(view.phase).toBe("Generating");
  });
});
