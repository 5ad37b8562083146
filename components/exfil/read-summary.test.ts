import { describe, expect, it } from "vitest";
import { aboveBaselineRuns, baselineText, runLabel } from "./read-summary";

const D = Date.UTC(2026, 0, 10);

function makeStats(rows: number, flagged: [number, number, number][], perHour: number[] = new Array<number>(24).fill(0), daysPerRow = 1) {
  const counts = new Uint32Array(rows * 24);
  const above = new Uint8Array(rows * 24);
  for (const [r, h, n] of flagged) {
    counts[r * 24 + h] = n;
    above[r * 24 + h] = 1;
  }
  counts[0 * 24 + 12] = 2; // a read at noon that is not flagged
  return { heatmap: { start: D, daysPerRow, rows, counts, eventName: "GetObject", max: 20 }, baseline: { perHour, days: 10, source: "principal" as const }, above };
}

describe("aboveBaselineRuns", () => {
  it("merges consecutive flagged hours of a row and sums their reads and usual reads", () => {
    const perHour = new Array<number>(24).fill(0);
    perHour[2] = 0.5;
    const runs = aboveBaselineRuns(makeStats(2, [[1, 1, 8], [1, 2, 10], [1, 3, 9], [1, 4, 8], [0, 23, 3]], perHour));
    expect(runs).toEqual([
      { day: D, daysPerRow: 1, fromHour: 23, toHour: 24, reads: 3, usual: 0 },
      { day: D + 86_400_000, daysPerRow: 1, fromHour: 1, toHour: 5, reads: 35, usual: 0.5 },
    ]);
    expect(runs.map(runLabel)).toEqual(["2026-01-10 23:00–24:00 UTC", "2026-01-11 01:00–05:00 UTC"]);
  });

  it("splits runs at a gap and labels rows of several days", () => {
    const runs = aboveBaselineRuns(makeStats(1, [[0, 1, 5], [0, 3, 5]], undefined, 3));
    expect(runs.map((r) => [r.fromHour, r.toHour])).toEqual([[1, 2], [3, 4]]);
    expect(runLabel(runs[0]!)).toBe("2026-01-10 → 01-12 01:00–02:00 UTC");
  });

  it("finds nothing when nothing is flagged", () => {
    expect(aboveBaselineRuns(makeStats(3, []))).toEqual([]);
  });
});

describe("baselineText", () => {
  it.each([
    [{ perHour: [], days: 1, source: "principal" as const }, "over 1 active day without"],
    [{ perHour: [], days: 12, source: "account" as const }, "typical reader of this account (12 reader-days)"],
    [{ perHour: [], days: 0, source: "none" as const }, "there is no baseline"],
  ])("says how the baseline was made (%#)", (b, text) => {
    expect(baselineText(b)).toContain(text);
  });
});
