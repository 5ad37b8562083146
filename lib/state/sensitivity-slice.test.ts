import { describe, expect, it } from "vitest";
import { levelOf, MAX_BUCKET_LEVELS, parseBucketLevels, withBucketLevel, type BucketLevels } from "./sensitivity-slice";
import { createAppStore } from "./store";

describe("parseBucketLevels", () => {
  it.each<[string, string | null, BucketLevels]>([
    ["nothing saved", null, []],
    ["valid levels", '[["a","high"],["b","low"]]', [["a", "high"], ["b", "low"]]],
    ["a bucket twice keeps the last", '[["a","high"],["b","low"],["a","medium"]]', [["b", "low"], ["a", "medium"]]],
    ["not JSON", "[[a,high", []],
    ["an object keyed by bucket", '{"a":"high"}', []],
    ["an unknown level", '[["a","critical"]]', []],
    ["an empty bucket name", '[["","high"]]', []],
    ["a prototype key stays a plain value", '[["__proto__","high"]]', [["__proto__", "high"]]],
  ])("%s", (_name, text, expected) => {
    expect(parseBucketLevels(text)).toEqual(expected);
  });

  it("refuses more levels than the cap", () => {
    const many = Array.from({ length: MAX_BUCKET_LEVELS + 1 }, (_, i) => [`b${i}`, "low"]);
    expect(parseBucketLevels(JSON.stringify(many))).toEqual([]);
    expect(({} as Record<string, unknown>).high).toBeUndefined();
  });
});

describe("the store's levels", () => {
  it("sets, changes and resets one bucket's level", () => {
    const store = createAppStore();
    store.getState().setBucketLevel("faketshirtco-prod-data", "high");
    store.getState().setBucketLevel("public-assets", "low");
    store.getState().setBucketLevel("faketshirtco-prod-data", "low");
    expect(store.getState().bucketLevels).toEqual([
      ["public-assets", "low"],
      ["faketshirtco-prod-data", "low"],
    ]);
    expect(levelOf(store.getState().bucketLevels, "public-assets")).toBe("low");
    store.getState().setBucketLevel("public-assets", null);
    expect(levelOf(store.getState().bucketLevels, "public-assets")).toBeNull();
    store.getState().setBucketLevels([["x", "medium"], ["x", "high"]]);
    expect(store.getState().bucketLevels).toEqual([["x", "high"]]);
  });

  it("does not grow past the cap", () => {
    let levels: BucketLevels = Array.from({ length: MAX_BUCKET_LEVELS }, (_, i): [string, "low"] => [`b${i}`, "low"]);
    levels = withBucketLevel(levels, "one-more", "high");
    expect(levels).toHaveLength(MAX_BUCKET_LEVELS);
    expect(levelOf(levels, "one-more")).toBeNull();
  });
});
