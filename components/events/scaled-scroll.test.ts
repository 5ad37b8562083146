import { describe, expect, it } from "vitest";
import { MAX_SCROLL_PX, offsetToShow, scrollRatio, visibleRange } from "./use-scaled-virtualizer";

describe("scrollRatio", () => {
  it("does not scale lists that fit", () => {
    expect(scrollRatio(1000, 28, 600)).toBe(1);
    expect(scrollRatio(Math.floor(MAX_SCROLL_PX / 28), 28, 600)).toBe(1);
  });

  it("maps the real scroll range exactly onto the virtual one", () => {
    const rows = 1_000_000;
    const h = 56;
    const viewport = 900;
    const r = scrollRatio(rows, h, viewport);
    expect(r).toBeGreaterThan(1);
    // At the bottom of the real scrollbar the last row sits at the bottom of the viewport.
    expect((MAX_SCROLL_PX - viewport) * r).toBeCloseTo(rows * h - viewport, 3);
  });
});

describe("visibleRange", () => {
  it("covers the rows in view and the overscan, clipped to the list", () => {
    expect(visibleRange(0, 600, 30, 1000, 2)).toEqual({ from: 0, to: 22 });
    expect(visibleRange(45, 600, 30, 1000, 2)).toEqual({ from: 0, to: 24 }); // rows 1..21 partly in view
    expect(visibleRange(300, 600, 30, 1000, 0)).toEqual({ from: 10, to: 30 });
    expect(visibleRange(29_400, 600, 30, 1000, 2)).toEqual({ from: 978, to: 1000 });
    expect(visibleRange(1e9, 600, 30, 1000, 2)).toEqual({ from: 998, to: 1000 }); // past the end: the last rows
    expect(visibleRange(-50, 600, 30, 1000, 0)).toEqual({ from: 0, to: 20 });
  });

  it("draws nothing for an empty list, and a row for a viewport not measured yet", () => {
    expect(visibleRange(0, 600, 30, 0, 2)).toEqual({ from: 0, to: 0 });
    expect(visibleRange(0, 0, 30, 5, 0)).toEqual({ from: 0, to: 1 });
  });

  it("reaches the last of a million rows at the bottom of a scaled scrollbar", () => {
    const rows = 1_000_000;
    const h = 28;
    const viewport = 700;
    const r = scrollRatio(rows, h, viewport);
    const { to } = visibleRange((MAX_SCROLL_PX - viewport) * r, viewport, h, rows, 0);
    expect(to).toBe(rows);
  });
});

describe("offsetToShow", () => {
  it("moves as little as needed, or not at all", () => {
    expect(offsetToShow(10, 30, 0, 600, "auto")).toBeNull();
    expect(offsetToShow(25, 30, 0, 600, "auto")).toBe(26 * 30 - 600);
    expect(offsetToShow(3, 30, 300, 600, "auto")).toBe(90);
    expect(offsetToShow(3, 30, 0, 600, "start")).toBe(90);
  });
});
