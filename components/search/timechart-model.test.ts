import { describe, expect, it } from "vitest";
import { OTHER_COLOR, SERIES_COLORS } from "../timeline/chart-data";
import { timechartModel } from "./timechart-model";

const T0 = Date.UTC(2026, 0, 8);
const DAY = 86_400_000;

describe("timechartModel", () => {
  it("keys series by position, never by their (untrusted) names", () => {
    const m = timechartModel(["_time", "__proto__", "constructor", "OTHER"], [[T0, 1, 2, 3]], DAY);
    expect(m.series.map((s) => [s.key, s.label])).toEqual([
      ["s0", "__proto__"],
      ["s1", "constructor"],
      ["s2", "OTHER"],
    ]);
    expect(m.points).toEqual([{ t: T0, s0: 1, s1: 2, s2: 3 }]);
    expect(Object.getPrototypeOf(m.points[0])).toBe(Object.prototype);
    expect(m.series.map((s) => s.color)).toEqual([SERIES_COLORS[0], SERIES_COLORS[1], OTHER_COLOR]);
  });

  it("leaves out empty cells and rows without a time; reads numeric text", () => {
    const m = timechartModel(["_time", "avg(bytes)"], [[T0, null], [T0 + DAY, "12.5"], [null, 3]], DAY);
    expect(m.points).toEqual([{ t: T0 }, { t: T0 + DAY, s0: 12.5 }]);
  });

  it("falls back to a month for tick labels when the span is calendar-based", () => {
    expect(timechartModel(["_time", "count"], [], undefined).spanMs).toBeGreaterThanOrEqual(28 * DAY);
  });
});
