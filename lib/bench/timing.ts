/**
 * Latency measurement shared by every benchmark section: warm-up runs, then
 * timed runs until both a minimum count and a minimum wall time are reached,
 * summarised as p50/p95.
 */

/** CPU time this process has used (every thread, native ones included), in ms. */
export function processCpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** `x` rounded to `digits` decimals. */
export function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** How long and how often a query is run. */
export interface RepeatPolicy {
  warmups: number;
  minRuns: number;
  minMs: number;
  /** Stop after this many timed runs even when minMs is not reached (guards against sub-microsecond loops). */
  maxRuns: number;
}

/** 5 warm-ups, then at least 30 runs and at least one second, whichever takes longer. */
export const DEFAULT_REPEAT: RepeatPolicy = { warmups: 5, minRuns: 30, minMs: 1000, maxRuns: 100_000 };

/** Latency summary of one query on one engine. */
export interface Latency {
  p50Ms: number;
  p95Ms: number;
  runs: number;
}

/** Nearest-rank percentile of ascending-sorted samples (p in [0, 100]). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** Runs `fn` per the policy and returns its latency and the last result (so callers can verify it). */
export async function measure<T>(fn: () => T | Promise<T>, policy: RepeatPolicy = DEFAULT_REPEAT): Promise<{ latency: Latency; result: T }> {
  let result: T | undefined;
  for (let i = 0; i < policy.warmups; i++) result = await fn();
  const samples: number[] = [];
  const began = performance.now();
  while (samples.length < policy.maxRuns && (samples.length < policy.minRuns || performance.now() - began < policy.minMs)) {
    const t0 = performance.now();
    result = await fn();
    samples.push(performance.now() - t0);
  }
  if (samples.length === 0) {
    // A policy of zero runs still has to report something real: time one run.
    const t0 = performance.now();
    result = await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { latency: { p50Ms: percentile(samples, 50), p95Ms: percentile(samples, 95), runs: samples.length }, result: result as T };
}
