/**
 * The engine: a plain class that serves EngineApi requests. The worker entry
 * only wires it to `self`; tests and the CLI drive it directly.
 */
import { extractRecord } from "../cloudtrail/read";
import { blobSource, type ByteSource } from "../cloudtrail/source";
import { generateDemoBlob } from "./generate-source";
import { groupBy, groupSelection, histogram } from "../index/aggregate";
import { select as selectRows } from "../index/select";
import { countRows, filterRows } from "../index/filter";
import { sortRows } from "../index/sort";
import type { CellValue } from "../index/types";
import { Dataset, abortError, type IngestProgress } from "./dataset";
import { DetectionRunner } from "./detections";
import type { EngineApi, Method, Params, Progress, Request, Result, SerializedError, WorkerMessage } from "./protocol";
import { readRange } from "../cloudtrail/raw-read";
import { jsonText } from "../cloudtrail/json-text";
import type { ParsePool } from "./parse-pool";
import { createRecordReader } from "../search/record-reader";
import type { Sensitivity } from "../detect/sensitivity";
import { bucketDetail } from "./entity-bucket";
import { findingsForBucket, findingsForPrincipal } from "./entity-findings";
import { principalDetail } from "./entity-principal";
import { bucketStats, principalStats } from "./entity-stats";
import { bucketSensitivity } from "../detect/sensitivity";
import { exfilStats } from "./exfil-stats";
import type { RunContext } from "../search/run-context";
import { Activity } from "./activity";
import { DatasetPersistence, type FileStore } from "./persist-store";
import type { GenerateOptions } from "../generate/options";

export type Post = (message: WorkerMessage, transfer: Transferable[]) => void;

/** Progress messages are throttled so a fast ingest does not flood the UI thread. */
const PROGRESS_INTERVAL_MS = 100;

/**
 * Requests that do not hold back the stored copy's writing: the client's watchdog, and those that
 * themselves wait for the copy (they would wait for ever on a copy waiting for them to end).
 */
const IDLE_METHODS: ReadonlySet<Method> = new Set<Method>(["ping", "cancel", "storage", "forget", "clear", "restore"]);

type Handlers = { [M in Method]: (p: Params<M>) => Result<M> | Promise<Result<M>> };

export class Engine {
  private readonly data = new Dataset();
  private readonly jobs = new Map<number, AbortController>();
  private readonly selections = new Map<number, Uint32Array>();
  private nextResultId = 1;
  /** The analyst's bucket levels as last set, for the bucket methods' default. */
  private sensitivityLevels = new Map<string, Sensitivity>();
  // Detection progress carries job id 0: it is the engine's own background work, not a job the UI started.
  private persistence: Promise<DatasetPersistence> | null = null;
  /** Whether loaded rows point into the stored copy (then forgetting it must clear them too). */
  private fromStore = false;
  private readonly detections = new DetectionRunner(this.data, (p) =>
    this.progress({ jobId: 0, phase: "detect", bytes: 0, totalBytes: 0, files: p.done, totalFiles: p.total, events: this.data.table.size, errors: 0, elapsedMs: p.elapsedMs }),
  );

  /**
   * @param post sends replies and progress to the client
   * @param makePool starts parse workers for multi-core ingest; called on the first large file, and again after a pool dies
   * @param openStore opens where loads are kept across reloads (OPFS in the browser); null keeps nothing
   * @param activity the analyst's requests (served through `handle`); the stored copy of a load is written between them
   */
  constructor(
    private readonly post: Post,
    private readonly makePool: () => ParsePool | null = () => null,
    private readonly openStore: () => Promise<FileStore | null> = async () => null,
    readonly activity = new Activity(),
  ) {}

  private persist(): Promise<DatasetPersistence> {
    this.persistence ??= this.openStore().then(
      (store) => new DatasetPersistence(store, () => this.activity.quiet()),
      () => new DatasetPersistence(null),
    );
    return this.persistence;
  }

  /** Serves one request and posts its reply (never throws). */
  async handle(req: Request): Promise<void> {
    const counts = !IDLE_METHODS.has(req.method);
    if (counts) this.activity.begin();
    try {
      const fn = this.handlers[req.method] as (p: unknown) => unknown;
      if (!fn) throw new Error(`unknown engine method "${String(req.method)}"`);
      const result = await fn(req.params);
      this.post({ requestId: req.id, ok: true, result }, transferables(result));
    } catch (e) {
      this.post({ requestId: req.id, ok: false, error: serializeError(e) }, []);
    } finally {
      if (counts) this.activity.end();
    }
  }

  /** Direct typed call, for tests and the CLI. */
  async call<M extends Method>(method: M, params: Params<M>): Promise<Awaited<Result<M>>> {
    return (await (this.handlers[method] as (p: Params<M>) => Result<M>)(params)) as Awaited<Result<M>>;
  }

  /** The dataset, for in-process users (CLI, benchmark). */
  get dataset(): Dataset {
    return this.data;
  }

