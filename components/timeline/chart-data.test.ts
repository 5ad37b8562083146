import { describe, expect, it } from "vitest";
import type { HistogramResult } from "../../lib/index/types";
import { bucketRange, chartModel, compactCount, histogramRange, OTHER_COLOR, seriesAt, zoomOut } from "./chart-data";

function makeHistogram(overrides: Partial<HistogramResult> = {}): HistogramResult {
  return { start: 1000, spanMs: 100, buckets: 3, series: [""], counts: Uint32Array.from([1, 0, 4]), ...overrides };
}

describe("chartModel", () => {
  it("makes one row per bucket, keyed by series index", () => {
    const m = chartModel(makeHistogram(), false);
    expect(m.rows).toEqual([{ t: 1000, total: 1, s0: 1 }, { t: 1100, total: 0 }, { t: 1200, total: 4, s0: 4 }]);
    expect(m.series).toMatchObject([{ key: "s0", label: "", other: false, total: 5 }]);
    expect(m).toMatchObject({ total: 5, peak: 4, spanMs: 100 });
  });

  it("keeps hostile labels out of object keys", () => {
    const m = chartModel(makeHistogram({ buckets: 1, series: ["__proto__", "constructor", "other"], counts: Uint32Array.from([2, 3, 4]) }), true);
    expect(m.rows[0]).toEqual({ t: 1000, total: 9, s0: 2, s1: 3, s2: 4 });
    expect(Object.getPrototypeOf(m.rows[0])).toBe(Object.prototype);
    expect(m.series.map((s) => s.label)).toEqual(["__proto__", "constructor", "other"]);
    expect(m.series[2]).toMatchObject({ other: true, color: OTHER_COLOR });
    expect(m.peak).toBe(9);
  });

  it("does not mistake a lone value named other for the remainder", () => {
    const m = chartModel(makeHistogram({ buckets: 1, series: ["other"], counts: Uint32Array.from([2]) }), true);
    expect(m.series[0]!.other).toBe(false);
  });

  it("handles an empty histogram", () => {
    const m = chartModel(makeHistogram({ buckets: 0, counts: new Uint32Array(0) }), false);
    expect(m).toMatchObject({ rows: [], total: 0, peak: 0 });
    expect(bucketRange(m, 0, 0)).toBeNull();
  });
});

describe("bucketRange", () => {
  const m = chartModel(makeHistogram(), false);
  it.each([
    [0, 0, { start: 1000, end: 1100 }],
    [2, 0, { start: 1000, end: 1300 }],
    [1, 9, { start: 1100, end: 1300 }],
  ])("%d..%d", (a, b, r) => expect(bucketRange(m, a, b)).toEqual(r));
});

describe("ranges", () => {
  it("uses the filter, else the dataset with its last event inside", () => {
    expect(histogramRange({ start: 1, end: 2 }, { start: 0, end: 10 })).toEqual({ start: 1, end: 2 });
    expect(histogramRange(null, { start: 0, end: 10 })).toEqual({ start: 0, end: 11 });
    expect(histogramRange(null, null)).toBeNull();
  });

  it("zooms out around the middle, inside the dataset, and to none at the full extent", () => {
    expect(zoomOut({ start: 40, end: 60 }, { start: 0, end: 99 })).toEqual({ start: 30, end: 70 });
    expect(zoomOut({ start: 10, end: 60 }, { start: 0, end: 99 })).toEqual({ start: 0, end: 85 });
    expect(zoomOut({ start: 0, end: 90 }, { start: 0, end: 99 })).toBeNull();
  });
});

describe("compactCount", () => {
  it.each([
    [0, "0"],
    [999, "999"],
    [1234, "1.2k"],
    [56_000, "56k"],
    [1_500_000, "1.5M"],
  ])("%d → %s", (n, s) => expect(compactCount(n)).toBe(s));
});

describe("seriesAt", () => {
  const model = chartModel(makeHistogram({ buckets: 2, series: ["a", "b", "other"], counts: Uint32Array.from([2, 0, 0, 3, 6, 1]) }), true);

  it.each([
    [0, 0, 0],
    [0, 0.24, 0],
    [0, 0.26, 2],
    [0, 1, 2],
    [0, 1.5, 2],
    [1, 0, 1],
    [1, 0.7, 1],
    [1, 0.8, 2],
    [1, -1, 1],
  ])("bar %i at %f of its height is series %i", (bucket, fraction, series) => {
    expect(seriesAt(model, bucket, fraction)).toBe(series);
  });

  it("finds nothing in an empty or missing bar", () => {
    const empty = chartModel(makeHistogram(), false);
    expect(seriesAt(empty, 1, 0.5)).toBeNull();
    expect(seriesAt(empty, 9, 0.5)).toBeNull();
  });
});
