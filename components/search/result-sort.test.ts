import { describe, expect, it } from "vitest";
import type { Cell } from "../../lib/search/result";
import { nextSort, sortedOrder } from "./result-sort";

const column = (...cells: Cell[]): Cell[][] => cells.map((c) => [c]);

describe("sortedOrder", () => {
  it.each([
    ["numbers numerically", column(10, 9, 100), false, [1, 0, 2]],
    ["numeric-looking text as numbers", column("10", "03", "9"), false, [1, 2, 0]],
    ["numbers before text", column("b", 2, "a", 1), false, [3, 1, 2, 0]],
    ["text by code units (uppercase first)", column("b", "B", "a"), false, [1, 2, 0]],
    ["descending", column(1, 3, 2), true, [1, 2, 0]],
    ["empty cells last ascending", column(null, 2, "", 1), false, [3, 1, 0, 2]],
    ["empty cells last descending", column(null, 2, Number.NaN, 1), true, [1, 3, 0, 2]],
    ["ties in the search's order", column(1, 1, 0, 1), false, [2, 0, 1, 3]],
    ["multivalue cells by their first value", column("b\na", "a\nz"), false, [1, 0]],
  ])("%s", (_, rows, desc, expected) => {
    expect(sortedOrder(rows, { column: 0, desc })).toEqual(expected);
  });

  it("keeps the search's order without a sort", () => {
    expect(sortedOrder(column(3, 1, 2), null)).toEqual([0, 1, 2]);
  });
});

describe("nextSort", () => {
  it("cycles ascending → descending → none, and starts over on another column", () => {
    const asc = nextSort(null, 2);
    expect(asc).toEqual({ column: 2, desc: false });
    const desc = nextSort(asc, 2);
    expect(desc).toEqual({ column: 2, desc: true });
    expect(nextSort(desc, 2)).toBeNull();
    expect(nextSort(desc, 0)).toEqual({ column: 0, desc: false });
  });
});