  private readonly handlers: Handlers = {
    ingest: async ({ jobId, files, label }) => {
      const sources = files.map((f) => blobSource(f.path, f.file));
      await this.runIngest(jobId, sources, "read");
      // Stored in the background: the analyst works with the data while its copy is written.
      void this.persist().then((p) => p.saveFiles(label ?? files.map((f) => f.path).join(", "), files));
      return this.data.summary();
    },
    generate: async ({ jobId, options, label }) => {
      const job = this.startJob(jobId);
      try {
        await this.runGenerate(jobId, options, job);
      } finally {
        this.jobs.delete(jobId);
      }
      void this.persist().then((p) => p.saveGenerate(label ?? "generated demo", options));
      return this.data.summary();
    },
    restore: async ({ jobId }) => {
      const loads = await (await this.persist()).loads();
      const job = this.startJob(jobId);
      const labels: string[] = [];
      try {
        for (const load of loads) {
          if (load.kind === "files") await this.runIngest(jobId, load.files.map((f) => blobSource(f.path, f.file)), "read", job);
          else await this.runGenerate(jobId, load.options, job);
          if (load.kind === "files") this.fromStore = true;
          labels.push(load.label);
        }
      } finally {
        this.jobs.delete(jobId);
      }
      return { summary: this.data.summary(), labels };
    },
    storage: async () => (await this.persist()).status(),
    forget: async () => {
      const p = await this.persist();
      await p.forget();
      const cleared = this.fromStore;
      if (cleared) this.clearData();
      return { storage: await p.status(), summary: this.data.summary(), cleared };
    },
    ping: () => true,
    cancel: ({ jobId }) => {
      const job = this.jobs.get(jobId);
      job?.abort();
      return job !== undefined;
    },
    clear: async () => {
      this.clearData();
      await (await this.persist()).forget();
      return this.data.summary();
    },
    summary: () => this.data.summary(),
    fields: () => this.data.table.fields(),
    count: ({ spec }) => countRows(this.data.table, spec),
    groupBy: ({ spec, fields, limit }) => groupBy(this.data.table, spec, fields, limit),
    facets: ({ spec, fields, limit }) => {
      // One selection for every field: the panel's counts cost one filter pass, not one per field.
      const sel = selectRows(this.data.table, spec);
      return fields.map((f) => groupSelection(this.data.table, sel, [f], limit));
    },
    histogram: ({ spec, spanMs, range, stackBy, topN, alignMs }) => histogram(this.data.table, spec, spanMs, { range, stackBy, topN, alignMs }),
    select: ({ spec, sort }) => {
      let rows = filterRows(this.data.table, spec);
      if (sort) rows = sortRows(this.data.table, rows, sort);
      const resultId = this.nextResultId++;
      this.selections.set(resultId, rows);
      return { resultId, total: rows.length };
    },
    rows: ({ resultId, start, end, fields }) => {
      const rows = this.selections.get(resultId);
      if (!rows) throw new Error(`result ${resultId} was released or never existed`);
      const from = Math.max(0, Math.min(start, rows.length));
      const rowIds = rows.slice(from, Math.max(from, Math.min(end, rows.length)));
      const t = this.data.table;
      // Field names include extra columns named by record keys ("__proto__"): a null-prototype object keeps them as data.
      const columns: Record<string, CellValue[]> = Object.create(null);
      for (const f of fields) {
        const col: CellValue[] = new Array(rowIds.length);
        for (let i = 0; i < rowIds.length; i++) col[i] = t.value(f, rowIds[i]);
        columns[f] = col;
      }
      return { start: from, rowIds, columns };
    },
    release: ({ resultId }) => this.selections.delete(resultId),
    record: async ({ row }) => {
      const t = this.data.table;
      if (!(row >= 0 && row < t.size)) throw new Error(`row ${row} is not loaded`);
      const loc = t.location(row);
      const leaf = this.data.leaf(loc.sourceId);
      const bytes = await readRange(leaf, loc.offset, loc.length);
      const record = extractRecord(leaf.format, bytes);
      // Extra columns are named by record keys ("__proto__", "constructor"): a null-prototype object keeps them as data.
      const fields: Record<string, CellValue> = Object.create(null);
      for (const f of t.fields()) fields[f.name] = t.value(f.name, row);
      // jsonText, not JSON.stringify: a record nested 10,000 deep must not overflow the worker's stack.
      return { row, path: leaf.path, json: jsonText(record), fields };
    },
    search: async ({ query }) => {
      // lib/search and lib/story load on first use, like the rules (detections.ts): not part of the worker's start.
      const { runSearch } = await import("../search/run");
      const result = await runSearch(query, this.runContext());
      if (result.kind !== "events") return result;
      const { rowIds, ...rest } = result;
      const resultId = this.nextResultId++;
      this.selections.set(resultId, rowIds);
      return { ...rest, resultId, total: rowIds.length };
    },
    findings: () => this.detections.current(),
    setSensitivity: ({ levels }) => {
      this.detections.setSensitivity(levels);
      this.sensitivityLevels = new Map(levels);
      return true;
    },
    principals: ({ spec }) => principalStats(this.data.table, spec),
    principal: async ({ name, spec, heatmapEventName }) => {
      const detail = principalDetail(this.data.table, name, spec, { eventName: heatmapEventName });
      return { ...detail, findings: findingsForPrincipal(await this.detections.current(), name, spec.timeRange) };
    },
    buckets: ({ spec, levels }) => bucketStats(this.data.table, spec, levels ? new Map(levels) : this.sensitivityLevels),
    bucket: async ({ name, spec, levels }) => {
      const detail = bucketDetail(this.data.table, name, spec, levels ? new Map(levels) : this.sensitivityLevels);
      return { ...detail, findings: findingsForBucket(await this.detections.current(), name, spec.timeRange) };
    },
    exfilStats: (p) => exfilStats(this.data.table, p, bucketSensitivity(this.sensitivityLevels)),

    // stories
    resolveStory: async ({ story, options }) => {
      const [{ parseStory }, { resolveStory }] = await Promise.all([import("../story/schema"), import("../story/resolve")]);
      const parsed = parseStory(story);
      if (!parsed.ok) throw new Error(`the story is not valid: ${parsed.errors.join("; ")}`);
      return resolveStory(parsed.story, this.runContext(), options);
    },
    storyFromFindings: async (options) => {
      const { storyFromFindings } = await import("../story/from-findings");
      return storyFromFindings(await this.detections.current(), options);
    },
  };

