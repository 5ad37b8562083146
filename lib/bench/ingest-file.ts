/**
 * Our side of the ingest measurement: one file through the same Dataset the
 * engine uses (streaming reader, or parse threads for a large JSON-lines
 * file) into a fresh index.
 */
import type { FileReport } from "../cloudtrail/types";
import { nodeFileSource } from "../cli/fs-source";
import { threadPool } from "../cli/thread-pool";
import type { EventTable } from "../index/table";
import { Dataset } from "../worker/dataset";
import type { ParsePool } from "../worker/parse-pool";

/** What one ingest produced and cost. */
export interface IngestResult {
  /** The loaded dataset (its leaves serve raw reads for the detection and search sections). */
  data: Dataset;
  table: EventTable;
  /** Wall time of parse + normalise + index, in ms. */
  ms: number;
  /** Size of the file read. */
  bytes: number;
  reports: FileReport[];
  /** Parse threads used (0: the calling thread only). */
  threads: number;
}

/**
 * Starts `threads` parse threads and waits until each has loaded its code,
 * so the timed ingest measures parsing, not thread start-up (an app keeps
 * its workers warm the same way).
 */
export async function warmPool(threads: number): Promise<ParsePool | null> {
  if (threads <= 0) return null;
  const pool = threadPool(threads);
  const line = new TextEncoder().encode('{"eventTime":"2026-01-01T00:00:00Z","eventName":"Warm","eventSource":"warm.amazonaws.com"}\n');
  await Promise.all(Array.from({ length: threads * 2 }, () => pool.parse({ bytes: line.slice(), baseOffset: 0, format: "jsonl", sourceId: 0, now: Date.now() })));
  return pool;
}

/** Parses, normalises and indexes one file into a new table, timing the whole pipeline. */
export async function ingestFile(path: string, opts: { threads?: number } = {}): Promise<IngestResult> {
  const src = nodeFileSource(path);
  const threads = opts.threads ?? 0;
  const pool = await warmPool(threads);
  try {
    const data = new Dataset();
    data.pool = pool;
    const t0 = performance.now();
    const reports = await data.ingest([src]);
    const ms = performance.now() - t0;
    return { data, table: data.table, ms, bytes: src.size, reports, threads };
  } finally {
    pool?.close();
  }
}
