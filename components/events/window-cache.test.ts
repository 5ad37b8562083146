import { describe, expect, it } from "vitest";
import { cellValue } from "./event-columns";
import { WindowCache, isPending, pendingRow, type RowPage } from "./window-cache";

function makePage(start: number, length: number): RowPage {
  const rowIds = Uint32Array.from({ length }, (_, i) => (start + i) * 10);
  return { start, rowIds, columns: { eventName: Array.from({ length }, (_, i) => `e${start + i}`) } };
}

describe("WindowCache", () => {
  it("asks for the pages covering a range once, clipped to the selection", () => {
    const c = new WindowCache(250, 100);
    expect(c.want(90, 130)).toEqual([0, 1]);
    expect(c.want(95, 120)).toEqual([]);
    expect(c.want(0, 10_000)).toEqual([2]);
    expect(c.pageBounds(2)).toEqual({ start: 200, end: 250 });
  });

  it("finds rows once their page is in", () => {
    const c = new WindowCache(250, 100);
    c.want(0, 50);
    expect(c.row(5)).toBeUndefined();
    c.put(0, makePage(0, 100));
    expect(c.row(5)).toMatchObject({ index: 5, rowId: 50, offset: 5 });
    expect(c.row(5)!.page.columns.eventName![5]).toBe("e5");
    expect(c.row(-1)).toBeUndefined();
    expect(c.row(250)).toBeUndefined();
  });

  it("asks again for a page whose fetch failed", () => {
    const c = new WindowCache(100, 50);
    expect(c.want(0, 10)).toEqual([0]);
    c.fail(0);
    expect(c.want(0, 10)).toEqual([0]);
  });

  it("keeps at most maxPages, dropping the least recently wanted", () => {
    const c = new WindowCache(1000, 10, 3);
    for (const p of [0, 1, 2]) {
      c.want(p * 10, p * 10 + 1);
      c.put(p, makePage(p * 10, 10));
    }
    c.want(0, 1); // page 0 is visible again: page 1 becomes the oldest
    c.want(30, 31);
    c.put(3, makePage(30, 10));
    expect(c.size).toBe(3);
    expect(c.row(15)).toBeUndefined();
    expect(c.row(5)).toBeDefined();
    expect(c.row(35)).toBeDefined();
  });

  it("handles an empty selection", () => {
    const c = new WindowCache(0, 100);
    expect(c.want(0, 40)).toEqual([]);
    expect(c.row(0)).toBeUndefined();
  });

  it("stands in for a row still loading with a blank row, and tells it from a fetched one", () => {
    const c = new WindowCache(100, 10);
    c.want(0, 10);
    c.put(0, makePage(0, 10));
    const fetched = c.row(3)!;
    expect(isPending(fetched)).toBe(false);
    expect(cellValue(fetched, "eventName")).toBe("e3");
    const pending = pendingRow(42);
    expect(pending.index).toBe(42);
    expect(isPending(pending)).toBe(true);
    expect(cellValue(pending, "eventName")).toBe("");
    expect(cellValue(pending, "__proto__")).toBe("");
  });
});
