import { describe, expect, it } from "vitest";
import { canonicalRows, diffExact, diffTop, type AnswerRow } from "./answers";
import { percentile } from "./timing";

const row = (count: number, ...key: string[]): AnswerRow => ({ key, count });

describe("diffExact", () => {
  it("accepts the same rows in any order", () => {
    const a = [row(3, "x", "1"), row(1, "y", "2")];
    expect(diffExact(canonicalRows(a), canonicalRows([...a].reverse()))).toEqual([]);
  });

  it.each([
    ["a different count", [row(3, "x")], [row(4, "x")]],
    ["a missing group", [row(3, "x")], [row(3, "x"), row(1, "y")]],
    ["an extra group", [row(3, "x"), row(1, "y")], [row(3, "x")]],
    ["a different second key", [row(3, "x", "a")], [row(3, "x", "b")]],
  ])("reports %s", (_label, ours, peer) => {
    expect(diffExact(canonicalRows(ours), canonicalRows(peer)).length).toBeGreaterThan(0);
  });
});

describe("diffTop", () => {
  const full = [row(9, "a"), row(7, "b"), row(5, "c"), row(5, "d"), row(1, "e")];

  it.each([
    ["the strict top", [row(9, "a"), row(7, "b")]],
    ["either side of a tie at the cut (c)", [row(9, "a"), row(7, "b"), row(5, "c")]],
    ["either side of a tie at the cut (d)", [row(9, "a"), row(7, "b"), row(5, "d")]],
  ])("accepts %s", (_label, top) => {
    expect(diffTop(top, full, top.length)).toEqual([]);
  });

  it.each([
    ["a key outside the top", [row(9, "a"), row(1, "e")], 2],
    ["a wrong count", [row(9, "a"), row(6, "b")], 2],
    ["a short list", [row(9, "a")], 2],
    ["a key listed twice", [row(9, "a"), row(9, "a")], 2],
  ])("rejects %s", (_label, top, n) => {
    expect(diffTop(top, full, n).length).toBeGreaterThan(0);
  });
});

describe("percentile", () => {
  it.each([
    [50, 5],
    [95, 10],
    [100, 10],
    [0, 1],
  ])("p%i of 1..10 is %i (nearest rank)", (p, expected) => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], p)).toBe(expected);
  });
});
