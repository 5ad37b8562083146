import { describe, expect, it } from "vitest";
import { timeTicks } from "./time-ticks";

const D = (day: number, hour = 0) => Date.UTC(2026, 0, day, hour);

describe("timeTicks", () => {
  it.each([
    ["days across a week", D(8, 5), D(14, 7), 10, [D(9), D(10), D(11), D(12), D(13), D(14)], 86_400_000],
    ["every few days across a month", D(1, 5), D(31), 10, [D(4), D(7), D(10), D(13), D(16), D(19), D(22), D(25), D(28), D(31)], 86_400_000],
    ["hours within a day", D(8, 9), D(8, 15), 10, [D(8, 9), D(8, 10), D(8, 11), D(8, 12), D(8, 13), D(8, 14), D(8, 15)], 3_600_000],
    ["every few hours over two days", D(8), D(10), 10, [D(8), D(8, 6), D(8, 12), D(8, 18), D(9), D(9, 6), D(9, 12), D(9, 18), D(10)], 3_600_000],
  ])("%s", (_name, start, end, max, ticks, unitMs) => {
    expect(timeTicks(start, end, max)).toEqual({ ticks, unitMs });
  });

  it("gives nothing for an empty span", () => {
    expect(timeTicks(D(8), D(8)).ticks).toEqual([]);
  });

  it("gives at most one more than asked (both ends may be ticks)", () => {
    for (const days of [1, 3, 17, 45, 400]) expect(timeTicks(D(1, 3), D(1, 3) + days * 86_400_000, 8).ticks.length).toBeLessThanOrEqual(9);
  });
});
