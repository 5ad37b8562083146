/**
 * The loaded dataset: the index, the leaves its rows point into, and the
 * per-file reports. Ingest is transactional: a cancelled or failed job rolls
 * back to the dataset as it was before the job.
 */
import { readSource } from "../cloudtrail/read";
import type { ByteSource } from "../cloudtrail/source";
import type { FileReport, LeafSource, NormalizedEvent, RecordLocation } from "../cloudtrail/types";
import { groupBy, distinctCount } from "../index/aggregate";
import { EventTable } from "../index/table";
import { ingestLinesParallel, PARALLEL_MIN_BYTES, probeLinesFormat } from "./parallel-ingest";
import type { ParsePool } from "./parse-pool";
import type { DatasetSummary } from "./protocol";

/** Progress of one ingest job, in the units the UI shows. */
export interface IngestProgress {
  storedBytes: number;
  files: number;
  events: number;
  errors: number;
}

/** How many accounts/regions the summary lists before it stops. */
const SUMMARY_LIST_LIMIT = 50;

export class Dataset {
  readonly table = new EventTable();
  /** Parse workers for large JSON-lines files; without one every file is read on this thread. */
  pool: ParsePool | null = null;
  /** Files at least this large go through the pool (tests lower it). */
  parallelMinBytes = PARALLEL_MIN_BYTES;
  /** Range size for the pool; undefined = sized from the file and the pool. */
  parallelRangeBytes: number | undefined = undefined;
  private leaves: LeafSource[] = [];
  private reports: FileReport[] = [];
  private duplicates = 0;

  /** Reads every source into the index. On abort or an unexpected error the dataset is restored and the error rethrown. */
  async ingest(sources: ByteSource[], opts: { signal?: AbortSignal; onProgress?: (p: IngestProgress) => void } = {}): Promise<FileReport[]> {
    const before = { rows: this.table.size, leaves: this.leaves.length, reports: this.reports.length, duplicates: this.duplicates };
    const progress: IngestProgress = { storedBytes: 0, files: 0, events: 0, errors: 0 };
    const table = this.table;
    const added: FileReport[] = [];
    let doneBytes = 0;
    try {
      for (const src of sources) {
        if (opts.signal?.aborted) throw abortError();
        const sink = {
          beginLeaf: (leaf: LeafSource) => this.leaves.push(leaf) - 1,
          record: (ev: NormalizedEvent, loc: RecordLocation) => {
            const fresh = table.append(ev, loc);
            if (fresh) progress.events++;
            return fresh;
          },
          endLeaf: (report: FileReport) => {
            this.duplicates += report.duplicates;
            progress.errors += report.errorCount;
            this.reports.push(report);
            added.push(report);
          },
          progress: (stored: number) => {
            progress.storedBytes = doneBytes + stored;
            opts.onProgress?.(progress);
          },
        };
        const lines = this.pool && src.size >= this.parallelMinBytes ? await probeLinesFormat(src) : null;
        if (this.pool && lines) {
          await ingestLinesParallel(src, lines, this.pool, {
            beginLeaf: sink.beginLeaf,
            appendBatch: (batch) => {
              const accepted = table.appendBatch(batch);
              for (let i = 0; i < accepted.length; i++) progress.events += accepted[i];
              return accepted;
            },
            endLeaf: sink.endLeaf,
            progress: sink.progress,
            reserve: (rows) => table.reserve(table.size + rows),
          }, { signal: opts.signal, rangeBytes: this.parallelRangeBytes });
        } else {
          await readSource(src, sink, { signal: opts.signal });
        }
        doneBytes += Math.max(0, src.size);
        progress.storedBytes = doneBytes;
        progress.files++;
        opts.onProgress?.(progress);
      }
      // Growth doubles capacity; give the unused half back once the job is done.
      table.compact();
      return added;
    } catch (e) {
      this.table.truncate(before.rows);
      this.leaves.length = before.leaves;
      this.reports.length = before.reports;
      this.duplicates = before.duplicates;
      throw e;
    }
  }

  /** The leaf a row's bytes live in. */
  leaf(sourceId: number): LeafSource {
    const leaf = this.leaves[sourceId];
    if (!leaf) throw new Error(`no source ${sourceId}`);
    return leaf;
  }

  clear(): void {
    this.table.clear();
    this.leaves = [];
    this.reports = [];
    this.duplicates = 0;
  }

  /** What is loaded, for the load page and the header. */
  summary(): DatasetSummary {
    const t = this.table;
    const all = {};
    const list = (field: string) =>
      groupBy(t, all, [field], SUMMARY_LIST_LIMIT).keys.map((k) => k[0]).filter((v) => v !== "");
    return {
      events: t.size,
      duplicates: this.duplicates,
      files: this.reports.slice(),
      timeRange: t.timeRange(),
      principals: t.size ? distinctCount(t, all, "principal") : 0,
      accounts: t.size ? list("accountId") : [],
      accountCount: t.size ? distinctCount(t, all, "accountId") : 0,
      regions: t.size ? list("region") : [],
      regionCount: t.size ? distinctCount(t, all, "region") : 0,
      eventSources: t.size ? distinctCount(t, all, "eventSource") : 0,
      indexBytes: t.memoryBytes(),
    };
  }
}

/** The error a cancelled job ends with. */
export function abortError(): Error {
  const e = new Error("cancelled");
  e.name = "AbortError";
  return e;
}
