import { describe, expect, it } from "vitest";
import { MAX_SCROLL_PX, scrollRatio } from "./use-scaled-virtualizer";

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
