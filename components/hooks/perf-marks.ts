"use client";
/**
 * Performance marks the app leaves for the browser benchmark
 * (lib/bench/browser): when a load is ready, and when the chart and the
 * events table have painted the result of a filter. Marks cost next to
 * nothing and hold no record values beyond the filter spec itself.
 */
import { useEffect } from "react";

/** Set when a load or generate job has finished and its summary is in the store. */
export const DATASET_READY_MARK = "trailscope:dataset-ready";
/** Prefix of the paint marks; the mark's detail is the filter key the painted data answers. */
export const PAINT_MARK_PREFIX = "trailscope:paint:";

/** Marks that a dataset is ready; the detail holds its event count and the index's own memory estimate. */
export function markDatasetReady(summary: { events: number; indexBytes: number }): void {
  performance.mark(DATASET_READY_MARK, { detail: { events: summary.events, indexBytes: summary.indexBytes } });
}

/**
 * Marks that view `name` painted the data answering filter `key` (null =
 * nothing settled to show yet): a frame after the commit, then a message
 * task, which runs once that frame's layout and paint are done.
 */
export function usePaintMark(name: string, key: string | null): void {
  useEffect(() => {
    if (key === null) return;
    let live = true;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      if (live) performance.mark(PAINT_MARK_PREFIX + name, { detail: key });
      channel.port1.close();
    };
    const id = requestAnimationFrame(() => channel.port2.postMessage(null));
    return () => {
      live = false;
      cancelAnimationFrame(id);
      channel.port1.close();
    };
  }, [name, key]);
}
