"use client";
/**
 * Row virtualisation for tables of fixed-height rows, up to millions of rows
 * at 4K. Only the rows in view (plus `overscan`) are described, from the
 * scroll offset alone: a general virtualiser keeps a measurement object per
 * row, a million objects on the page's heap at a million rows, rebuilt on
 * every new result, and every garbage collection walks them.
 *
 * Browsers cap an element's height (Chrome near 33.5M px, Firefox near
 * 17.9M px), and a million rows of 2rem at a 28px rem is 56M px. Past
 * MAX_SCROLL_PX the scrollbar is scaled: the real scroll position maps
 * linearly onto the virtual one, and rows are drawn relative to the real
 * position (`shift`).
 */
import { useCallback, useLayoutEffect, useMemo, useState, type RefObject } from "react";

/** Tallest scroll area we let the browser lay out. */
export const MAX_SCROLL_PX = 8_000_000;

/** Virtual → real scroll ratio for `count` rows of `rowHeight` in a viewport of `viewport` px (1 = no scaling). */
export function scrollRatio(count: number, rowHeight: number, viewport: number): number {
  const virtualPx = count * rowHeight;
  if (virtualPx <= MAX_SCROLL_PX) return 1;
  return (virtualPx - viewport) / Math.max(1, MAX_SCROLL_PX - viewport);
}

/** One drawn row: its index and its place in the virtual (unscaled) list. */
export interface RowItem {
  index: number;
  start: number;
}

/** Rows [from, to) at least partly inside [offset, offset + viewport) of the virtual list, `overscan` more each side. */
export function visibleRange(offset: number, viewport: number, rowHeight: number, count: number, overscan: number): { from: number; to: number } {
  if (count <= 0 || rowHeight <= 0) return { from: 0, to: 0 };
  const top = Math.max(0, Math.min(offset, count * rowHeight));
  const first = Math.floor(top / rowHeight);
  const last = Math.ceil((top + Math.max(0, viewport)) / rowHeight);
  return { from: Math.max(0, first - overscan), to: Math.min(count, Math.max(last, first + 1) + overscan) };
}

/** The virtual offset that brings row `index` into view (`auto`: the least move; null: already in view). */
export function offsetToShow(index: number, rowHeight: number, offset: number, viewport: number, align: "auto" | "start"): number | null {
  const start = index * rowHeight;
  const end = start + rowHeight;
  if (align === "start") return start;
  if (start < offset) return start;
  if (end > offset + viewport) return end - viewport;
  return null;
}

/** `rem` root-font-sizes in pixels; the root font scales with the screen (see globals.css), so sizes in px follow it. */
export function useRemPixels(rem: number): number {
  const [height, setHeight] = useState(rem * 14);
  useLayoutEffect(() => {
    const read = () => setHeight(Math.round(parseFloat(getComputedStyle(document.documentElement).fontSize) * rem));
    read();
    window.addEventListener("resize", read);
    return () => window.removeEventListener("resize", read);
  }, [rem]);
  return height;
}

/**
 * The rows of `count` (each `rowHeight` px) to draw in `scrollRef` (`items`), and `scrollToIndex` to bring one into
 * view; `shift` is subtracted from each item's start.
 */
export function useScaledVirtualizer(count: number, rowHeight: number, scrollRef: RefObject<HTMLElement | null>, overscan = 8) {
  // The viewport's height and scroll position as last observed: reading them while rendering would force a layout
  // of whatever the previous commit changed, inside React's task.
  const [viewport, setViewport] = useState(600);
  const [scrollTop, setScrollTop] = useState(0);
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    setViewport(el.clientHeight);
    setScrollTop(el.scrollTop);
    const observer = new ResizeObserver(() => setViewport(el.clientHeight));
    observer.observe(el);
    // Rendered in React's own task, not inside the scroll event: the handler and the frame stay two short tasks.
    const onScroll = () => setScrollTop(el.scrollTop);
    el.addEventListener("scroll", onScroll, { passive: true });
    return () => {
      observer.disconnect();
      el.removeEventListener("scroll", onScroll);
    };
  }, [scrollRef]);

  const ratio = scrollRatio(count, rowHeight, viewport);
  const offset = scrollTop * ratio;
  const { from, to } = visibleRange(offset, viewport, rowHeight, count, overscan);
  const items = useMemo(() => {
    const out: RowItem[] = [];
    for (let i = from; i < to; i++) out.push({ index: i, start: i * rowHeight });
    return out;
  }, [from, to, rowHeight]);

  const scrollToIndex = useCallback(
    (index: number, opts: { align?: "auto" | "start" } = {}) => {
      const el = scrollRef.current;
      if (!el) return;
      const target = offsetToShow(index, rowHeight, el.scrollTop * ratio, el.clientHeight, opts.align ?? "auto");
      if (target !== null) el.scrollTop = target / ratio;
    },
    [scrollRef, rowHeight, ratio],
  );
  return { items, scrollToIndex, spacerPx: Math.min(count * rowHeight, MAX_SCROLL_PX), shift: offset - scrollTop };
}

/** Table row height: 2 rem in pixels (other virtualised tables use the same rhythm). */
export function useRowHeight(rem = 2): number {
  return useRemPixels(rem);
}
