import { describe, expect, it } from "vitest";
import { MIN_SPLIT_ROWS, frameBudget, planRows } from "./row-budget";
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
  const B = frameBudget(span);
  const seq = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);

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
    expect(planRows(prev, refs(c, span, span), span, span).deferred).toBe(span - B);
  });

  it("spreads rows landing in blank places over two frames during a short scroll too", () => {
    const c = cacheWith([0]);
    const prev = planRows([], refs(c, 80, span), 80, span).rows.map((r) => r.row); // 80-99 filled, 100-109 blank
    const landed = planRows(prev, refs(cacheWith([0, 1]), 82, span), 82, span);
    expect(B).toBe(10);
    expect(landed.deferred).toBe(0); // 10 blank places filled: within the budget
  });

  it("fills a jump from the top, a budget per frame, and keeps what the rest showed, stale, until then", () => {
    const c = cacheWith([0, 50]);
    let prev = planRows([], refs(c, 0, span), 0, span).rows.map((r) => r.row);
    const jump = planRows(prev, refs(c, 5000, span), 5000, span);
    expect(jump.deferred).toBe(span - B);
    expect(shownIndexes(jump)).toEqual([...seq(5000, B), ...seq(B, span - B)]);
    expect(jump.rows.map((r) => r.stale)).toEqual([...Array(B).fill(false), ...Array(span - B).fill(true)]);
    // The next frames finish it, a budget at a time.
    prev = jump.rows.map((r) => r.row);
    let frames = 1;
    for (;;) {
      const next = planRows(prev, refs(c, 5000, span), 5000, span);
      frames++;
      prev = next.rows.map((r) => r.row);
      if (next.deferred === 0) break;
      expect(next.spent).toBe(B);
    }
    expect(frames).toBe(Math.ceil(span / B));
    expect(prev.map((r) => r.index)).toEqual(seq(5000, span));
  });

  it("blanks no more than a budget of rows either (a jump to rows not fetched yet); blank to blank is free", () => {
    const c = cacheWith([0]);
    const prev = planRows([], refs(c, 0, span), 0, span).rows.map((r) => r.row);
    const toUnfetched = planRows(prev, refs(c, 5000, span), 5000, span);
    expect(toUnfetched.deferred).toBe(span - B);
    expect(toUnfetched.rows.slice(0, B).every((r) => isPending(r.row) && !r.stale)).toBe(true);
    expect(toUnfetched.rows.slice(B).every((r) => r.stale && !isPending(r.row))).toBe(true);
    const blank = planRows([], Array(span).fill(undefined), 5000, span).rows.map((r) => r.row);
    const further = planRows(blank, Array(span).fill(undefined), 9000, span);
    expect(further).toMatchObject({ deferred: 0, spent: 0 });
    expect(shownIndexes(further)).toEqual(Array.from({ length: span }, (_, i) => 9000 + i));
  });

  it("shares one budget between commits that land before the same frame", () => {
    const blank = planRows([], Array(span).fill(undefined), 5000, span).rows.map((r) => r.row);
    const c = cacheWith([50]);
    const one = planRows(blank, refs(c, 5000, span), 5000, span);
    expect(one).toMatchObject({ deferred: span - B, spent: B });
    // A second reply arrives before the frame: nothing left to spend, so nothing more gets new text.
    const two = planRows(one.rows.map((r) => r.row), refs(c, 5000, span), 5000, span, B - one.spent);
    expect(two).toMatchObject({ deferred: span - B, spent: 0 });
    // The next frame brings a new budget.
    expect(planRows(two.rows.map((r) => r.row), refs(c, 5000, span), 5000, span)).toMatchObject({ deferred: span - 2 * B, spent: B });
  });

  it("spreads rows arriving in place of blank ones (a page landing) over two frames too", () => {
    const blank = planRows([], Array(span).fill(undefined), 5000, span).rows.map((r) => r.row);
    const c = cacheWith([50]);
    const landed = planRows(blank, refs(c, 5000, span), 5000, span);
    expect(landed.deferred).toBe(span - B);
    // A held-back slot shows its blank row at the same index: nothing wrong on screen, just still loading.
    expect(landed.rows.slice(B).every((r, i) => isPending(r.row) && r.row.index === 5000 + B + i)).toBe(true);
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
