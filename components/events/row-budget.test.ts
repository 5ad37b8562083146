import { describe, expect, it } from "vitest";
import { MIN_SPLIT_ROWS, planRows } from "./row-budget";
import { WindowCache, isPending, type RowPage, type RowRef } from "./window-cache";

function cacheWith(pages: number[], total = 10_000, pageSize = 100): WindowCache {
  const c = new WindowCache(total, pageSize, 100);
  for (const p of pages) {
    const start = p * pageSize;
    const page: RowPage = { start, rowIds: Uint32Array.from({ length: pageSize }, (_, i) => start + i), columns: {} };
    c.want(start, start + pageSize);
    c.put(p, page);
  }
  return c;
}
const refs = (c: WindowCache, first: number, span: number): (RowRef | undefined)[] => Array.from({ length: span }, (_, i) => c.row(first + i));
const shownIndexes = (plan: ReturnType<typeof planRows>) => plan.rows.map((r) => r.row.index);

describe("planRows", () => {
  const span = 30;

  it("draws every row at once the first time, and when nothing changed", () => {
    const c = cacheWith([0, 1]);
    const first = planRows([], refs(c, 0, span), 0, span);
    expect(first.deferred).toBe(0);
    expect(shownIndexes(first)).toEqual(Array.from({ length: span }, (_, i) => i));
    // The same rows as new refs (every render builds them anew): nothing to hold back.
    const again = planRows(first.rows.map((r) => r.row), refs(c, 0, span), 0, span);
    expect(again.deferred).toBe(0);
    expect(again.rows.every((r) => !r.stale)).toBe(true);
  });

  it("draws a short scroll at once, though every place on screen gets new text", () => {
    const c = cacheWith([0, 1]);
    const prev = planRows([], refs(c, 0, span), 0, span).rows.map((r) => r.row);
    for (const first of [3, 29]) {
      const moved = planRows(prev, refs(c, first, span), first, span);
      expect(moved.deferred).toBe(0);
      expect(shownIndexes(moved)).toEqual(Array.from({ length: span }, (_, i) => first + i));
    }
    // A screen or more away is a jump.
    expect(planRows(prev, refs(c, span, span), span, span).deferred).toBe(15);
  });

  it("spreads rows landing in blank places over two frames during a short scroll too", () => {
    const c = cacheWith([0]);
    const prev = planRows([], refs(c, 80, span), 80, span).rows.map((r) => r.row); // 80-99 filled, 100-109 blank
    const landed = planRows(prev, refs(cacheWith([0, 1]), 82, span), 82, span);
    expect(landed.deferred).toBe(0); // 10 blank places filled: under the budget of 15
  });

  it("fills the top half of a jump first and keeps what the rest showed, stale, for the next frame", () => {
    const c = cacheWith([0, 50]);
    const prev = planRows([], refs(c, 0, span), 0, span).rows.map((r) => r.row);
    const jump = planRows(prev, refs(c, 5000, span), 5000, span);
    expect(jump.deferred).toBe(15);
    expect(shownIndexes(jump)).toEqual([...Array.from({ length: 15 }, (_, i) => 5000 + i), ...Array.from({ length: 15 }, (_, i) => 15 + i)]);
    expect(jump.rows.map((r) => r.stale)).toEqual([...Array(15).fill(false), ...Array(15).fill(true)]);
    // The next frame finishes it.
    const next = planRows(jump.rows.map((r) => r.row), refs(c, 5000, span), 5000, span);
    expect(next.deferred).toBe(0);
    expect(shownIndexes(next)).toEqual(Array.from({ length: span }, (_, i) => 5000 + i));
  });

  it("blanks no more than half the rows either (a jump to rows not fetched yet); blank to blank is free", () => {
    const c = cacheWith([0]);
    const prev = planRows([], refs(c, 0, span), 0, span).rows.map((r) => r.row);
    const toUnfetched = planRows(prev, refs(c, 5000, span), 5000, span);
    expect(toUnfetched.deferred).toBe(15);
    expect(toUnfetched.rows.slice(0, 15).every((r) => isPending(r.row) && !r.stale)).toBe(true);
    expect(toUnfetched.rows.slice(15).every((r) => r.stale && !isPending(r.row))).toBe(true);
    const blank = planRows([], Array(span).fill(undefined), 5000, span).rows.map((r) => r.row);
    const further = planRows(blank, Array(span).fill(undefined), 9000, span);
    expect(further).toMatchObject({ deferred: 0, spent: 0 });
    expect(shownIndexes(further)).toEqual(Array.from({ length: span }, (_, i) => 9000 + i));
  });

  it("shares one budget between commits that land before the same frame", () => {
    const blank = planRows([], Array(span).fill(undefined), 5000, span).rows.map((r) => r.row);
    const c = cacheWith([50]);
    const one = planRows(blank, refs(c, 5000, span), 5000, span);
    expect(one).toMatchObject({ deferred: 15, spent: 15 });
    // A second reply arrives before the frame: nothing left to spend, so nothing more gets new text.
    const two = planRows(one.rows.map((r) => r.row), refs(c, 5000, span), 5000, span, 15 - one.spent);
    expect(two).toMatchObject({ deferred: 15, spent: 0 });
    // The next frame brings a new budget.
    expect(planRows(two.rows.map((r) => r.row), refs(c, 5000, span), 5000, span)).toMatchObject({ deferred: 0, spent: 15 });
  });

  it("spreads rows arriving in place of blank ones (a page landing) over two frames too", () => {
    const blank = planRows([], Array(span).fill(undefined), 5000, span).rows.map((r) => r.row);
    const c = cacheWith([50]);
    const landed = planRows(blank, refs(c, 5000, span), 5000, span);
    expect(landed.deferred).toBe(15);
    // A held-back slot shows its blank row at the same index: nothing wrong on screen, just still loading.
    expect(landed.rows.slice(15).every((r, i) => isPending(r.row) && r.row.index === 5015 + i)).toBe(true);
  });

  it("draws a short table at once", () => {
    const c = cacheWith([0, 50]);
    const n = MIN_SPLIT_ROWS - 1;
    const prev = planRows([], refs(c, 0, n), 0, n).rows.map((r) => r.row);
    expect(planRows(prev, refs(c, 5000, n), 5000, n).deferred).toBe(0);
  });

  it("draws a new result (a re-sort: the same places, other events) at once, with no stale place", () => {
    const a = cacheWith([0]);
    const b = cacheWith([0]);
    const prev = planRows([], refs(a, 0, span), 0, span).rows.map((r) => r.row);
    const resorted = planRows(prev, refs(b, 0, span), 0, span);
    expect(resorted.deferred).toBe(0);
    expect(resorted.rows.every((r) => !r.stale && r.row.page === b.row(r.row.index)!.page)).toBe(true);
  });
});
