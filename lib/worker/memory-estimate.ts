/**
 * How much memory a load will need, against what the tab can likely hold, so a load that is going
 * to fail is announced with numbers before it starts. Pure: the sizes come from input-size.ts and
 * the browser's limits from the caller.
 */

/** Index bytes per event, measured on the demo and the benchmark (columns, dictionaries, postings). */
export const INDEX_BYTES_PER_EVENT = 133;
/** Typical CloudTrail record size in bytes (the demo's records average ~1,330; real ones 1–2 KB). */
export const AVERAGE_RECORD_BYTES = 1200;
/** Columns grow by doubling, so for a moment during a load the index can hold twice what it ends with. */
const GROWTH_FACTOR = 2;
/** Parse workers' ranges, read-ahead buffers and archive queues while a load runs. */
const TRANSIENT_BYTES = 256 * 1024 * 1024;
/** Assumed when the browser says nothing about its memory. */
export const DEFAULT_HEAP_LIMIT = 2 * 1024 ** 3;
/** Warn when a load needs more than this share of what the tab can hold. */
const WARN_SHARE = 0.5;

export interface IngestEstimate {
  /** Bytes of decompressed input. */
  expandedBytes: number;
  events: number;
  /** Bytes the index will need after the load, peak included, with what is loaded already. */
  neededBytes: number;
}

/** The estimate for inputs of these decompressed sizes, on top of an index of `currentIndexBytes`. */
export function estimateIngest(expandedSizes: readonly number[], currentIndexBytes = 0): IngestEstimate {
  const expandedBytes = expandedSizes.reduce((n, s) => n + Math.max(0, s), 0);
  const events = Math.ceil(expandedBytes / AVERAGE_RECORD_BYTES);
  const neededBytes = currentIndexBytes + events * INDEX_BYTES_PER_EVENT * GROWTH_FACTOR + TRANSIENT_BYTES;
  return { expandedBytes, events, neededBytes };
}

export interface HeapLimit {
  bytes: number;
  /** Where the number comes from, for the warning's wording. */
  source: "heap-limit" | "device-memory" | "default";
}

/** What one tab can likely hold: Chromium's JS heap limit, else a share of the device memory, else a conservative default. */
export function likelyHeapLimit(env: { jsHeapSizeLimit?: number; deviceMemoryGb?: number }): HeapLimit {
  if (env.jsHeapSizeLimit && env.jsHeapSizeLimit > 0) return { bytes: env.jsHeapSizeLimit, source: "heap-limit" };
  // A tab rarely gets more than half the machine's memory.
  if (env.deviceMemoryGb && env.deviceMemoryGb > 0) return { bytes: (env.deviceMemoryGb * 1024 ** 3) / 2, source: "device-memory" };
  return { bytes: DEFAULT_HEAP_LIMIT, source: "default" };
}

export interface MemoryWarning {
  verdict: "tight" | "likely-to-fail";
  text: string;
}

function gb(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GB` : `${Math.round(bytes / 1024 ** 2)} MB`;
}

/** A warning when the load is large for this tab, else null (small loads go ahead without asking). */
export function memoryWarning(est: IngestEstimate, limit: HeapLimit): MemoryWarning | null {
  if (est.neededBytes <= limit.bytes * WARN_SHARE) return null;
  const fail = est.neededBytes > limit.bytes;
  const holds = limit.source === "default" ? `this browser does not say how much memory a tab gets; assuming ${gb(limit.bytes)}` : `this tab can likely hold ${gb(limit.bytes)}`;
  const events = `${Math.round(est.events).toLocaleString("en-US")} events from ${gb(est.expandedBytes)} of logs`;
  return {
    verdict: fail ? "likely-to-fail" : "tight",
    text: `About ${gb(est.neededBytes)} of memory needed (${events}); ${holds}. ${fail ? "The load is likely to fail and may stop the engine." : "It should fit, with little room to spare."}`,
  };
}
