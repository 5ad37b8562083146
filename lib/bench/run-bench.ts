/**
 * The benchmark run: make (or take) a JSON-lines file, ingest it with our
 * pipeline, time the standard queries, and optionally repeat the load and
 * the queries in DuckDB on the same file, checking every answer.
 */
import { generateDatasetFile } from "./dataset-file";
import { DuckDbPeer } from "./duckdb-peer";
import { defaultThreadCount } from "../cli/thread-pool";
import { benchDetect } from "./detect-section";
import { ingestFile } from "./ingest-file";
import { measureParseFloor, type ParseFloor } from "./parse-floor";
import { benchSearch } from "./search-section";
import { AnswerMismatchError, timeOurQueries, timePeerQueries, type Log } from "./query-section";
import { buildReport, type BenchReport, type PeerReport } from "./report";
import { queryContext } from "./standard-queries";
import { DEFAULT_REPEAT, round, type RepeatPolicy } from "./timing";

export interface BenchOptions {
  /** Events to generate (default 1,000,000); ignored with `file`. */
  events?: number;
  /** An existing JSON-lines file to measure instead of a generated one. */
  file?: string;
  /** Peer engine to run the same work on. */
  vs?: "duckdb";
  /** Parse threads for our ingest (default: one per core; 0 = the main thread only). */
  threads?: number;
  repeat?: RepeatPolicy;
  /** Progress lines (the CLI sends them to stderr). */
  log?: Log;
}

export const DEFAULT_BENCH_EVENTS = 1_000_000;

/** Runs the whole benchmark and returns its report; throws AnswerMismatchError when the engines disagree. */
export async function runBenchmark(opts: BenchOptions = {}): Promise<BenchReport> {
  const log: Log = opts.log ?? (() => {});
  const policy = opts.repeat ?? DEFAULT_REPEAT;
  const dataset = opts.file ? { path: opts.file, cleanup: async () => {} } : await generateDatasetFile(opts.events ?? DEFAULT_BENCH_EVENTS, log);
  try {
    const threads = opts.threads ?? defaultThreadCount();
    log(`ingesting ${dataset.path} with ${threads} parse thread(s)`);
    const ours = await ingestFile(dataset.path, { threads });
    const { table } = ours;
    const errors = ours.reports.reduce((n, r) => n + r.errorCount, 0);
    if (errors) log(`warning: ${errors} record(s) could not be read (first: ${ours.reports.find((r) => r.errors.length)?.errors[0]?.message})`);
    const range = table.timeRange();
    if (!range || table.size === 0) throw new Error(`no events could be read from ${dataset.path}`);
    log(`ours: ${table.size} events in ${ours.ms.toFixed(0)} ms`);

    const ctx = queryContext(range.start);
    const mine = await timeOurQueries(table, ctx, policy, log);
    const searches = await benchSearch(ours.data, policy, log);
    const detect = await benchDetect(ours.data);
    log(`ours  detections: ${detect.findings} findings in ${detect.ms} ms`);

    let peer: PeerReport | undefined;
    let parseFloor: ParseFloor | undefined;
    if (opts.vs === "duckdb") {
      const db = await DuckDbPeer.open();
      try {
        log(`${db.name}: loading ${dataset.path} (the whole file, SELECT *)`);
        const full = await db.load(dataset.path, "full");
        log(`${db.name}: ${full.rows} rows in ${full.ms.toFixed(0)} ms`);
        log(`${db.name}: inferring the whole file's schema (not timed), then loading it with that schema`);
        const known = await db.load(dataset.path, "full-known-schema", await db.inferredColumns(dataset.path));
        log(`${db.name}: ${known.rows} rows in ${known.ms.toFixed(0)} ms`);
        log(`${db.name}: loading ${dataset.path} (only the columns the queries read)`);
        const minimal = await db.load(dataset.path, "queried");
        log(`${db.name}: ${minimal.rows} rows in ${minimal.ms.toFixed(0)} ms`);
        log(`${db.name}: loading ${dataset.path} (the same columns our index holds)`);
        const load = await db.load(dataset.path, "indexed");
        log(`${db.name}: ${load.rows} rows in ${load.ms.toFixed(0)} ms`);
        if (load.rows !== table.size) throw new AnswerMismatchError(`our index holds ${table.size} events, ${db.name} loaded ${load.rows} rows`);
        const queries = await timePeerQueries(db, ctx, policy, mine.answers, log);
        log(`parse floor: reading, decoding and JSON.parse of every line of ${dataset.path} on one thread`);
        parseFloor = await measureParseFloor(dataset.path);
        log(`parse floor: ${parseFloor.readDecodeParseCpuMs.toFixed(0)} ms CPU (read and decode alone ${parseFloor.readDecodeCpuMs.toFixed(0)} ms); ${db.name}'s same-columns load ${load.cpuMs.toFixed(0)} ms CPU`);
        peer = {
          name: db.name,
          ingestMs: round(load.ms),
          ingestCpuMs: round(load.cpuMs),
          queriedColumnsIngestMs: round(minimal.ms),
          fullLoadIngestMs: round(full.ms),
          fullLoadKnownSchemaIngestMs: round(known.ms),
          queries,
        };
      } finally {
        db.close();
      }
    }

    return buildReport({
      events: table.size,
      bytes: ours.bytes,
      ingestMs: ours.ms,
      threads,
      indexBytes: table.memoryBytes(),
      queries: mine.timings,
      searches,
      detect,
      peer,
      parseFloor,
    });
  } finally {
    await dataset.cleanup();
  }
}