  /** What lib/search and lib/story read the data through: the table and its raw records. */
  private runContext(): RunContext {
    const table = this.data.table;
    return { table, ...createRecordReader(table, (id) => this.data.leaf(id)) };
  }

  private clearData(): void {
    for (const job of this.jobs.values()) job.abort();
    this.detections.cancel();
    this.selections.clear();
    this.data.clear();
    this.fromStore = false;
  }

  private async runGenerate(jobId: number, options: Partial<GenerateOptions>, job: AbortController): Promise<void> {
    const started = Date.now();
    const { blob, path } = await generateDemoBlob(options, {
      signal: job.signal,
      onProgress: (events, bytes) =>
        this.progress({ jobId, phase: "generate", bytes, totalBytes: -1, files: 0, totalFiles: 1, events, errors: 0, elapsedMs: Date.now() - started }),
    });
    await this.runIngest(jobId, [blobSource(path, blob)], "parse", job);
  }

  private startJob(jobId: number): AbortController {
    if (this.jobs.has(jobId)) throw new Error(`job ${jobId} is already running`);
    const job = new AbortController();
    this.jobs.set(jobId, job);
    return job;
  }

  private async runIngest(jobId: number, sources: ByteSource[], phase: Progress["phase"], existing?: AbortController): Promise<void> {
    const job = existing ?? this.startJob(jobId);
    const started = Date.now();
    const totalBytes = sources.reduce((n, s) => n + Math.max(0, s.size), 0);
    let last = 0;
    const send = (p: IngestProgress, force = false) => {
      const now = Date.now();
      if (!force && now - last < PROGRESS_INTERVAL_MS) return;
      last = now;
      this.progress({ jobId, phase, bytes: p.storedBytes, totalBytes, files: p.files, totalFiles: sources.length, events: p.events, errors: p.errors, elapsedMs: now - started });
    };
    this.detections.cancel();
    try {
      if (job.signal.aborted) throw abortError();
      let final: IngestProgress = { storedBytes: 0, files: 0, events: 0, errors: 0 };
      const run = () => this.data.ingest(sources, { signal: job.signal, onProgress: (p) => send((final = p)) });
      this.data.pool ??= this.makePool();
      try {
        await run();
      } catch (e) {
        // A parse worker that dies (or never starts) must not cost the user the load: read on this thread instead.
        if (!this.data.pool || (e instanceof Error && e.name === "AbortError") || !String((e as Error).message).startsWith("a parse worker stopped")) throw e;
        this.data.pool.close();
        this.data.pool = null;
        await run();
      }
      send({ ...final, storedBytes: totalBytes }, true);
      this.progress({ jobId, phase: "done", bytes: totalBytes, totalBytes, files: sources.length, totalFiles: sources.length, events: final.events, errors: final.errors, elapsedMs: Date.now() - started });
    } finally {
      if (!existing) this.jobs.delete(jobId);
      // Whatever the outcome (a cancelled job rolled back), findings must describe the dataset as it now is.
      this.detections.refresh();
    }
  }

  private progress(p: Progress): void {
    this.post({ type: "progress", progress: p }, []);
  }
}

/** Errors cross the boundary as plain data. */
export function serializeError(e: unknown): SerializedError {
  if (e instanceof Error) return { name: e.name, message: e.message, stack: e.stack };
  return { name: "Error", message: String(e) };
}

/** Typed arrays in a result are transferred, not copied. */
function transferables(result: unknown): Transferable[] {
  const out: Transferable[] = [];
  if (result && typeof result === "object") {
    for (const v of Object.values(result)) {
      if (ArrayBuffer.isView(v) && v.buffer instanceof ArrayBuffer && !out.includes(v.buffer)) out.push(v.buffer);
    }
  }
  return out;
}

export type { EngineApi };
