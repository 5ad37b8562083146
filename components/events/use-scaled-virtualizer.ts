"use client";
/**
 * Row virtualisation that survives a million rows at 4K: browsers cap an
 * element's height (Chrome near 33.5M px, Firefox near 17.9M px), and a
 * million rows of 2rem at a 28px rem is 56M px. Past MAX_SCROLL_PX the
 * scrollbar is scaled: the real scroll position maps linearly onto the
 * virtual one, and rows are drawn relative to the real position.
 */
import { elementScroll, observeElementOffset, useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from "react";

/** Tallest scroll area we let the browser lay out. */
export const MAX_SCROLL_PX = 8_000_000;

/** Virtual → real scroll ratio for `count` rows of `rowHeight` in a viewport of `viewport` px (1 = no scaling). */
export function scrollRatio(count: number, rowHeight: number, viewport: number): number {
  const virtualPx = count * rowHeight;
  if (virtualPx <= MAX_SCROLL_PX) return 1;
  return (virtualPx - viewport) / Math.max(1, MAX_SCROLL_PX - viewport);
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

/** A row virtualizer over `scrollRef` with scaled scrolling; `shift` is subtracted from each item's start. */
export function useScaledVirtualizer(count: number, rowHeight: number, scrollRef: RefObject<HTMLElement | null>, overscan = 8) {
  const ratio = useRef(1);
  // The viewport's height as last observed: reading clientHeight while rendering would force a layout of whatever
  // the previous commit changed, inside React's task (two commits between frames made one long task).
  const [viewport, setViewport] = useState(600);
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    setViewport(el.clientHeight);
    const observer = new ResizeObserver(() => setViewport(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, [scrollRef]);
  ratio.current = scrollRatio(count, rowHeight, viewport);
  const virtualizer = useVirtualizer<HTMLElement, HTMLTableRowElement>({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan,
    // Render in React's own task, not synchronously inside the scroll event: the scroll handler and the frame's
    // style and layout are then two short tasks instead of one long one.
    useFlushSync: false,
    observeElementOffset: (instance, cb) => observeElementOffset(instance, (offset, scrolling) => cb(offset * ratio.current, scrolling)),
    scrollToFn: (offset, opts, instance) => elementScroll(offset / ratio.current, opts, instance),
  });
  useEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);
  const shift = (virtualizer.scrollOffset ?? 0) * (1 - 1 / ratio.current);
  return { virtualizer, spacerPx: Math.min(count * rowHeight, MAX_SCROLL_PX), shift };
}

/** Table row height: 2 rem in pixels (other virtualised tables use the same rhythm). */
export function useRowHeight(rem = 2): number {
  return useRemPixels(rem);
}
