import { describe, expect, it } from "vitest";
import { describeSpan, markerBars } from "./chart-markers";

const HOUR = 3_600_000;
const model = { rows: Array.from({ length: 10 }, (_, i) => ({ t: i * HOUR })), spanMs: HOUR };

describe("markerBars", () => {
  it.each<[string, number, number, [number, number] | null]>([
    ["inside one bar", 0.2 * HOUR, 0.8 * HOUR, [0, 0]],
    ["across bars", 2.5 * HOUR, 5.1 * HOUR, [2, 5]],
    ["starting before the chart", -5 * HOUR, 1.5 * HOUR, [0, 1]],
    ["ending after the chart", 8.5 * HOUR, 30 * HOUR, [8, 9]],
    ["wholly before", -5 * HOUR, -HOUR, null],
    ["wholly after", 10 * HOUR, 12 * HOUR, null],
  ])("%s", (_name, start, end, bars) => {
    expect(markerBars(model, start, end)).toEqual(bars);
  });

  it("has no bars on an empty chart", () => {
    expect(markerBars({ rows: [], spanMs: HOUR }, 0, HOUR)).toBeNull();
  });
});

describe("describeSpan", () => {
  it.each([
    [60_000, "1 minute"],
    [3 * HOUR, "3 hours"],
    [24 * HOUR, "1 day"],
    [7 * 24 * HOUR, "7 days"],
    [1500, "1500 ms"],
  ])("%d ms is %s", (ms, text) => {
    expect(describeSpan(ms)).toBe(text);
  });
});
